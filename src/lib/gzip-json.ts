import { gzip as gzipOnPool, gzipSync } from 'node:zlib';

/**
 * One setting for both ways of compressing, so that they give the same bytes: zlib's default
 * level. Level 9 took 2.5 times the CPU for downloads 4% smaller (the 1,000-document benchmark's
 * data files: 2.69 s against 1.06 s for 11.05 MB against 11.52 MB; the search texts the same size).
 */
const OPTIONS = { level: 6 };

/** Gzipped bytes, deterministic: zlib writes no time or file name into the header. */
export function gzip(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(data, OPTIONS));
}

/**
 * The same bytes as `gzip`, compressed on one of libuv's threads: for the large downloads, so the
 * build's one rendering thread goes on while they are compressed.
 */
export function gzipInBackground(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) =>
    gzipOnPool(data, OPTIONS, (error, bytes) => (error ? reject(error) : resolve(new Uint8Array(bytes)))),
  );
}

/** A value as gzipped JSON, for the files the site's scripts fetch and unpack (`fetchJson`). */
export const gzipJson = (value: unknown): Uint8Array<ArrayBuffer> => gzip(JSON.stringify(value));

/** An endpoint's response of gzipped JSON (`<name>.json.gz`). */
export function gzipJsonResponse(value: unknown): Response {
  return new Response(gzipJson(value), { headers: { 'content-type': 'application/gzip' } });
}
