import type { RemovedLine } from '../../../src/schemas/document.ts';

/** One piece of text cut from inside a line: the line it was in (1-based), what was cut and why. */
export interface Cut {
  line: number;
  text: string;
  reason: string;
}

/**
 * Cuts as `removed` entries of kind "span": identical cuts (same text, same reason) become one
 * entry with the first line they occur on and how many times, so 200 identical pinyin glosses
 * are one row rather than 200. Entries keep the order of first occurrence.
 */
export function aggregateCuts(cuts: readonly Cut[]): RemovedLine[] {
  const byKey = new Map<string, RemovedLine & { count: number }>();
  for (const cut of cuts) {
    const key = `${cut.reason}\u0000${cut.text}`;
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { line: cut.line, text: cut.text, reason: cut.reason, kind: 'span', count: 1 });
  }
  return [...byKey.values()];
}
