import type { ThemeId } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import type {
  ParkChangesFile,
  ParkYear,
  SentenceRef,
  ThemeChange,
  YearComparison,
} from '../../../src/schemas/park-changes.ts';
import type { AnalysedSentence } from './segmented.ts';
import { alignSentences, bigramProfiles, type BigramProfile } from './sentence-alignment.ts';

/**
 * Lowest Dice similarity of character bigrams at which two sentences are one item carried over.
 * Calibrated on tests/fixtures/park-years/ (2020 seed and hand-written 2021 year of one park):
 * items kept verbatim score 1 and reworded ones 0.46–0.9, while the best-scoring unrelated
 * sentence of the same theme stays under 0.17 although both years share the plan vocabulary
 * (企业, 园区, 推进, 建设). It sits above 0.4, what two 6-character headings differing in two
 * characters score (加强政治建设 / 加强思想建设); a sentence keeping one clause of three
 * (0.3–0.44) counts as dropped plus new.
 */
export const CARRY_THRESHOLD = 0.45;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number) => Math.round(x * 1000) / 1000;

/** A park's dated documents grouped by year, ascending; documents without a year are left out. */
function yearsOf(records: readonly DocumentRecord[]): ParkYear[] {
  const byYear = new Map<number, string[]>();
  for (const r of records) if (r.year !== null) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.id]);
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, docs]) => ({ year, docs: docs.sort(byCodePoint) }));
}

/** One theme's sentences of one year, in reading order (documents in id order). */
function themeSentences(
  year: ParkYear,
  theme: ThemeId,
  passagesOf: ReadonlyMap<string, readonly AnalysedSentence[]>,
): AnalysedSentence[] {
  return year.docs.flatMap((doc) => (passagesOf.get(doc) ?? []).filter((p) => p.themes.includes(theme)));
}

const ref = (p: AnalysedSentence): SentenceRef => ({ doc: p.doc, sentence: p.id });

function compareYears(
  from: ParkYear,
  to: ParkYear,
  themeIds: readonly ThemeId[],
  passagesOf: ReadonlyMap<string, readonly AnalysedSentence[]>,
  threshold: number,
  profileOf: (sentence: string) => BigramProfile,
): YearComparison {
  const themes: ThemeChange[] = [];
  for (const theme of themeIds) {
    const before = themeSentences(from, theme, passagesOf);
    const after = themeSentences(to, theme, passagesOf);
    if (before.length + after.length === 0) continue;
    const alignment = alignSentences(
      before.map((p) => p.text),
      after.map((p) => p.text),
      threshold,
      profileOf,
    );
    themes.push({
      theme,
      carried: alignment.pairs.map(([i, j, similarity]) => ({
        from: ref(before[i]!),
        to: ref(after[j]!),
        similarity: round(similarity),
      })),
      dropped: alignment.unmatchedBefore.map((i) => ref(before[i]!)),
      new: alignment.unmatchedAfter.map((j) => ref(after[j]!)),
    });
  }
  return { from, to, themes };
}

/**
 * park-changes.json: for every park (catalog `parkId`), its documented years and, for each two
 * consecutive ones, per theme which sentences carry over (aligned one-to-one, see
 * alignSentences), which are dropped and which are new. Sentences are only compared within one
 * park, one pair of consecutive years and one theme, so the cost grows with the square of a
 * park-year's distinct sentences on one theme, never with the corpus.
 */
export function parkChanges(
  records: readonly DocumentRecord[],
  passages: readonly AnalysedSentence[],
  themeIds: readonly ThemeId[],
  codebookVersion: string,
  threshold = CARRY_THRESHOLD,
): ParkChangesFile {
  const byPark = new Map<string, DocumentRecord[]>();
  for (const r of records) if (r.parkId !== null) byPark.set(r.parkId, [...(byPark.get(r.parkId) ?? []), r]);
  const passagesOf = new Map<string, AnalysedSentence[]>();
  for (const p of passages) {
    const list = passagesOf.get(p.doc);
    if (list) list.push(p);
    else passagesOf.set(p.doc, [p]);
  }
  const parks = [...byPark.keys()].sort(byCodePoint).flatMap((parkId) => {
    const years = yearsOf(byPark.get(parkId)!);
    if (years.length === 0) return [];
    // One park's sentences meet again across themes and year pairs; its profiles are kept until the next park.
    const profileOf = bigramProfiles();
    const comparisons = years
      .slice(1)
      .map((to, i) => compareYears(years[i]!, to, themeIds, passagesOf, threshold, profileOf));
    return [{ parkId, years, comparisons }];
  });
  return { method: 'char-bigram-dice-greedy', threshold, codebookVersion, parks };
}
