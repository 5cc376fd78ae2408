import type { ThemeId } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';

type Ranked = Pick<DocumentRecord, 'id' | 'title'> & { themeShares: Partial<Record<ThemeId, number>> };
type Counted = Ranked & Pick<DocumentRecord, 'bodySentences'> & { themeCounts: Partial<Record<ThemeId, number>> };

/**
 * Fewest body sentences for a document to be ranked by default: below it one sentence moves a
 * share by more than ten points (1 of 6 is 16.7%), so a short speech would top a ranking by chance.
 */
export const MIN_BODY_SENTENCES = 10;

/** What a ranking sorts by: the share of body sentences, or their number. */
export type RankKey = 'share' | 'count';

/** Whether a document is too short for its shares to be ranked against the others'. */
export function isShort(doc: Pick<DocumentRecord, 'bodySentences'>, min: number = MIN_BODY_SENTENCES): boolean {
  return doc.bodySentences < min;
}

/** Documents by the share of their sentences carrying `theme`, highest first, then by title (zh-CN collation). */
export function themeRanking<T extends Ranked>(documents: readonly T[], theme: ThemeId): T[] {
  return [...documents].sort(
    (a, b) => (b.themeShares[theme] ?? 0) - (a.themeShares[theme] ?? 0) || a.title.localeCompare(b.title, 'zh-CN'),
  );
}

/** One document's standing on a theme, as a ranking table row carries it (`data-share`, `data-count`, and the title its header links). */
export interface RankValues {
  share: number;
  count: number;
  title: string;
}

/**
 * Highest `key` first; a tie goes to the other key, then to the title (zh-CN collation). The
 * theme page's ranking table re-sorts its rows in the browser with this same order.
 */
export function compareRank(key: RankKey): (a: RankValues, b: RankValues) => number {
  const [first, second]: [RankKey, RankKey] = key === 'share' ? ['share', 'count'] : ['count', 'share'];
  return (a, b) => b[first] - a[first] || b[second] - a[second] || a.title.localeCompare(b.title, 'zh-CN');
}

/**
 * Documents ranked on `theme` by `key`, highest first (see `compareRank`). Documents under
 * `min` body sentences are left out unless `min` is 0.
 */
export function rankDocuments<T extends Counted>(
  documents: readonly T[],
  theme: ThemeId,
  key: RankKey,
  min: number = MIN_BODY_SENTENCES,
): T[] {
  const values = (d: T): RankValues => ({
    share: d.themeShares[theme] ?? 0,
    count: d.themeCounts[theme] ?? 0,
    title: d.title,
  });
  const compare = compareRank(key);
  return documents.filter((d) => !isShort(d, min)).sort((a, b) => compare(values(a), values(b)));
}
