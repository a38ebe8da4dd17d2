/**
 * Writing the result: to stdout, or to a file that appears only once complete (written
 * beside it under a temporary name, then renamed), so a failed run leaves nothing behind.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXIT, fail } from './terminal.ts';

/** Write `text` to `path` atomically (same directory, then rename). */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Write the result to stdout, or atomically to `out`; the exit code (1 when it cannot be written). */
export function writeOutput(text: string, out: string | undefined): number {
  if (out === undefined) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(out, text);
  } catch (error) {
    return fail(`cannot write ${out} (${(error as { code?: string }).code ?? (error as Error).message})`, EXIT.failed);
  }
  return EXIT.ok;
}
