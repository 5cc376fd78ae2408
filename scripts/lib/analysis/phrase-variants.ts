/** A use of a phrase: the sentence (an index) and the span of it that the phrase covers. */
export interface VariantUse {
  sentence: number;
  offset: number;
  length: number;
}

export interface VariantInput {
  text: string;
  uses: VariantUse[];
}

/** A phrase with the shorter phrases merged under it. */
export interface VariantFamily {
  text: string;
  /** The head's uses and those of its variants that no longer use covers, in corpus order. */
  uses: VariantUse[];
  /** The merged phrases, longest first, each with all its own uses. */
  variants: VariantInput[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merges every phrase that lies inside a longer one under a phrase containing it: the one whose
 * uses hold most of its uses, the longest of those when tied. 社会消费品零售总额 goes under
 * 社会消费品零售总额增长, so a reader sees one entry with its variants rather than a list of
 * overlapping cuts of the same wording. A variant's use inside a
 * use of the head (or of a longer variant) in the same sentence is counted once. Heads are the
 * phrases no longer phrase contains. O(P² × uses) for P phrases of one list, which is
 * at most a few thousand.
 */
export function mergeVariants(phrases: readonly VariantInput[]): { families: VariantFamily[]; merged: number } {
  const longestFirst = [...phrases].sort((a, b) => b.text.length - a.text.length || byCodePoint(a.text, b.text));
  const families: VariantFamily[] = [];
  let merged = 0;
  const usesOf = new Map(phrases.map((p) => [p.text, p.uses]));
  /** How many of `p`'s uses lie inside a use of `head`'s own text. */
  const covered = (p: VariantInput, head: VariantFamily) =>
    p.uses.filter((u) =>
      usesOf
        .get(head.text)!
        .some((h) => h.sentence === u.sentence && h.offset <= u.offset && u.offset + u.length <= h.offset + h.length),
    ).length;
  for (const p of longestFirst) {
    const containing = families.filter((f) => f.text !== p.text && f.text.includes(p.text));
    // Under the containing phrase its uses sit in most often; the longest of those when tied.
    const head = containing.reduce<VariantFamily | undefined>(
      (best, f) => (best === undefined || covered(p, f) > covered(p, best) ? f : best),
      undefined,
    );
    if (head) {
      head.variants.push(p);
      merged++;
    } else families.push({ text: p.text, uses: [], variants: [] });
  }
  for (const family of families) {
    const kept = new Map<number, VariantUse[]>();
    for (const member of [{ text: family.text, uses: usesOf.get(family.text)! }, ...family.variants]) {
      for (const use of member.uses) {
        const here = kept.get(use.sentence) ?? [];
        if (!here.some((c) => c.offset <= use.offset && use.offset + use.length <= c.offset + c.length))
          kept.set(use.sentence, [...here, use]);
      }
    }
    family.uses = [...kept.values()].flat().sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
  }
  return { families, merged };
}
