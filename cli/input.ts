/**
 * Reading the CLIs' input files (parameter overrides, experiment definitions, shards), as
 * strictly as the app reads an imported scenario: the size is checked before the file is read
 * (`MAX_INPUT_FILE_BYTES`, the app's import cap), and the JSON must not repeat a key.
 */
import { readFileSync, statSync } from 'node:fs';
import { JsonError, MAX_INPUT_FILE_BYTES, fileTooLarge, parseJsonStrict } from '../models/params/index.ts';
import { CliError, fsReason } from './terminal.ts';

/** How a CLI reads files; injectable so tests need no disk. */
export interface CliIo {
  /** The file's size in bytes (throws as `statSync` does). */
  fileSize(path: string): number;
  readFile(path: string): string;
}

export const NODE_IO: CliIo = {
  fileSize: (path) => statSync(path).size,
  readFile: (path) => readFileSync(path, 'utf8'),
};

/**
 * The JSON in file `path`, parsed.
 * @param what the file's role in the messages: `params file`, `experiment`, `shard file`
 * @param maxBytes the largest file read; machine-written shard files pass `Infinity`
 * @throws CliError naming the file and why it could not be read or parsed
 */
export function readJsonFile(path: string, what: string, io: CliIo = NODE_IO, maxBytes = MAX_INPUT_FILE_BYTES): unknown {
  let text: string;
  try {
    const bytes = io.fileSize(path);
    if (bytes > maxBytes) throw new CliError(`${what} ${path} is ${fileTooLarge(bytes, maxBytes)}`);
    text = io.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${what} ${path} (${fsReason(error)})`);
  }
  try {
    return parseJsonStrict(text);
  } catch (error) {
    if (!(error instanceof JsonError)) throw error;
    if (error.kind === 'duplicate') throw new CliError(`${what} ${path} has a ${error.message}`);
    throw new CliError(`${what} ${path} is not valid JSON: ${error.message}`);
  }
}
