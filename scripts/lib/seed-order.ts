/**
 * The order in which seeds claim their text and their id. Of two files with the same text, the
 * first in this order is kept and the other reported as its duplicate: a file the catalog
 * describes comes before one it does not (so its metadata and URL are not lost to a copy), then
 * names in code-point order (so the result does not depend on the locale).
 */
export function claimOrder(seeds: readonly { file: string; entry: unknown }[]): number[] {
  return seeds
    .map((seed, index) => ({ described: seed.entry !== undefined, file: seed.file, index }))
    .sort((a, b) => Number(b.described) - Number(a.described) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((s) => s.index);
}
