/**
 * Suffix array by prefix doubling with counting sorts, O(n log L) time for a longest repeat of L
 * (at most O(n log n)) and O(n + largest code) memory, over non-negative integer codes
 * (characters, or unique separators above the character range).
 * `suffixArray([b,a,n,a,n,a])` is [5, 3, 1, 0, 4, 2].
 */
export function suffixArray(codes: ArrayLike<number>): Int32Array {
  const n = codes.length;
  const sa = new Int32Array(n);
  if (n === 0) return sa;
  let rank = new Int32Array(n);
  let next = new Int32Array(n);
  // The first round is a counting sort on the codes themselves.
  let max = 0;
  for (let i = 0; i < n; i++) if (codes[i]! > max) max = codes[i]!;
  const first = new Int32Array(max + 2);
  for (let i = 0; i < n; i++) first[codes[i]! + 1]! += 1;
  for (let c = 1; c <= max + 1; c++) first[c]! += first[c - 1]!;
  for (let i = 0; i < n; i++) sa[first[codes[i]!]!++] = i;
  for (let i = 1; i < n; i++) rank[sa[i]!] = rank[sa[i - 1]!]! + (codes[sa[i]!] !== codes[sa[i - 1]!] ? 1 : 0);
  const byFirst = new Int32Array(n);
  const count = new Int32Array(n + 1);
  for (let k = 1; rank[sa[n - 1]!]! < n - 1; k <<= 1) {
    // Order by the second half (rank of i + k, missing sorts first), then stably by the first half.
    let p = 0;
    for (let i = n - k; i < n; i++) byFirst[p++] = i;
    for (let j = 0; j < n; j++) if (sa[j]! >= k) byFirst[p++] = sa[j]! - k;
    count.fill(0);
    for (let i = 0; i < n; i++) count[rank[i]! + 1]! += 1;
    for (let r = 1; r <= n; r++) count[r]! += count[r - 1]!;
    for (let j = 0; j < n; j++) sa[count[rank[byFirst[j]!]!]!++] = byFirst[j]!;
    const second = (i: number) => (i + k < n ? rank[i + k]! : -1);
    next[sa[0]!] = 0;
    for (let j = 1; j < n; j++) {
      const a = sa[j - 1]!;
      const b = sa[j]!;
      next[b] = next[a]! + (rank[a] !== rank[b] || second(a) !== second(b) ? 1 : 0);
    }
    [rank, next] = [next, rank];
  }
  return sa;
}

/**
 * Kasai's longest-common-prefix array in O(n): `lcp[i]` is the length shared by the suffixes at
 * `sa[i - 1]` and `sa[i]`; `lcp[0]` is 0.
 */
export function lcpArray(codes: ArrayLike<number>, sa: Int32Array): Int32Array {
  const n = codes.length;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[sa[i]!] = i;
  const lcp = new Int32Array(n);
  let h = 0;
  for (let i = 0; i < n; i++) {
    if (rank[i]! > 0) {
      const j = sa[rank[i]! - 1]!;
      while (i + h < n && j + h < n && codes[i + h] === codes[j + h]) h++;
      lcp[rank[i]!] = h;
      if (h > 0) h--;
    } else h = 0;
  }
  return lcp;
}
