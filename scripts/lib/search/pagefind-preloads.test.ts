import { describe, expect, it } from 'vitest';
import { addPagefindPreloads, metaHash } from './pagefind-preloads.ts';

const PAGE =
  '<head><link rel="modulepreload" href="/base/pagefind/pagefind.js">' +
  '<link rel="preload" href="/base/pagefind/pagefind-entry.json" as="fetch" crossorigin="anonymous" data-pagefind-entry>' +
  '<script>start()</script></head><body></body>';

describe('Pagefind preloads', () => {
  it('metaHash(entry) is the hash of the one index language', () => {
    expect(metaHash({ languages: { zxx: { hash: 'zxx_336b3a35ff8' } } })).toBe('zxx_336b3a35ff8');
    expect(() => metaHash({ languages: {} })).toThrow(/one index language/);
    expect(() => metaHash({ languages: { zxx: { hash: 'a' }, en: { hash: 'b' } } })).toThrow(/found 2/);
  });

  it('addPagefindPreloads(html, hash) tags the entry link with the hash and preloads the metadata, in place', () => {
    expect(addPagefindPreloads(PAGE, 'zxx_1')).toBe(
      '<head><link rel="modulepreload" href="/base/pagefind/pagefind.js">' +
        '<link rel="preload" href="/base/pagefind/pagefind-entry.json?ts=zxx_1" as="fetch" crossorigin="anonymous" data-pagefind-entry="zxx_1">' +
        '<link rel="preload" href="/base/pagefind/pagefind.zxx_1.pf_meta" as="fetch" crossorigin="anonymous" data-pagefind-meta>' +
        '<script>start()</script></head><body></body>',
    );
  });

  it('run again with another hash, replaces what it added', () => {
    expect(addPagefindPreloads(addPagefindPreloads(PAGE, 'zxx_1'), 'zxx_2')).toBe(addPagefindPreloads(PAGE, 'zxx_2'));
  });

  it('leaves a page without the placeholder as it is', () => {
    const page = '<head><title>x</title></head>';
    expect(addPagefindPreloads(page, 'zxx_1')).toBe(page);
  });
});
