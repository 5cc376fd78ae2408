import type { ThemeId } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';

type Ranked = Pick<DocumentRecord, 'id' | 'title'> & { themeShares: Partial<Record<ThemeId, number>> };

/** Documents by the share of their sentences carrying `theme`, highest first, then by title (zh-CN collation). */
export function themeRanking<T extends Ranked>(documents: readonly T[], theme: ThemeId): T[] {
  return [...documents].sort((a, b) => (b.themeShares[theme] ?? 0) - (a.themeShares[theme] ?? 0) || a.title.localeCompare(b.title, 'zh-CN'));
}
