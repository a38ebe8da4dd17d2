/**
 * Scenario files: export one scenario as JSON, import one back. An import is all or nothing:
 * the file is size-checked before it is read, parsed, migrated and validated, and either a
 * whole scenario comes back or every problem found, each naming field, value and expectation.
 */
import { ParamError } from '../../models/params/index.ts';
import { readScenarioAll, toDoc, type Scenario } from './scenario.ts';

/** Largest file read, bytes. */
export const MAX_IMPORT_BYTES = 1_048_576;

/** The file name and text of an export. */
export function exportScenario(scenario: Scenario): { fileName: string; text: string } {
  const safe = scenario.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
  return { fileName: `${safe}.siyu.json`, text: `${JSON.stringify(toDoc(scenario), null, 2)}\n` };
}

/** A size error in words: `1.5 MB (expected at most 1 MB)`. */
export function sizeError(bytes: number, limit = MAX_IMPORT_BYTES): ParamError {
  const mb = (n: number) => `${Math.round((n / 1_048_576) * 100) / 100} MB`;
  return new ParamError('file', `${bytes} bytes`, `at most ${mb(limit)}`,
    `the file is too large: ${mb(bytes)} (${bytes} bytes; expected at most ${mb(limit)})`);
}

/**
 * A scenario file's text, read: the scenario (with a fresh id) or every problem.
 * @param bytes the file's size, checked before the text is looked at
 */
export function importScenarioText(textValue: string, bytes = new TextEncoder().encode(textValue).length): { scenario?: Scenario; errors: ParamError[] } {
  if (bytes > MAX_IMPORT_BYTES) return { errors: [sizeError(bytes)] };
  let input: unknown;
  try {
    input = JSON.parse(textValue);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { errors: [new ParamError('file', reason, 'a JSON scenario file', `the file is not JSON: ${reason.slice(0, 120)}`)] };
  }
  return readScenarioAll(input, { fresh: true });
}
