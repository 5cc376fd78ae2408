/**
 * How a command-line script ends on a problem with its input: one line naming the file and the
 * reason, exit code 1, no stack trace. A stack trace is kept for what is not an input problem
 * (a bug), since that is what it is for.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
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

/** What a script's command line asks for: its options, or the usage line (`--help`). */
export type CommandLine<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>> | { help: string };

/**
 * `parseArgs(config)` on `args` for a script whose usage is `usage`: `--help` or `-h` (before any
 * `--`) asks for the usage; an option the script does not take, or one without its value, is a
 * UsageError that names it and gives the usage, instead of Node's stack trace.
 */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T, args: string[]): CommandLine<T> {
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')) return { help: usage };
  try {
    return parseArgs({ ...config, args }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))
      throw new UsageError(`${(error as Error).message}\nusage: ${usage}`);
    throw error;
  }
}

/** `parseCommandLine` on this process's arguments: the usage printed on `--help` (exit 0), a wrong option as one error and the usage (exit 2). */
export function commandLine<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    const line = parseCommandLine(usage, config, process.argv.slice(2));
    if ('help' in line) {
      console.log(`usage: ${line.help}`);
      process.exit(0);
    }
    return line as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
}
