import { gzipSync } from 'node:zlib';

/** Gzipped bytes, deterministic: zlib writes no time or file name into the header. */
export function gzip(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(data, { level: 9 }));
}

/** A value as gzipped JSON, for the files the site's scripts fetch and unpack (`fetchJson`). */
export const gzipJson = (value: unknown): Uint8Array<ArrayBuffer> => gzip(JSON.stringify(value));

/** An endpoint's response of gzipped JSON (`<name>.json.gz`). */
export function gzipJsonResponse(value: unknown): Response {
  return new Response(gzipJson(value), { headers: { 'content-type': 'application/gzip' } });
}
