import { getCollection } from 'astro:content';
import { PHRASE_LISTS } from '../schemas/analysis.ts';
import { THEME_IDS } from '../schemas/codebook.ts';
import { getPhrases, getTargets } from './analysis/analysis-data.ts';
import { getDocuments } from './corpus.ts';
import { groupParks } from './parks.ts';
import { groupsMatrix, MATRIX_ROWS_MAX, provinceGroups } from './charts/matrix-groups.ts';
import { romanizePlace } from './romanize.ts';
import { PAGE_SIZE, groupedPages, pageParam, pages } from './paging.ts';
import { themePages } from './theme-pages.ts';

/** One `/docs/<id>/` page per generated MDX document, shared by both languages' routes. */
export async function documentPaths() {
  const entries = await getCollection('docs');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/**
 * `/themes/<id>/`, `/themes/<id>/2/` …: per codebook theme, the documents carrying it, highest
 * share first, in pages of `PAGE_SIZE.themeDocuments`. Page 1 also indexes every document.
 */
export function themePaths() {
  const documents = getDocuments();
  return THEME_IDS.flatMap((id) => {
    const carrying = themePages(documents, id, PAGE_SIZE.themeDocuments);
    return carrying.map((docs, i) => ({
      params: { id, page: pageParam(i + 1) },
      props: { theme: id, page: i + 1, pages: carrying, docs },
    }));
  });
}

/** One `/parks/<parkId>/` page per catalog park id. */
export function parkPaths() {
  return groupParks(getDocuments()).parks.map((park) => ({ params: { id: park.id }, props: { park } }));
}

/**
 * `/phrases/`, `/phrases/2/` …: the shared phrases, then the statistical indicators, then the
 * boilerplate, in pages of `PAGE_SIZE.phrases`.
 */
export function phrasePaths() {
  const phrases = getPhrases().phrases;
  const all = pages(
    PHRASE_LISTS.flatMap((list) => phrases.filter((p) => p.list === list)),
    PAGE_SIZE.phrases,
  );
  return all.map((_, i) => ({ params: { page: pageParam(i + 1) }, props: { page: i + 1, pages: all } }));
}

/**
 * `/targets/` and `/targets/<theme>/` (the targets of one theme), each in pages of at least
 * `PAGE_SIZE.targets` rows that end at a document's last target, so a document's targets are on
 * one page: `/targets/2/`, `/targets/<theme>/2/`. Each page knows the page of every document in
 * its list, which the filter follows.
 */
export function targetPaths() {
  const targets = getTargets();
  const themes = THEME_IDS.filter((id) => targets.some((x) => x.themes.includes(id)));
  return [null, ...themes].flatMap((theme) => {
    const rows = theme === null ? targets : targets.filter((x) => x.themes.includes(theme));
    const list = groupedPages(rows, PAGE_SIZE.targets, (x) => x.doc);
    const docPages = Object.fromEntries(list.flatMap((page, i) => page.map((x) => [x.doc, i + 1] as const)));
    return list.map((page, i) => ({
      params: {
        page: [theme, pageParam(i + 1)].filter((part) => part !== null && part !== undefined).join('/') || undefined,
      },
      props: { theme, page: i + 1, pages: list.length, rows: page, total: rows.length, docPages },
    }));
  });
}

/**
 * `/matrix/province/<id>/`, `…/2/` …: when the matrix groups documents by province (beyond
 * `MATRIX_ROWS_MAX` documents), each province's documents in pages of `MATRIX_ROWS_MAX`; none otherwise.
 */
export function matrixGroupPaths() {
  const documents = getDocuments();
  if (!groupsMatrix(documents.length)) return [];
  return provinceGroups(documents, romanizePlace).flatMap((group) => {
    const cut = pages(
      group.docs.map((d) => d.id),
      MATRIX_ROWS_MAX,
    );
    return cut.map((docs, i) => ({
      params: { group: group.id, page: pageParam(i + 1) },
      props: {
        scope: {
          group: group.id,
          province: group.province,
          page: i + 1,
          pages: cut.length,
          docs,
          total: group.docs.length,
          first: i * MATRIX_ROWS_MAX + 1,
        },
      },
    }));
  });
}
