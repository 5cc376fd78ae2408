/**
 * Both static servers (scripts/lib/static-server.ts behind `npm start` and the browser tests, and
 * the pack's serve.mjs, bundled from it as scripts/pack.ts does) against requests that try to
 * leave the site: a redirect never points at another host, a path never leaves the folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Sends `path` byte for byte (fetch would normalise it first) and returns status and location. */
function rawGet(origin: string, path: string): Promise<{ status: number; location: string | undefined }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

const ATTACKS = [
  '/.//evil.com/..%2fdocs',
  '//evil.com/..%2fdocs',
  '/%2f%2fevil.com/..%2f..%2fdocs',
  '/docs/..%2f..%2f..%2fetc',
];

/** Each attack answers a 404 or a redirect to a path of this site (one leading slash). */
async function expectNoEscape(origin: string) {
  for (const path of ATTACKS) {
    const { status, location } = await rawGet(origin, path);
    if (status === 301 || status === 302) expect(location, path).toMatch(/^\/(?!\/)[^\\]*$/u);
    else expect(status, path).toBe(404);
  }
  expect(await rawGet(origin, '/.//evil.com/..%2fdocs')).toEqual({ status: 301, location: '/docs/' });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-servers-'));
  mkdirSync(join(dir, 'site', 'docs'), { recursive: true });
  writeFileSync(join(dir, 'site', 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, 'site', 'docs', 'index.html'), '<h1>docs</h1>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/lib/static-server.ts at the root base', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDir(join(dir, 'site'));
  });
  afterAll(() => server.close());

  it('serveDir() builds a folder redirect from the resolved path, so a raw //host path cannot redirect off the site', async () => {
    await expectNoEscape(server.url);
  });
});

describe('the pack’s serve.mjs', () => {
  let child: ChildProcess;
  let origin: string;
  beforeAll(async () => {
    const bundle = await build({
      entryPoints: ['scripts/lib/offline/serve-unpacked.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node18',
      write: false,
      define: { SITE_TITLE: JSON.stringify('test site') },
    });
    writeFileSync(join(dir, 'site', 'serve.mjs'), bundle.outputFiles[0]!.contents);
    child = spawn(process.execPath, ['serve.mjs'], { cwd: join(dir, 'site'), env: { ...process.env, PORT: '0' } });
    origin = await new Promise((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const url = /http:\/\/localhost:\d+\//u.exec(String(chunk))?.[0];
        if (url) resolve(url.replace('localhost', '127.0.0.1'));
      });
      child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
  });
  afterAll(() => {
    child.kill();
  });

  it('serve.mjs answers the same attacks without a redirect to another host', async () => {
    await expectNoEscape(origin);
  });
});
