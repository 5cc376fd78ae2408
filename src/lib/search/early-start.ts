/**
 * What the search page starts from its <head>, before the rest of the page (whose document list
 * makes most of its bytes) is parsed and the module script runs: Pagefind itself
 * (pagefind-entry.json, its metadata, the WebAssembly) and, for the query in the address, the
 * index chunks of its terms. The module script then finds Pagefind initialised and the chunks
 * loaded. Nothing here decides a result: the page's own search (pagefind-backend.ts) looks every
 * term up again; a chunk loaded here only saves it a fetch.
 *
 * `earlyStart` is written into the page as the source text of an inline script
 * (`earlyStartScript`), so it must not refer to anything outside its own body.
 */
import type { PagefindModule } from './pagefind-backend.ts';

/** The attribute of the page's preload of pagefind-entry.json; its value is the `?ts=` tag, once the index is written. */
export const ENTRY_ATTRIBUTE = 'data-pagefind-entry';

/** The global under which the head script leaves what it started (`EarlyStart`). */
export const EARLY_GLOBAL = 'parkPlansEarly';

export interface EarlyStartOptions {
  /** pagefind.js is `${pagefindPath}pagefind.js`. */
  pagefindPath: string;
  /** The site's base, Pagefind's `baseUrl`. */
  baseUrl: string;
  /** search/t2s.json, the character map (char-map.ts) the query is normalised with. */
  t2sUrl: string;
}

export interface EarlyStart {
  /** Pagefind, started by `startPagefind`. */
  pagefind: Promise<PagefindModule>;
  /** The body of t2s.json (the page fetches it once). */
  t2s: Promise<unknown>;
  /** The terms whose chunks were asked for, once they are loaded ([] when none were). */
  preloaded: Promise<string[]>;
}

/**
 * Starts Pagefind and, for a query of one word of CJK ideographs (the common case: 营商环境), the
 * chunks of its terms, which are those `queryLinks(normalize(q, t2s))` gives (positions.ts,
 * tokenize.ts). Other queries (spaces, quotes, Latin letters, digits) preload nothing: the page
 * looks their terms up when it runs. `metaCacheTag` is the `?ts=` of pagefind-entry.json as the
 * page preloads it (scripts/lib/search/pagefind-preloads.ts), null for none; `load` is `import()`,
 * `getJson` fetches and parses a URL, `start` is `startPagefind` on the page's root element.
 */
export function earlyStart(
  options: EarlyStartOptions,
  search: string,
  metaCacheTag: string | null,
  load: (url: string) => Promise<unknown>,
  getJson: (url: string) => Promise<unknown>,
  start: (p: PagefindModule, baseUrl: string, metaCacheTag: string | null) => Promise<PagefindModule>,
): EarlyStart {
  const pagefind = load(`${options.pagefindPath}pagefind.js`).then((module) =>
    start(module as PagefindModule, options.baseUrl, metaCacheTag),
  );
  const t2s = getJson(options.t2sUrl);
  const q = (new URLSearchParams(search).get('q') ?? '').trim();
  const preloaded = Promise.all([pagefind, t2s]).then(async ([p, pairs]) => {
    const map = new Map<string, string>();
    const chars = typeof pairs === 'string' ? Array.from(pairs) : [];
    for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
    const normal = Array.from(q).map((c) => map.get(c) ?? c);
    // CJK ideographs only: normalising leaves them as mapped (no case, no width, no space).
    const ideographs = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]$/u;
    if (normal.length < 2 || !normal.every((c) => ideographs.test(c))) return [];
    const encode = (pair: string) => {
      let out = '';
      for (const c of pair) out += c.codePointAt(0)!.toString(36).padStart(4, '0');
      return out;
    };
    const offsets: number[] = [];
    for (let at = 0; at + 1 < normal.length; at += 2) offsets.push(at);
    if (offsets[offsets.length - 1] !== normal.length - 2) offsets.push(normal.length - 2);
    const terms = [...new Set(offsets.map((at) => encode(normal[at]! + normal[at + 1]!)))];
    await Promise.all(terms.map((term) => p.preload(term)));
    return terms;
  });
  // Failures are the page's to report, when it asks for the same things again.
  pagefind.catch(() => undefined);
  t2s.catch(() => undefined);
  preloaded.catch(() => undefined);
  return { pagefind, t2s, preloaded };
}

