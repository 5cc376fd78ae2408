/**
 * The pages of `/themes/<id>/`: the documents carrying a theme, highest share first, cut into
 * pages of `size` documents. Each document's sentences of the theme are all on its one page, so
 * every tagged sentence is reachable by paging; a pure function, so it is tested without Astro.
 */
import type { ThemeId } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';
import { pages } from './paging.ts';
import { themeRanking } from './theme-ranking.ts';

export function themePages(documents: readonly DocumentRecord[], theme: ThemeId, size: number): string[][] {
  return pages(
    themeRanking(documents, theme)
      .filter((d) => (d.themeCounts[theme] ?? 0) > 0)
      .map((d) => d.id),
    size,
  );
}
