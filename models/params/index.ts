/** The parameters' public surface: the schema (single source of truth), its validation, and the run limits beside it. */
export {
  PARAM_GROUPS,
  GROUP_LABELS,
  PARAM_SPECS,
  PARAM_KEYS,
  specOf,
  defaultParams,
  DEFAULT_SEED,
  AGENT_LIMITS,
  agentCount,
  changedKeys,
} from './schema.ts';
export type { ParamGroup, NumberSpec, ChoiceSpec, ParamSpec, ParamKey, Params } from './schema.ts';
export {
  ParamError,
  validateParams,
  validateAll,
  parseParamValue,
  readNumber,
  diffFromDefaults,
  expectedOf,
  suggestKey,
  formatValue,
} from './validate.ts';
export * from './migrations.ts';
export { isPlainObject } from './plainObject.ts';
export { editDistance, nearestName } from './editDistance.ts';
export { parseJsonStrict, JsonError } from './json.ts';
export {
  SEED_RANGE,
  REPLICATIONS,
  AXIS_STEPS,
  MAX_EXPERIMENT_RUNS,
  MAX_INPUT_FILE_BYTES,
  fileTooLarge,
  POPULATION_RANGE,
  HORIZON_RANGE,
  inRange,
  expectedInteger,
  type IntegerRange,
} from './limits.ts';