/**
 * Pagefind set up for this site's index, by the head script or by `loadPagefind`: on the page's
 * thread (a worker started before the service worker took over would fail offline), asking for
 * pagefind-entry.json under `metaCacheTag` when the page preloaded it under that tag.
 *
 * Pagefind takes the language of the search from `<html lang>` when it starts, and normalises
 * every term with `Intl.Segmenter` in it: for zh-CN a word segmenter, whose first use on a page
 * loads ICU's data and Chinese dictionary, 20–60 ms of the page's only thread before a cold
 * first result. This index's terms are ASCII codes of character pairs (scripts/lib/search/
 * records.ts), which no segmenter changes; under a tag that Intl refuses, `zxx-`, Pagefind
 * passes them through its plain loop, and still picks the `zxx` index by the tag's first part.
 * `root`'s own lang is back before the call returns, so nothing is drawn or read under the other.
 * Written into the page as source text, like `earlyStart`.
 */
export async function startPagefind(
  p: PagefindModule,
  baseUrl: string,
  metaCacheTag: string | null,
  root: Pick<Element, 'getAttribute' | 'setAttribute' | 'removeAttribute'>,
): Promise<PagefindModule> {
  await p.options({ baseUrl, noWorker: true, ...(metaCacheTag ? { metaCacheTag } : {}) });
  const lang = root.getAttribute('lang');
  root.setAttribute('lang', 'zxx-');
  const ready = p.init();
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  await ready;
  return p;
}

/**
 * `fetch`, except that Pagefind's gzipped files under `pagefindPath` (its WebAssembly, metadata,
 * index and filter chunks) come back inflated by the browser's own zlib (`DecompressionStream`).
 * Pagefind reads such a file as already inflated by its signature and skips its JavaScript
 * inflate, which on a cold page runs unoptimised on the page's only thread: some 20–30 ms of a
 * first query at 1,000 documents. Bytes without gzip's magic number (a host that sent the file
 * with Content-Encoding: gzip, which the browser unpacked) pass as they are. `pageUrl` resolves
 * relative addresses. Written into the page as source text, like `earlyStart`.
 */
export function inflatingFetch(
  fetch: typeof globalThis.fetch,
  pagefindPath: string,
  pageUrl: string,
): typeof globalThis.fetch {
  const gzipped = /\.(?:pagefind|pf_meta|pf_index|pf_filter)$/;
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, pageUrl).pathname;
    if (!path.startsWith(pagefindPath) || !gzipped.test(path)) return fetch(input, init);
    return fetch(input, init).then(async (response) => {
      if (!response.ok) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const head = { status: response.status, statusText: response.statusText };
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, head);
      const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(await new Response(inflated).arrayBuffer(), head);
    });
  };
}

/** The inline script that runs `earlyStart` on an HTTP page and leaves its result in `EARLY_GLOBAL`. */
export function earlyStartScript(options: EarlyStartOptions): string {
  return [
    `if (location.protocol !== 'file:') {`,
    `  if (typeof DecompressionStream === 'function')`,
    `    window.fetch = (${inflatingFetch.toString()})(window.fetch.bind(window), ${JSON.stringify(options.pagefindPath).replace(/</g, '\\u003c')}, location.href);`,
    `  window[${JSON.stringify(EARLY_GLOBAL)}] = (${earlyStart.toString()})(${JSON.stringify(options).replace(/</g, '\\u003c')}, location.search,`,
    `    (document.querySelector('link[${ENTRY_ATTRIBUTE}]') || { getAttribute: function () { return null; } }).getAttribute(${JSON.stringify(ENTRY_ATTRIBUTE)}) || null,`,
    `    function (url) { return import(url); },`,
    `    function (url) { return fetch(url).then(function (r) { if (!r.ok) throw new Error(url + ': HTTP ' + r.status); return r.json(); }); },`,
    `    function (p, baseUrl, tag) { return (${startPagefind.toString()})(p, baseUrl, tag, document.documentElement); });`,
    `}`,
  ].join('\n');
}

/** What the head script started, when it ran. */
export function earlyStarted(): EarlyStart | undefined {
  return (globalThis as Record<string, unknown>)[EARLY_GLOBAL] as EarlyStart | undefined;
}
