/** Reading the CLIs' input files (parameter overrides, experiment definitions, shards). */
import { readFileSync } from 'node:fs';
import { CliError, oneLine } from './terminal.ts';

/** How a CLI reads files; injectable so tests need no disk. */
export interface CliIo {
  readFile(path: string): string;
}

export const NODE_IO: CliIo = { readFile: (path) => readFileSync(path, 'utf8') };

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/**
 * The JSON in file `path`, parsed.
 * @param what the file's role in the messages: `params file`, `experiment`, `shard file`
 * @throws CliError naming the file and why it could not be read or parsed
 */
export function readJsonFile(path: string, what: string, io: CliIo = NODE_IO): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason = FILE_ERRORS[code] ?? (code || oneLine(String((error as Error).message ?? error)));
    throw new CliError(`cannot read ${what} ${path} (${reason})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} ${path} is not valid JSON: ${oneLine((error as Error).message)}`);
  }
}
