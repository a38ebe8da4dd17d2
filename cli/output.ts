/**
 * Writing the result: to stdout, or to a file that appears only once complete (written
 * beside it under a temporary name, then renamed), so a failed run leaves nothing behind.
 * Whether `--out` can be written is checked before the run (`checkOutput`): a directory, a
 * missing folder or one without write permission is bad input, found before any work is done.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT, fail, fsReason } from './terminal.ts';

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/**
 * Refuse an `--out` that cannot be written, before anything runs: it is a directory, or the
 * file that will be renamed into place cannot be created beside it (tried, then removed).
 * @throws CliError naming the path and why
 */
export function checkOutput(path: string | undefined): void {
  if (path === undefined) return;
  if (path.trim() === '') throw new CliError('invalid --out: "" (expected a file path)');
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // Not there yet (the usual case): whether it can be made is tried below.
  }
  if (isDirectory) throw new CliError(`cannot write --out ${path} (it is a directory; expected a file path)`);
  const probe = temporaryPath(path);
  try {
    writeFileSync(probe, '');
  } catch (error) {
    throw new CliError(`cannot write --out ${path} (${fsReason(error)})`);
  }
  rmSync(probe, { force: true });
}

/** Write `text` to `path` atomically (same directory, then rename). */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Write the result to stdout, or atomically to `out`; the exit code (1 when it cannot be
 * written after all, e.g. the disk filled up during the run: `checkOutput` passed before it).
 */
export function writeOutput(text: string, out: string | undefined): number {
  if (out === undefined) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeFileAtomic(out, text);
  } catch (error) {
    return fail(`cannot write ${out} (${fsReason(error)})`, EXIT.failed);
  }
  return EXIT.ok;
}
