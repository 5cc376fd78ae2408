import type { SharedRun } from './shared-runs.ts';
import type { Region } from './shared-regions.ts';
import { lcpArray, suffixArray } from './suffix-array.ts';

const NONE = -1;
const MANY = -2;
const mergeLeft = (a: number, b: number) => (a === NONE ? b : b === NONE ? a : a === b ? a : MANY);

/** An LCP interval on the walk: its documents are tracked only when it is long enough to report. */
interface Interval {
  lcp: number;
  lb: number;
  /** Documents of its suffixes, or null while lcp < k (nothing under such an interval is reported from it). */
  docs: Set<number> | null;
  /** Left character shared by all its suffixes, NONE before any, MANY when they differ. */
  left: number;
}

/** What a finished subtree hands its parent: an interval's documents, or one suffix's documents. */
interface Carry {
  docs: Set<number> | null;
  /** The documents of a single suffix's text (a leaf), or null for an interval. */
  leaf: readonly number[] | null;
  left: number;
}

/** Adds `from`'s documents and left character to `into`, moving the smaller set into the larger. */
function absorb(into: Interval, from: Carry, k: number): void {
  into.left = mergeLeft(into.left, from.left);
  if (into.lcp < k) return;
  const docs = from.docs ?? (from.leaf ? new Set(from.leaf) : null);
  if (!docs) return;
  if (!into.docs) into.docs = docs;
  else {
    const [small, large] = into.docs.size < docs.size ? [into.docs, docs] : [docs, into.docs];
    for (const d of small) large.add(d);
    into.docs = large;
  }
}

/** A maximal repeat as an LCP interval: suffixes sa[lb..rb] share its first `length` characters. */
interface Candidate {
  lb: number;
  rb: number;
  length: number;
  docs: number;
}

/**
 * Maximal repeats (left- and right-maximal, ≥ k long, in ≥ 2 documents) of the shared regions,
 * by a bottom-up walk of the LCP intervals. `texts` are distinct: `copies[t]` lists the sentences
 * that read `texts[t]` and `docs[t]` their documents, ascending. A text's copies would stand side
 * by side in a suffix array of every sentence, separated only by their unique region ends, so one
 * suffix stands for all of them: its documents are all their documents, and where its remainder
 * is longer than what it shares with either neighbour, the copies alone form an interval of that
 * length. The suffix array therefore grows with the distinct text, not with its copies. Region
 * boundaries are unique separators. Document sets merge small into large, so the walk is
 * O(M log M); at most `limit` repeats are materialised, most documents first, then longest.
 */
export function maximalRepeats(
  texts: readonly string[],
  copies: readonly (readonly number[])[],
  docs: readonly (readonly number[])[],
  regions: readonly Region[],
  k: number,
  limit: number,
): SharedRun[] {
  const length = regions.reduce((n, r) => n + r.end - r.start + 1, 0);
  const codes = new Int32Array(length);
  const regionAt = new Int32Array(length);
  const regionStart: number[] = [];
  let p = 0;
  regions.forEach((r, index) => {
    regionStart.push(p);
    for (let i = r.start; i < r.end; i++) {
      regionAt[p] = index;
      codes[p++] = texts[r.text]!.charCodeAt(i);
    }
    regionAt[p] = index;
    codes[p++] = 0x10000 + index;
  });
  const sa = suffixArray(codes);
  const lcp = lcpArray(codes, sa);
  const textAt = (i: number) => regions[regionAt[sa[i]!]!]!.text;
  // A suffix at the start of its region has a unique left neighbour: it cannot be extended left.
  const leftAt = (i: number) => (sa[i]! === regionStart[regionAt[sa[i]!]!] ? MANY : codes[sa[i]! - 1]!);
  /** Characters from suffix i to its region's end. */
  const restAt = (i: number) => {
    const r = regionAt[sa[i]!]!;
    return regionStart[r]! + regions[r]!.end - regions[r]!.start - sa[i]!;
  };

  const candidates: Candidate[] = [];
  const stack: Interval[] = [{ lcp: 0, lb: 0, docs: null, left: NONE }];
  for (let i = 1; i <= length; i++) {
    const l = i < length ? lcp[i]! : 0;
    const leaf = i - 1;
    const leafDocs = docs[textAt(leaf)]!;
    const rest = restAt(leaf);
    if (
      copies[textAt(leaf)]!.length > 1 &&
      rest >= k &&
      rest > l &&
      rest > lcp[leaf]! &&
      leftAt(leaf) === MANY &&
      leafDocs.length >= 2
    ) {
      candidates.push({ lb: leaf, rb: leaf, length: rest, docs: leafDocs.length });
    }
    let carry: Carry = { docs: null, leaf: leafDocs, left: leftAt(leaf) };
    let lb = leaf;
    while (l < stack.at(-1)!.lcp) {
      const top = stack.pop()!;
      absorb(top, carry, k);
      if (top.lcp >= k && top.left === MANY && top.docs!.size >= 2)
        candidates.push({ lb: top.lb, rb: i - 1, length: top.lcp, docs: top.docs!.size });
      carry = { docs: top.docs, leaf: null, left: top.left };
      lb = top.lb;
    }
    const top = stack.at(-1)!;
    if (l > top.lcp) {
      const opened: Interval = { lcp: l, lb, docs: null, left: NONE };
      absorb(opened, carry, k);
      stack.push(opened);
    } else absorb(top, carry, k);
  }

  // Equal documents and length: lb order is the repeats' code-unit order, whatever the copies.
  candidates.sort((a, b) => b.docs - a.docs || b.length - a.length || a.lb - b.lb);
  return candidates.slice(0, limit).map(({ lb, rb, length: len }) => {
    const occurrences = [];
    for (let i = lb; i <= rb; i++) {
      const region = regions[regionAt[sa[i]!]!]!;
      const offset = region.start + sa[i]! - regionStart[regionAt[sa[i]!]!]!;
      for (const sentence of copies[region.text]!) occurrences.push({ sentence, offset });
    }
    const region = regions[regionAt[sa[lb]!]!]!;
    const offset = occurrences[0]!.offset;
    return { text: texts[region.text]!.slice(offset, offset + len), occurrences };
  });
}
