import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, normalizeBase, serveDir, type StaticServer } from './static-server.ts';

describe('contentType', () => {
  it('contentType(file) knows the types the site and Pagefind serve', () => {
    expect(contentType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('pagefind/wasm.zh.pagefind')).toBe('application/octet-stream');
    expect(contentType('pagefind/pagefind.wasm')).toBe('application/wasm');
    expect(contentType('data/passages.jsonl')).toBe('application/jsonl; charset=utf-8');
    expect(contentType('data/matrix.csv')).toBe('text/csv; charset=utf-8');
  });
});

describe('normalizeBase', () => {
  it('normalizeBase(base) adds the slashes a base path needs', () => {
    expect(normalizeBase('park-plans-compared')).toBe('/park-plans-compared/');
    expect(normalizeBase('/park-plans-compared/')).toBe('/park-plans-compared/');
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
  });
});

describe('serveDir', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'static-server-'));
    await mkdir(join(dir, 'matrix'));
    await writeFile(join(dir, 'index.html'), '<h1>home</h1>');
    await writeFile(join(dir, 'matrix', 'index.html'), '<h1>matrix</h1>');
    await writeFile(join(dir, '404.html'), '<h1>missing</h1>');
    await writeFile(join(dir, 'data.csv'), 'a,b\r\n');
    server = await serveDir(dir, { base: '/site/' });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true });
  });

  it('serveDir(dir, { base }) answers a directory under the base with its index.html', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/site\/$/);
    const response = await fetch(new URL('matrix/', server.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>matrix</h1>');
  });

  it('serveDir(dir, { base }) redirects a directory without its slash', async () => {
    const response = await fetch(new URL('matrix', server.url), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/site/matrix/');
  });

  it('serveDir(dir, { base }) 404s outside the base, with the site 404 page', async () => {
    const response = await fetch(new URL('/matrix/', server.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>missing</h1>');
  });

  it('serveDir(dir, { base }) refuses paths that climb out of the directory', async () => {
    const response = await fetch(`${server.url}%2e%2e/%2e%2e/etc/passwd`);
    expect(response.status).toBe(404);
  });

  it('serveDir(dir, { base }) sends files with their content type', async () => {
    const response = await fetch(new URL('data.csv', server.url));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe('a,b\r\n');
  });
});
