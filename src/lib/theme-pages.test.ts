import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../schemas/codebook.ts';
import { getDocuments, getPassages } from './corpus.ts';
import { themePages } from './theme-pages.ts';
import { themeRanking } from './theme-ranking.ts';

describe('themePages (the pages of /themes/<id>/, on content/)', () => {
  const documents = getDocuments();
  const passages = getPassages();

  it('pages every theme in pages of at most `size` documents, highest share first, each document once', () => {
    for (const theme of THEME_IDS) {
      const cut = themePages(documents, theme, 2);
      const carrying = themeRanking(documents, theme)
        .filter((d) => (d.themeCounts[theme] ?? 0) > 0)
        .map((d) => d.id);
      expect(cut.every((page) => page.length <= 2)).toBe(true);
      expect(cut.flat(), theme).toEqual(carrying);
      if (carrying.length > 2) expect(cut.length, theme).toBe(Math.ceil(carrying.length / 2));
    }
  });

  it('puts every body sentence tagged with a theme on exactly one page of that theme', () => {
    let checked = 0;
    for (const theme of THEME_IDS) {
      const pageOf = new Map(
        themePages(documents, theme, 2).flatMap((page, i) => page.map((doc) => [doc, i + 1] as const)),
      );
      for (const p of passages.filter((x) => x.themes.includes(theme) && !x.heading)) {
        expect(pageOf.get(p.doc), `${theme}: ${p.doc}#${p.id}`).toBeGreaterThan(0);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
