/**
 * On a document page opened from a search result (`?hl=营商环境#s0012`): marks the sentence and
 * the searched terms inside it, matching as the search did (normalised text), without touching
 * the sentence's theme chips and evidence box.
 */
import { matchRanges } from './query.ts';
import { normalize, type CharMap } from './tokenize.ts';

/** Parts of a sentence element that are not its text. */
const NOT_TEXT = '.chips, .ev';

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Wraps each occurrence of `terms` in `root`'s text in `<mark>`; returns how many were marked. */
export function markTerms(root: Element, terms: readonly string[], t2s: CharMap): number {
  const nodes = textNodes(root);
  const starts: number[] = [];
  let length = 0;
  for (const node of nodes) {
    starts.push(length);
    length += node.data.length;
  }
  const ranges = matchRanges(
    nodes.map((n) => n.data).join(''),
    terms.map((term) => normalize(term, t2s)),
    t2s,
  );
  for (const range of [...ranges].reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const from = Math.max(range.start - starts[i]!, 0);
      const to = Math.min(range.end - starts[i]!, node.data.length);
      if (from >= to) continue;
      node.splitText(to);
      const middle = node.splitText(from);
      const mark = document.createElement('mark');
      mark.className = 'search-term';
      middle.replaceWith(mark);
      mark.append(middle);
    }
  }
  return ranges.length;
}
