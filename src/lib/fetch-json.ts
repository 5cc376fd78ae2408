/**
 * JSON the site publishes for its own scripts, read in the browser. What grows with every sentence
 * (search texts, the compare page's passages, word counts) is published gzipped, as Pagefind
 * publishes its index chunks: GitHub Pages limits the bytes a site stores, and a `.gz` file is
 * stored and sent at its compressed size.
 */
import { gunzipSync } from 'fflate';
import { sharedRequests } from './shared-requests.ts';

/**
 * The JSON in `bytes`, gunzipped first when they start with gzip's magic number. The inflate is
 * synchronous: a `DecompressionStream` takes several tasks per file, each queued behind
 * everything else a busy page does, and a search unpacks some twenty small files at once (a
 * cold search at 1,000 documents reached its first hit 76–110 ms sooner without it).
 */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  // A server that labels .gz files Content-Encoding: gzip hands over bytes the browser already unpacked.
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return JSON.parse(new TextDecoder().decode(plain));
}

/** The JSON at `url`, gzipped or not; rejects on an HTTP error, naming the URL. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseJsonBytes(new Uint8Array(await response.arrayBuffer()));
}

/** `fetchJson(url)` once per page: later calls share the request, and a failed one is tried again. */
export const fetchJsonOnce = sharedRequests(fetchJson);

/** The JSON of a base64 string of its gzipped bytes (how a classic script carries it to a file:// page). */
export function parseJsonBase64(text: string): unknown {
  return parseJsonBytes(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
}
