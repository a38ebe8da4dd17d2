/**
 * What the CLIs (`npm run sim`, `npm run sweep`) say at the terminal: progress on stderr while
 * they run, every error as one line, and the exit codes. Stdout carries only the result.
 */

/** Exit codes: done, the run itself failed, bad input (one line on stderr). */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

/** Bad command-line input that is not about a parameter's value (those are ParamErrors). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

/** Why a file operation failed, in words: `no such file or directory`, else the error's code or message. */
export function fsReason(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return FS_REASONS[code] ?? (code || oneLine(String((error as Error).message ?? error)));
}

/** Text on one line: the CLIs' messages are always a single line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Say `message` as the one-line error on stderr; returns `code`, for `return fail(…)`. */
export function fail(message: string, code: number): number {
  process.stderr.write(`error: ${oneLine(message)}\n`);
  return code;
}

/** A run that threw: its message (the stack with SIYU_DEBUG=1), exit code 1. */
export function failRun(what: string, error: unknown): number {
  if (process.env.SIYU_DEBUG) console.error(error);
  return fail(`${what} failed: ${(error as Error)?.message ?? error} (set SIYU_DEBUG=1 for the stack)`, EXIT.failed);
}

export interface ProgressReporter {
  /** Show (done, total); undefined when stderr is not a terminal (nothing to show it on). */
  report?: (done: number, total: number) => void;
  /** Erase the line, before the result or an error is written. */
  clear: () => void;
}

/**
 * A progress line on a terminal's stderr, redrawn in place when its text changes; silent when
 * stderr is a pipe or a file (a log gets no carriage returns).
 * @param text the line for (done, total), e.g. `simulating… 42%`
 */
export function progressReporter(text: (done: number, total: number) => string): ProgressReporter {
  if (!process.stderr.isTTY) return { clear: () => {} };
  let shown: string | null = null;
  return {
    report: (done, total) => {
      const line = text(done, total);
      if (line === shown) return;
      shown = line;
      process.stderr.write(`\r${line}`);
    },
    clear: () => {
      if (shown !== null) process.stderr.write('\r\x1b[K');
    },
  };
}
