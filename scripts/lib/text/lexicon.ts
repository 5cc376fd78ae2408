import { foldWidth } from './fold-width.ts';

export interface LexiconMatch<T> {
  start: number;
  end: number;
  /** The text matched, as written. */
  text: string;
  value: T;
}

interface Node<T> {
  next: Map<number, Node<T>>;
  entry?: { value: T };
}

const ASCII_WORD = /[A-Za-z0-9]/u;

/**
 * Finds dictionary entries in text, leftmost-longest and never overlapping, so 新能源汽车 is one
 * match, not 新能源 and 汽车. Text and entries are compared width-folded; an entry that starts or
 * ends with a Latin letter or digit must not continue a Latin word (AI is not found in MAIL).
 * O(text length × longest entry) per call.
 */
export function createLexicon<T>(entries: Iterable<readonly [string, T]>): (text: string) => LexiconMatch<T>[] {
  const root: Node<T> = { next: new Map() };
  for (const [term, value] of entries) {
    let node = root;
    for (const c of foldWidth(term)) {
      const code = c.charCodeAt(0);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    node.entry = { value };
  }
  return (original) => {
    const text = foldWidth(original);
    const found: LexiconMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      let node: Node<T> | undefined = root;
      let best: { end: number; value: T } | null = null;
      for (let j = i; j < text.length; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (!node) break;
        if (node.entry && fitsLatinBoundary(text, i, j + 1)) best = { end: j + 1, value: node.entry.value };
      }
      if (best) {
        found.push({ start: i, end: best.end, text: original.slice(i, best.end), value: best.value });
        i = best.end;
      } else i += 1;
    }
    return found;
  };
}

function fitsLatinBoundary(text: string, start: number, end: number): boolean {
  const joins = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && ASCII_WORD.test(a) && ASCII_WORD.test(b);
  return !joins(text[start - 1], text[start]) && !joins(text[end - 1], text[end]);
}
