import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serializeCharMap } from './char-map.ts';
import { earlyStart, earlyStartScript, inflatingFetch, startPagefind, type EarlyStart } from './early-start.ts';
import { queryLinks } from './positions.ts';
import { normalize } from './tokenize.ts';

const t2s = new Map([
  ['營', '营'],
  ['環', '环'],
  ['𠀋', '丈'],
]);
const OPTIONS = { pagefindPath: '/pagefind/', baseUrl: '/', t2sUrl: '/search/t2s.json' };

/** A page's root element: its attributes, by name. */
function fakeRoot(lang: string | null) {
  const attributes = new Map(lang === null ? [] : [['lang', lang]]);
  return {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
}

/**
 * Runs `start` (earlyStart or its source text) with a fake Pagefind on a page of lang zh-CN, and
 * `startPagefind` (or its source text); returns what it asked for.
 */
async function run(start: typeof earlyStart, q: string, tag: string | null = null, begin = startPagefind) {
  const calls: string[] = [];
  const root = fakeRoot('zh-CN');
  const fake = {
    options: async (o: Record<string, unknown>) => void calls.push(`options ${JSON.stringify(o)}`),
    init: async () => void calls.push(`init lang=${root.getAttribute('lang')}`),
    preload: async (term: string) => void calls.push(`preload ${term}`),
    search: async () => ({ results: [] }),
  };
  const loaded: string[] = [];
  const started: EarlyStart = start(
    OPTIONS,
    `?q=${encodeURIComponent(q)}&sort=year`,
    tag,
    async (url) => (loaded.push(url), fake),
    async (url) => (loaded.push(url), serializeCharMap(t2s)),
    (p, baseUrl, metaCacheTag) => begin(p, baseUrl, metaCacheTag, root),
  );
  const terms = await started.preloaded;
  expect(await started.pagefind).toBe(fake);
  expect(root.getAttribute('lang')).toBe('zh-CN');
  expect(await started.t2s).toBe(serializeCharMap(t2s));
  return { terms, calls, loaded };
}

/** The terms the page itself looks up for a one-word query. */
const pageTerms = (q: string) => [...new Set(queryLinks(normalize(q, t2s)).map((l) => l.term))];

describe('earlyStart', () => {
  it('starts Pagefind (under the tag zxx-, the page keeping its lang) and preloads the terms the page will look up for a word of ideographs', async () => {
    for (const q of ['营商环境', '營商環境', '链延链', '产业', '招商引资项目', '𠀋量', ' 营商环境 ']) {
      const { terms, calls, loaded } = await run(earlyStart, q);
      expect(terms.sort(), q).toEqual(pageTerms(q.trim()).sort());
      expect(calls.slice(0, 2)).toEqual(['options {"baseUrl":"/","noWorker":true}', 'init lang=zxx-']);
      expect(calls.slice(2).sort()).toEqual(terms.map((t) => `preload ${t}`).sort());
      expect(loaded.sort()).toEqual(['/pagefind/pagefind.js', '/search/t2s.json']);
    }
  });

  it('preloads nothing for a query it cannot be sure of: one character, spaces, quotes, letters, digits, none', async () => {
    for (const q of ['营', '营商 环境', '"营商环境"', 'ab营商', '2025年', 'ＡＢ', '']) {
      const { terms, calls } = await run(earlyStart, q);
      expect(terms, q).toEqual([]);
      expect(calls).toEqual(['options {"baseUrl":"/","noWorker":true}', 'init lang=zxx-']);
    }
  });

  it('hands Pagefind the tag of the preloaded pagefind-entry.json, so it asks for that URL', async () => {
    const { calls } = await run(earlyStart, '营商环境', 'zxx_1');
    expect(calls[0]).toBe('options {"baseUrl":"/","noWorker":true,"metaCacheTag":"zxx_1"}');
  });

  it('works from its own source text, as the page runs it, with nothing from outside', async () => {
    const fromSource = new Function(`return (${earlyStart.toString()});`)() as typeof earlyStart;
    const beginFromSource = new Function(`return (${startPagefind.toString()});`)() as typeof startPagefind;
    const { terms, calls } = await run(fromSource, '营商环境', null, beginFromSource);
    expect(calls[1]).toBe('init lang=zxx-');
    expect(terms.sort()).toEqual(pageTerms('营商环境').sort());
    const script = earlyStartScript(OPTIONS);
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain("location.protocol !== 'file:'");
  });
});

describe('startPagefind', () => {
  it('starts Pagefind under the tag zxx- and gives the page back the lang it had, or none', async () => {
    for (const lang of ['en', null]) {
      const root = fakeRoot(lang);
      const seen: (string | null)[] = [];
      const fake = {
        options: async () => undefined,
        init: async () => void seen.push(root.getAttribute('lang')),
        preload: async () => undefined,
        search: async () => ({ results: [] }),
      };
      expect(await startPagefind(fake, '/', null, root)).toBe(fake);
      expect(seen).toEqual(['zxx-']);
      expect(root.getAttribute('lang')).toBe(lang);
    }
  });
});

describe('inflatingFetch', () => {
  // What Pagefind's files hold once inflated: its signature, then the data.
  const plain = new TextEncoder().encode('pagefind_dcd 营商 index bytes');
  const PAGE = 'https://example.org/site/search/?q=营商';
  /** A fake network serving `body` at every address, and the addresses it was asked for. */
  const network = (body: Uint8Array<ArrayBuffer>, status = 200) => {
    const asked: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return new Response(body, { status });
    };
    return { fetch: fetch as typeof globalThis.fetch, asked };
  };
  const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());

  it('hands Pagefind its gzipped files inflated, whatever the form of the address', async () => {
    for (const address of [
      '/site/pagefind/index/zxx_1.pf_index',
      'https://example.org/site/pagefind/pagefind.zxx_2.pf_meta',
      new URL('https://example.org/site/pagefind/wasm.unknown.pagefind'),
      new Request('https://example.org/site/pagefind/filter/zxx_3.pf_filter'),
    ]) {
      const { fetch } = network(new Uint8Array(gzipSync(plain)));
      expect(await bytes(await inflatingFetch(fetch, '/site/pagefind/', PAGE)(address)), String(address)).toEqual(
        plain,
      );
    }
  });

  it('passes bytes a host already unpacked as they are', async () => {
    const { fetch } = network(plain);
    expect(
      await bytes(await inflatingFetch(fetch, '/site/pagefind/', PAGE)('/site/pagefind/index/a.pf_index')),
    ).toEqual(plain);
  });

  it('leaves other files, and failed answers, untouched', async () => {
    const gz = new Uint8Array(gzipSync(plain));
    for (const address of [
      '/site/pagefind/pagefind-entry.json',
      '/site/search/text/1-0.json.gz',
      '/other/pagefind/a.pf_index',
    ]) {
      const { fetch, asked } = network(gz);
      expect(await bytes(await inflatingFetch(fetch, '/site/pagefind/', PAGE)(address)), address).toEqual(gz);
      expect(asked).toEqual([address]);
    }
    const { fetch } = network(new TextEncoder().encode('not found'), 404);
    const response = await inflatingFetch(fetch, '/site/pagefind/', PAGE)('/site/pagefind/index/gone.pf_index');
    expect(response.status).toBe(404);
    expect(new TextDecoder().decode(await bytes(response))).toBe('not found');
  });

  it('works from its own source text, as the page runs it', async () => {
    const fromSource = new Function(`return (${inflatingFetch.toString()});`)() as typeof inflatingFetch;
    const { fetch } = network(new Uint8Array(gzipSync(plain)));
    expect(await bytes(await fromSource(fetch, '/site/pagefind/', PAGE)('/site/pagefind/index/a.pf_index'))).toEqual(
      plain,
    );
    expect(earlyStartScript(OPTIONS)).toContain("typeof DecompressionStream === 'function'");
  });
});
