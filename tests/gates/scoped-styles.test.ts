import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../support/site.ts';

/**
 * Pages whose number or length grows with the corpus: one per document, theme or park, the
 * lists of every document and the search page's filters. A scoped style stamps
 * `data-astro-cid-*` on each element it covers, which over 1,000 documents was megabytes, so
 * what these pages show styles itself from global rules under its own class (see Base.astro's
 * `view`).
 */
const GROWING = [
  /^(en\/)?index\.html$/,
  /^(en\/)?docs\//,
  /^(en\/)?themes\/[^/]+\//,
  /^(en\/)?parks\//,
  /^(en\/)?compare\//,
  /^(en\/)?industries\//,
  // The search page's filters list every park and year.
  /^(en\/)?search\//,
];

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite();
});

describe('scoped styles', () => {
  it('stamp no data-astro-cid attribute on the pages that grow with the corpus', () => {
    const pages = readdirSync(site.dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(site.dir, join(entry.parentPath, entry.name)))
      .filter((path) => GROWING.some((pattern) => pattern.test(path)))
      .sort();
    expect(pages.length).toBeGreaterThan(20);
    const stamped = pages
      .map((path) => ({
        path,
        count: readFileSync(join(site.dir, path), 'utf8').match(/ data-astro-cid-/g)?.length ?? 0,
      }))
      .filter(({ count }) => count > 0)
      .map(({ path, count }) => `${path}: ${count}`);
    expect(stamped).toEqual([]);
  });
});
