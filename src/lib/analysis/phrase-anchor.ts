/**
 * The fragment id of a phrase on the phrases page, e.g. "phrase-1kq3m0x": a hash of the phrase
 * text (FNV-1a over its UTF-16 code units, base 36), so a link to it survives a corpus that
 * gains or loses phrases. Runs in the browser too (the compare page links to it).
 */
export function phraseAnchor(phrase: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < phrase.length; i++) {
    hash ^= phrase.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `phrase-${hash.toString(36)}`;
}
