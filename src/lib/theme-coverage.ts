import { THEME_IDS, type ThemeId } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';

export interface ThemeCoverage {
  /** Sentences tagged with the theme, over all documents. */
  sentences: number;
  /** `sentences` as a share of all body sentences of the corpus (0 for an empty corpus); headings are in neither. */
  share: number;
  /** Documents with at least one sentence tagged with the theme. */
  documents: number;
}

/** How much of the corpus each theme covers, from the per-document counts the pipeline recorded. */
export function themeCoverage(
  documents: readonly Pick<DocumentRecord, 'bodySentences' | 'themeCounts'>[],
): Record<ThemeId, ThemeCoverage> {
  const total = documents.reduce((sum, d) => sum + d.bodySentences, 0);
  const entries = THEME_IDS.map((id) => {
    const counts = documents.map((d) => d.themeCounts[id] ?? 0);
    const sentences = counts.reduce((sum, c) => sum + c, 0);
    return [
      id,
      { sentences, share: total === 0 ? 0 : sentences / total, documents: counts.filter((c) => c > 0).length },
    ];
  });
  return Object.fromEntries(entries) as Record<ThemeId, ThemeCoverage>;
}
