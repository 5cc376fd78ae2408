/**
 * How a command-line script ends on a problem with its input: one line naming the file and the
 * reason, exit code 1, no stack trace. A stack trace is kept for what is not an input problem
 * (a bug), since that is what it is for.
 */
import { IngestError } from './ingest-error.ts';
import { systemReason } from './read-seeds.ts';

/** An argument the script was given that it cannot use. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The one line an expected error is reported as, or null when `error` is not one. */
export function expectedErrorLine(error: unknown): string | null {
  if (error instanceof IngestError || error instanceof UsageError) return `error: ${error.message}`;
  const fsError = error as NodeJS.ErrnoException | undefined;
  if (fsError && typeof fsError.code === 'string' && typeof fsError.path === 'string')
    return `error: ${fsError.path}: ${systemReason(fsError)}`;
  return null;
}

/** From here on, an expected error that nothing catches ends the process with its one line. */
export function exitOnExpectedErrors(): void {
  const handle = (error: unknown) => {
    console.error(expectedErrorLine(error) ?? (error instanceof Error ? error.stack : error));
    process.exit(1);
  };
  process.on('uncaughtException', handle);
  process.on('unhandledRejection', handle);
}

/** `value` of option `name` as a whole number of at least 1, or a UsageError saying what was given. */
export function positiveInteger(value: string | undefined, name: string): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`${name} takes a whole number of at least 1, not "${value ?? ''}"`);
  }
  return n;
}
