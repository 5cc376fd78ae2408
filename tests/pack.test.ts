import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPassages } from '../src/lib/corpus.ts';
import { buildSite, launchBrowser, PROJECT_ROOT } from './support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'ppc-pack-'));
const zipFile = join(work, 'park-plans-compared.zip');
let entries: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const site = await buildSite();
  execFileSync('node', ['scripts/pack.ts', site.dir, zipFile], { cwd: PROJECT_ROOT });
  entries = unzipSync(readFileSync(zipFile));
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), bytes);
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run pack', () => {
  it('zips the site with its data files, README.txt and serve.mjs in one folder', () => {
    const names = Object.keys(entries);
    expect(names.every((n) => n.startsWith('park-plans-compared/'))).toBe(true);
    for (const file of [
      'index.html',
      'search/index.html',
      'pagefind/pagefind.js',
      'search/search-fallback.js',
      'data/passages.jsonl.gz',
      'data/documents.json.gz',
      'sw.js',
      'README.txt',
      'serve.mjs',
    ]) {
      expect(names, file).toContain(`park-plans-compared/${file}`);
    }
    const readme = new TextDecoder().decode(entries['park-plans-compared/README.txt']);
    expect(readme).toContain('python3 -m http.server 8000');
    expect(readme).toContain('node serve.mjs');
  });

  it('the unzipped copy serves itself with node serve.mjs, search included', async () => {
    const folder = join(work, 'park-plans-compared');
    const server = spawn(process.execPath, ['serve.mjs'], { cwd: folder, env: { ...process.env, PORT: '0' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => {
          const match = /http:\/\/\S+\//.exec(chunk.toString());
          if (match) resolve(match[0]);
        });
        server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
      });
      const jsonl = gunzipSync(await (await fetch(`${url}data/passages.jsonl.gz`)).bytes()).toString('utf8');
      expect(jsonl.trim().split('\n')).toHaveLength(getPassages().length);

      const browser = await launchBrowser();
      const page = await browser.newPage();
      await page.goto(`${url}search/?q=${encodeURIComponent('营商环境')}`);
      await page.waitForSelector('.result-hit');
      expect(await page.evaluate(() => document.documentElement.dataset['searchMode'])).toBe('http');
      await browser.close();
    } finally {
      server.kill();
    }
  });
});
