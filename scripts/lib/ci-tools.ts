/**
 * Tools that live outside the root package, each in `.ci/tools/<name>/` with its own lockfile:
 * html-validate (whose peer ranges must not meet vitest's in one tree) and Lighthouse (large, only
 * for `npm run lighthouse`). `npm ci` installs one there on first use, or when its lockfile changes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type CiTool = 'html-validate' | 'lighthouse';

const TOOLS_DIR = resolve(import.meta.dirname, '../../.ci/tools');

/** The tool's folder, installed and up to date with its lockfile. */
export function ciToolDir(tool: CiTool): string {
  const dir = join(TOOLS_DIR, tool);
  const installed = join(dir, 'node_modules/.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(dir, 'package-lock.json')).mtimeMs) {
    console.log(`installing .ci/tools/${tool} (npm ci)`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return dir;
}

/** Imports a package of a tool's folder, e.g. `importCiTool('html-validate', 'html-validate')`. */
export async function importCiTool<T>(tool: CiTool, specifier: string): Promise<T> {
  const require = createRequire(join(ciToolDir(tool), 'package.json'));
  return (await import(pathToFileURL(require.resolve(specifier)).href)) as T;
}

/** The path of a file inside a tool's package, e.g. its CLI. */
export function ciToolFile(tool: CiTool, file: string): string {
  return join(ciToolDir(tool), 'node_modules', file);
}
