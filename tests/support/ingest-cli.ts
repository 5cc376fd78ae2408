import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs the real ingest CLI on `<dir>/seeds` into `<dir>/content`, with its cache in `<dir>/cache`
 * (`--no-cache` among `flags` wins over it), and gives what it printed and a reader of its output.
 */
export function runIngest(dir: string, flags: readonly string[] = [], timeout?: number) {
  const run = spawnSync(
    process.execPath,
    [
      'scripts/ingest.ts',
      '--seeds',
      join(dir, 'seeds'),
      '--out',
      join(dir, 'content'),
      '--cache',
      join(dir, 'cache'),
      ...flags,
    ],
    { encoding: 'utf8', ...(timeout === undefined ? {} : { timeout }) },
  );
  return {
    dir,
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    read: (f: string) => readFileSync(join(dir, 'content', f), 'utf8'),
  };
}
