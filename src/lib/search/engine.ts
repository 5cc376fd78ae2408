/**
 * The search engine behind the page: Pagefind with the character map, the record table and (when
 * asked) the theme table over HTTP, or the sentence array of search-fallback.js (already on the
 * page when it was opened from a file, fetched when Pagefind cannot load).
 */
import { createArrayBackend } from './array-backend.ts';
import { fetchJson, parseJsonBase64 } from '../fetch-json.ts';
import { FALLBACK_GLOBAL, type FallbackData, type SearchBackend } from './backend.ts';
import { NO_CONVERSION, parseCharMap } from './char-map.ts';
import type { SearchConfig } from './config.ts';
import { earlyStarted } from './early-start.ts';
import { createPagefindBackend, loadPagefind } from './pagefind-backend.ts';
import { parseRecordTable, parseThemeTable, type RecordTable, type RecordTexts } from './record-table.ts';
import type { CharMap } from './tokenize.ts';

export interface Engine {
  backend: SearchBackend;
  t2s: CharMap;
}

/** What search-fallback.js left on the page (the base64 of its gzipped JSON), or undefined before it ran. */
const packedFallback = (): unknown => (globalThis as Record<string, unknown>)[FALLBACK_GLOBAL];

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });
}

export async function arrayEngine(config: SearchConfig): Promise<Engine> {
  if (packedFallback() === undefined) await loadScript(config.fallbackDataUrl);
  const packed = packedFallback();
  if (typeof packed !== 'string') throw new Error('search-fallback.js did not define the sentences');
  const data = parseJsonBase64(packed) as FallbackData;
  const t2s = parseCharMap(data.t2s);
  return { backend: createArrayBackend(data.passages, config.docs, t2s, data.sections), t2s };
}

/** The body of t2s.json, as the page's head script fetched it (early-start.ts) or now; null when missing. */
function t2sPairs(url: string): Promise<unknown> {
  const early = earlyStarted();
  const body = early ? early.t2s : fetch(url).then((r) => (r.ok ? r.json() : null));
  return body.catch(() => null);
}

export async function pagefindEngine(config: SearchConfig): Promise<Engine> {
  // The record table must be there (else the page falls back to the array), but its body is
  // parsed only when the backend first needs it, so that parse does not delay Pagefind's start.
  const [t2s, tableResponse, pagefind] = await Promise.all([
    t2sPairs(config.t2sUrl).then((pairs) => (typeof pairs === 'string' ? parseCharMap(pairs) : NO_CONVERSION)),
    fetch(config.recordsUrl).then((r) => {
      if (!r.ok) throw new Error(`${config.recordsUrl}: HTTP ${r.status}`);
      return r;
    }),
    loadPagefind(config.pagefindPath, config.base),
  ]);
  const table = async () => parseRecordTable(await tableResponse.json(), config.docs.length);
  const themes = async (table: RecordTable) => parseThemeTable(await fetchJson(config.themesUrl), table);
  const texts = (file: string) => fetchJson(`${config.textPath}${file}`) as Promise<RecordTexts>;
  return { backend: createPagefindBackend(pagefind, table, themes, config.docs, texts), t2s };
}
