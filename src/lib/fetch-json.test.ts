import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, parseJsonBase64, parseJsonBytes } from './fetch-json.ts';
import { gzipJson } from './gzip-json.ts';

const value = { passages: [['a', 's0001', '', '招商引资“一条心”', 'investment']], n: 3 };

describe('gzipped JSON for the site scripts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gzipJson is deterministic and parseJsonBytes reads it back', async () => {
    const bytes = gzipJson(value);
    expect(bytes).toEqual(gzipJson(value));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(await parseJsonBytes(bytes)).toEqual(value);
  });

  it('parseJsonBytes reads plain JSON too (a server that already unpacked a .gz)', async () => {
    expect(await parseJsonBytes(new TextEncoder().encode(JSON.stringify(value)))).toEqual(value);
  });

  it('parseJsonBase64 reads the base64 of gzipped JSON', async () => {
    expect(await parseJsonBase64(Buffer.from(gzipJson(value)).toString('base64'))).toEqual(value);
  });

  it('fetchJson unpacks what it fetched and names the URL of an HTTP error', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('.gz') ? new Response(gzipJson(value)) : new Response('missing', { status: 404 }),
    );
    expect(await fetchJson('/compare/passages/a.json.gz')).toEqual(value);
    await expect(fetchJson('/nothing.json')).rejects.toThrow('/nothing.json: HTTP 404');
  });
});
