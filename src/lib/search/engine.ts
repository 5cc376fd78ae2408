/**
 * The search engine behind the page: Pagefind with the character map over HTTP, or the sentence
 * array of search-fallback.js (already on the page when it was opened from a file, fetched when
 * Pagefind fails or a query has nothing Pagefind can look up).
 */
import { createArrayBackend } from './array-backend.ts';
import { FALLBACK_GLOBAL, type FallbackData, type SearchBackend } from './backend.ts';
import { NO_CONVERSION, parseCharMap } from './char-map.ts';
import type { SearchConfig } from './config.ts';
import { createPagefindBackend, loadPagefind } from './pagefind-backend.ts';
import type { CharMap } from './tokenize.ts';

export interface Engine {
  backend: SearchBackend;
  t2s: CharMap;
}

function fallbackData(): FallbackData | undefined {
  return (globalThis as Record<string, unknown>)[FALLBACK_GLOBAL] as FallbackData | undefined;
}

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
  if (!fallbackData()) await loadScript(config.fallbackDataUrl);
  const data = fallbackData();
  if (!data) throw new Error('search-fallback.js did not define the sentences');
  const t2s = parseCharMap(data.t2s);
  return { backend: createArrayBackend(data.passages, config.docs, t2s), t2s };
}

export async function pagefindEngine(config: SearchConfig): Promise<Engine> {
  const [t2s, pagefind] = await Promise.all([
    fetch(config.t2sUrl).then(async (r) => (r.ok ? parseCharMap((await r.json()) as string) : NO_CONVERSION)),
    loadPagefind(config.pagefindPath, config.base),
  ]);
  let fallback: Promise<SearchBackend> | undefined;
  const backend = createPagefindBackend(pagefind, t2s, () => (fallback ??= arrayEngine(config).then((e) => e.backend)));
  return { backend, t2s };
}
