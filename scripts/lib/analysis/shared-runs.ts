import { foldForMatching } from '../text/fold.ts';
import { maximalRepeats } from './maximal-repeats.ts';
import { sharedRegions } from './shared-regions.ts';

export interface RunSentence {
  /** Index of the sentence's document; runs count documents by it. */
  doc: number;
  text: string;
}

export interface SharedRun {
  /** The run folded for matching (see foldForMatching: simplified, half-width), without punctuation at either end. */
  text: string;
  /** Every place it occurs: index into the sentences given, offset in the sentence text. Corpus order. */
  occurrences: { sentence: number; offset: number }[];
}

/** Shortest shared run, in characters: long enough that coincidence (高质量发展 is 5) is not reuse. */
export const MIN_RUN_LENGTH = 8;

/**
 * Most shared runs reported, those used by the most documents (then the longest) first. Ordinary
 * corpora stay far below it; many near-identical copies of one text would otherwise yield a run
 * for every pattern of their differences.
 */
export const MAX_SHARED_RUNS = 2000;

/** Characters a run may not start or end with. */
const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Maximal runs of at least `minLength` characters that two or more documents share, within
 * sentences (a copied paragraph yields one run per sentence). A run is maximal when it cannot be
 * extended either way without losing a document, so 习近平新时代中国特色社会主义思想 (in three plans) and
 * 以习近平新时代中国特色社会主义思想为指 (in two of them) are both reported.
 *
 * Complexity, for N characters in all: identical sentences (after width folding) are taken once,
 * with all their documents, so a copied sentence costs a hash-map lookup. Hashing every
 * `minLength`-gram of the D distinct characters and radix-sorting the hashes is O(D) and keeps only
 * the regions covered by a gram found in two documents (M ≤ D characters); a suffix array over
 * those regions and one bottom-up walk of its LCP intervals (document sets merged small into
 * large) are O(M log M); at most `limit` runs are materialised, so the output is bounded too. No
 * pair of sentences or documents is ever compared.
 */
export function sharedRuns(
  sentences: readonly RunSentence[],
  minLength = MIN_RUN_LENGTH,
  limit = MAX_SHARED_RUNS,
): SharedRun[] {
  const { texts, copies, docs } = distinctTexts(sentences);
  const regions = sharedRegions(texts, docs, minLength);
  // Trimming and the redundancy rule drop some repeats, so twice the limit are materialised.
  const found = maximalRepeats(texts, copies, docs, regions, minLength, 2 * limit);
  return dropDocumentRedundant(mergeTrimmed(found, sentences, minLength), sentences).slice(0, limit);
}

/** The width-folded sentences once each, in first-seen order, with the sentences and documents (ascending) that read them. */
function distinctTexts(sentences: readonly RunSentence[]): { texts: string[]; copies: number[][]; docs: number[][] } {
  const index = new Map<string, number>();
  const texts: string[] = [];
  const copies: number[][] = [];
  const docs: number[][] = [];
  sentences.forEach((s, sentence) => {
    const text = foldForMatching(s.text);
    let t = index.get(text);
    if (t === undefined) {
      index.set(text, (t = texts.length));
      texts.push(text);
      copies.push([]);
      docs.push([]);
    }
    copies[t]!.push(sentence);
    // Sentences come document by document, so this drops nearly every repeat; sorting drops the rest.
    if (docs[t]!.at(-1) !== s.doc) docs[t]!.push(s.doc);
  });
  const unique = (list: number[]) => list.sort((a, b) => a - b).filter((d, i) => i === 0 || d !== list[i - 1]);
  return { texts, copies, docs: docs.map(unique) };
}

/** Trims punctuation off both ends, drops what is then too short, merges runs that trim alike. */
function mergeTrimmed(runs: readonly SharedRun[], sentences: readonly RunSentence[], k: number): SharedRun[] {
  const byText = new Map<string, Map<string, { sentence: number; offset: number }>>();
  for (const run of runs) {
    const lead = run.text.length - run.text.replace(/^[\s\p{P}\p{S}]+/u, '').length;
    const text = run.text.replace(EDGE, '');
    if ([...text].length < k) continue;
    const occurrences = byText.get(text) ?? new Map();
    for (const o of run.occurrences)
      occurrences.set(`${o.sentence}:${o.offset + lead}`, { sentence: o.sentence, offset: o.offset + lead });
    byText.set(text, occurrences);
  }
  return [...byText]
    .map(([text, occurrences]) => ({
      text,
      occurrences: [...occurrences.values()].sort((a, b) => a.sentence - b.sentence || a.offset - b.offset),
    }))
    .filter((run) => new Set(run.occurrences.map((o) => sentences[o.sentence]!.doc)).size >= 2);
}

/**
 * Drops a run inside a longer run used by exactly the same documents: it tells a reader nothing
 * the longer one does not (a document repeating the short form elsewhere is not a new document).
 */
function dropDocumentRedundant(runs: readonly SharedRun[], sentences: readonly RunSentence[]): SharedRun[] {
  const docKey = (run: SharedRun) =>
    [...new Set(run.occurrences.map((o) => sentences[o.sentence]!.doc))].sort((a, b) => a - b).join(',');
  const groups = new Map<string, SharedRun[]>();
  for (const run of runs) {
    const key = docKey(run);
    const group = groups.get(key);
    if (group) group.push(run);
    else groups.set(key, [run]);
  }
  const kept = new Set<SharedRun>();
  for (const group of groups.values()) {
    const longestFirst = [...group].sort((a, b) => b.text.length - a.text.length);
    const chosen: SharedRun[] = [];
    for (const run of longestFirst) if (!chosen.some((c) => c.text.includes(run.text))) chosen.push(run);
    for (const run of chosen) kept.add(run);
  }
  return runs.filter((r) => kept.has(r));
}
