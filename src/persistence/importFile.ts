/**
 * Scenario files: export one scenario as JSON, import one back. An import is all or nothing:
 * the file is size-checked before it is read (`MAX_INPUT_FILE_BYTES`, the CLIs' cap too),
 * parsed strictly (a repeated key is refused), migrated and validated, and either a whole
 * scenario comes back or every problem found, each naming field, value and expectation.
 */
import { JsonError, MAX_INPUT_FILE_BYTES, ParamError, fileTooLarge, parseJsonStrict } from '../../models/params/index.ts';
import { readScenarioAll, toDoc, type Scenario } from './scenario.ts';

/** The file name and text of an export. */
export function exportScenario(scenario: Scenario): { fileName: string; text: string } {
  const safe = scenario.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
  return { fileName: `${safe}.siyu.json`, text: `${JSON.stringify(toDoc(scenario), null, 2)}\n` };
}

/** A size error in words: `the file is too large: 1.5 MB (1572864 bytes; expected at most 1 MB)`. */
export function sizeError(bytes: number, limit = MAX_INPUT_FILE_BYTES): ParamError {
  return new ParamError('file', `${bytes} bytes`, `at most ${limit} bytes`, `the file is ${fileTooLarge(bytes, limit)}`);
}

/**
 * A scenario file's text, read: the scenario (with a fresh id) or every problem.
 * @param bytes the file's size, checked before the text is looked at
 */
export function importScenarioText(textValue: string, bytes = new TextEncoder().encode(textValue).length): { scenario?: Scenario; errors: ParamError[] } {
  if (bytes > MAX_INPUT_FILE_BYTES) return { errors: [sizeError(bytes)] };
  let input: unknown;
  try {
    input = parseJsonStrict(textValue);
  } catch (error) {
    if (!(error instanceof JsonError)) throw error;
    if (error.kind === 'duplicate') return { errors: [new ParamError(error.key ?? 'file', error.key, 'each key once', `the file has a ${error.message}`)] };
    return { errors: [new ParamError('file', error.message, 'a JSON scenario file', `the file is not JSON: ${error.message.slice(0, 120)}`)] };
  }
  return readScenarioAll(input, { fresh: true });
}
