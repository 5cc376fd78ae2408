/** A stretch of one text in which every character lies under a gram two documents share. */
export interface Region {
  /** Index of the text. */
  text: number;
  start: number;
  end: number;
}

/**
 * Stretches of `texts` covered by a `k`-gram that occurs in at least two documents (`docs[i]`
 * lists the documents `texts[i]` occurs in, ascending): every gram is hashed (rolling, 32-bit) and
 * the hashes radix-sorted, O(N) for N characters. Any run of ≥ k characters shared by two
 * documents lies inside regions.
 */
export function sharedRegions(texts: readonly string[], docs: readonly (readonly number[])[], k: number): Region[] {
  const total = texts.reduce((n, t) => n + Math.max(0, t.length - k + 1), 0);
  const hash = new Uint32Array(total);
  const textOf = new Int32Array(total);
  const offsetOf = new Int32Array(total);
  const B = 0x01000193;
  let power = 1;
  for (let i = 1; i < k; i++) power = Math.imul(power, B);
  let g = 0;
  texts.forEach((text, s) => {
    let h = 0;
    for (let i = 0; i < text.length; i++) {
      if (i >= k) h = (h - Math.imul(text.charCodeAt(i - k), power)) | 0;
      h = (Math.imul(h, B) + text.charCodeAt(i)) | 0;
      if (i >= k - 1) {
        hash[g] = h >>> 0;
        textOf[g] = s;
        offsetOf[g] = i - k + 1;
        g++;
      }
    }
  });
  const order = radixOrder(hash);
  // A hash shared by two documents marks its grams; a collision only widens a region, which the
  // exact suffix-array step below then ignores.
  const sharedStart = texts.map((t) => new Uint8Array(t.length));
  for (let a = 0; a < total;) {
    let b = a + 1;
    // The gram's documents are the union of its texts' documents: two or more when they span two.
    let minDoc = docs[textOf[order[a]!]!]![0]!;
    let maxDoc = docs[textOf[order[a]!]!]!.at(-1)!;
    while (b < total && hash[order[b]!] === hash[order[a]!]) {
      const d = docs[textOf[order[b]!]!]!;
      if (d[0]! < minDoc) minDoc = d[0]!;
      if (d.at(-1)! > maxDoc) maxDoc = d.at(-1)!;
      b++;
    }
    if (minDoc !== maxDoc) for (let j = a; j < b; j++) sharedStart[textOf[order[j]!]!]![offsetOf[order[j]!]!] = 1;
    a = b;
  }
  const regions: Region[] = [];
  sharedStart.forEach((starts, text) => {
    let open = -1;
    let coveredTo = -1;
    for (let i = 0; i <= starts.length; i++) {
      if (i < starts.length && starts[i]) {
        if (open === -1 || i > coveredTo) {
          if (open !== -1) regions.push({ text, start: open, end: coveredTo });
          open = i;
        }
        coveredTo = i + k;
      }
    }
    if (open !== -1) regions.push({ text, start: open, end: coveredTo });
  });
  return regions;
}

/** Indexes of `keys` in ascending key order, stable: two 16-bit counting passes, O(n). */
function radixOrder(keys: Uint32Array): Uint32Array {
  let order = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[i] = i;
  let next = new Uint32Array(keys.length);
  for (const shift of [0, 16]) {
    const count = new Uint32Array(0x10001);
    for (let i = 0; i < keys.length; i++) count[((keys[i]! >>> shift) & 0xffff) + 1]! += 1;
    for (let i = 1; i <= 0xffff; i++) count[i]! += count[i - 1]!;
    for (let i = 0; i < keys.length; i++) next[count[(keys[order[i]!]! >>> shift) & 0xffff]!++] = order[i]!;
    [order, next] = [next, order];
  }
  return order;
}
