/**
 * `npm run build` stops before any step with one line when there is nothing to build or the
 * site configuration is wrong: what a fork's CI log shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'build-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const env = { ...process.env };
  for (const name of ['SEEDS_DIR', 'SITE_CONFIG', 'CONTENT_DIR', 'SITE_DIR']) delete env[name];
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', env });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

it('build --seeds DIR of a folder with a catalog and no document stops with one line saying where it looked', () => {
  const empty = join(work, 'empty');
  mkdirSync(empty);
  writeFileSync(join(empty, 'catalog.yaml'), '{}\n');
  const result = build('--seeds', empty, '--content', join(work, 'content'), '--out', join(work, 'dist'));
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(`build: no documents: ${empty} holds no .txt file\n`);
  expect(result.stdout).toBe('');
});

it('SEEDS_DIR names the folder when --seeds is not given', () => {
  const missing = join(work, 'missing');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, SEEDS_DIR: missing },
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(`build: no documents: ${missing} does not exist\n`);
});

it('build --config FILE with a wrong field stops with one line naming the file and the field', () => {
  const config = join(work, 'site.config.yaml');
  writeFileSync(config, readFileSync('site.config.yaml', 'utf8').replace('defaultLanguage: zh', 'defaultLanguage: fr'));
  const result = build('--config', config);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^build: ${config.replaceAll('.', '\\.')}: defaultLanguage: [^\\n]+\\n$`));
});
