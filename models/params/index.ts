/** The parameters' public surface: the schema (single source of truth) and its validation. */
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
  diffFromDefaults,
  expectedOf,
  suggestKey,
  formatValue,
} from './validate.ts';
export * from './migrations.ts';
