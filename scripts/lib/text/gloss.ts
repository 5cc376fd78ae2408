/**
 * Pinyin glosses that auto-converters put after characters (產(chǎn)業(yè)): the normalisation step
 * removes them from the text; metadata detection also drops them from what it matches and from
 * a title it takes, so it reads such a head right whatever ran before it.
 */
const GLOSS = /(?<=\p{Script=Han})[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}[1-5]?[)）]/gu;

export function withoutGlosses(text: string): string {
  // Most lines have no bracket at all: skip the pattern for them.
  if (!text.includes('(') && !text.includes('（')) return text;
  return text.replace(GLOSS, '');
}
