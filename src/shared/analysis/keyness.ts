/**
 * Distinctive words by weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi &
 * Quinn 2008, "Fightin' Words", eqs. 16–22). DOM- and Node-free, so a page can run it at build
 * time for any pair of documents and a browser script can run it on word-counts.json.
 */
import type { KeyTerm } from '../../schemas/analysis.ts';
import { sumCounts, tokenCount, type WordCounts } from './word-counts.ts';

export interface KeynessOptions {
  /** α₀, the prior's total pseudo-count; larger shrinks rare words harder towards the corpus rate. */
  priorSize?: number;
  /** Fewest occurrences in the focus for a word to be listed. */
  minCount?: number;
  /** Most words returned. */
  top?: number;
  /** Words never listed: the compared parks' own names and places. */
  exclude?: ReadonlySet<string>;
}

/**
 * α₀ = 1000 pseudo-words, the counted length of a short plan (the seeds have 570–1,360): enough
 * that a word used twice in one document and never elsewhere does not top its list, small enough
 * that a word used a dozen times in one plan and rarely elsewhere still stands out.
 */
export const DEFAULT_PRIOR_SIZE = 1000;
export const DEFAULT_MIN_COUNT = 2;
export const DEFAULT_TOP = 30;

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places + 0;

/**
 * The words over-represented in `focus` against the rest of `corpus` (which includes the focus),
 * highest z first, z > 0 only. The prior is α_w = α₀ · corpus_w / corpus size; then
 * δ_w = log((y_f + α_w) / (n_f + α₀ − y_f − α_w)) − log((y_r + α_w) / (n_r + α₀ − y_r − α_w)),
 * σ²_w ≈ 1/(y_f + α_w) + 1/(y_r + α_w), z = δ/σ. O(distinct words of the focus · log of that).
 */
export function keyness(focus: WordCounts, corpus: WordCounts, options: KeynessOptions = {}): KeyTerm[] {
  const { priorSize: a0 = DEFAULT_PRIOR_SIZE, minCount = DEFAULT_MIN_COUNT, top = DEFAULT_TOP, exclude } = options;
  const n = tokenCount(corpus);
  const nf = tokenCount(focus);
  const nr = n - nf;
  if (n === 0) return [];
  const terms: KeyTerm[] = [];
  for (const [word, yf] of focus) {
    if (yf < minCount || exclude?.has(word)) continue;
    const y = corpus.get(word) ?? yf;
    const yr = y - yf;
    const a = (a0 * y) / n;
    const delta = Math.log((yf + a) / (nf + a0 - yf - a)) - Math.log((yr + a) / (nr + a0 - yr - a));
    const z = delta / Math.sqrt(1 / (yf + a) + 1 / (yr + a));
    if (z > 0) terms.push({ word, z: round(z, 2), delta: round(delta, 3), count: yf, rest: yr });
  }
  return terms.sort((x, y) => y.z - x.z || y.count - x.count || (x.word < y.word ? -1 : 1)).slice(0, top);
}

/** Keyness of a group of documents (a pair, a park's years, a province) against all the others. */
export function groupKeyness(
  byDoc: ReadonlyMap<string, WordCounts>,
  group: Iterable<string>,
  options: KeynessOptions = {},
): KeyTerm[] {
  const members = new Set(group);
  const focus = sumCounts([...byDoc].filter(([doc]) => members.has(doc)).map(([, c]) => c));
  return keyness(focus, sumCounts(byDoc.values()), options);
}
