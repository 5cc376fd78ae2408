import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, fetchJsonOnce, parseJsonBase64, parseJsonBytes } from './fetch-json.ts';
import { gzipJson } from './gzip-json.ts';

const value = { passages: [['a', 's0001', '', '招商引资“一条心”', 'investment']], n: 3 };

describe('gzipped JSON for the site scripts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gzipJson is deterministic and parseJsonBytes reads it back', () => {
    const bytes = gzipJson(value);
    expect(bytes).toEqual(gzipJson(value));
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(parseJsonBytes(bytes)).toEqual(value);
  });

  it('parseJsonBytes reads plain JSON too (a server that already unpacked a .gz)', () => {
    expect(parseJsonBytes(new TextEncoder().encode(JSON.stringify(value)))).toEqual(value);
  });

  it('parseJsonBase64 reads the base64 of gzipped JSON', () => {
    expect(parseJsonBase64(Buffer.from(gzipJson(value)).toString('base64'))).toEqual(value);
  });

  it('fetchJson unpacks what it fetched and names the URL of an HTTP error', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('.gz') ? new Response(gzipJson(value)) : new Response('missing', { status: 404 }),
    );
    expect(await fetchJson('/compare/passages/a.json.gz')).toEqual(value);
    await expect(fetchJson('/nothing.json')).rejects.toThrow('/nothing.json: HTTP 404');
  });

  it('fetchJsonOnce shares one request per URL and tries a failed one again', async () => {
    let calls = 0;
    let up = false;
    vi.stubGlobal('fetch', async () => {
      calls++;
      return up ? new Response(gzipJson(value)) : new Response('down', { status: 503 });
    });
    await expect(fetchJsonOnce('/once.json.gz')).rejects.toThrow('HTTP 503');
    up = true;
    const [a, b] = await Promise.all([fetchJsonOnce('/once.json.gz'), fetchJsonOnce('/once.json.gz')]);
    expect(a).toEqual(value);
    expect(b).toBe(a);
    expect(calls).toBe(2);
  });
});
