import type { ThemeId } from '../schemas/codebook.ts';
import type { DocumentRecord } from '../schemas/document.ts';
import type { Passage } from '../schemas/passage.ts';

export interface TermCount {
  term: string;
  count: number;
}

export interface ParkTerms {
  /** The park id, or the document id for a document without one. */
  key: string;
  /** The park's name as written, or the document title when the park is unknown. */
  label: string;
  /** Ids of the park's documents. */
  documents: string[];
  /** Most frequent first, ties in code-point order. */
  terms: TermCount[];
}

type Doc = Pick<DocumentRecord, 'id' | 'park' | 'parkId' | 'title'>;
type Tagged = Pick<Passage, 'doc' | 'themes' | 'evidence'>;
type Park = { label: string; documents: string[]; counts: Map<string, number> };

/**
 * The `n` words that most often fired `theme` in each park's sentences. A word counts once per
 * hit inside the sentence; heading hits are left out because they repeat for every sentence
 * of the section. Parks are ordered by their total number of hits, then by label.
 */
export function evidenceTermsByPark(
  theme: ThemeId,
  documents: readonly Doc[],
  passages: readonly Tagged[],
  n = 8,
): ParkTerms[] {
  const parkOf = new Map(documents.map((d) => [d.id, d.parkId ?? d.id]));
  const parks = new Map<string, Park>();
  for (const d of documents) {
    const key = parkOf.get(d.id)!;
    const park: Park = parks.get(key) ?? { label: d.park ?? d.title, documents: [], counts: new Map() };
    park.documents.push(d.id);
    parks.set(key, park);
  }
  for (const p of passages) {
    if (!p.themes.includes(theme)) continue;
    const park = parks.get(parkOf.get(p.doc) ?? '');
    if (!park) continue;
    for (const hit of p.evidence.find((e) => e.theme === theme)?.hits ?? []) {
      if (hit.where === 'sentence') park.counts.set(hit.text, (park.counts.get(hit.text) ?? 0) + 1);
    }
  }
  const byCount = (a: TermCount, b: TermCount) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
  return [...parks]
    .map(([key, park]) => ({
      key,
      label: park.label,
      documents: park.documents,
      total: [...park.counts.values()].reduce((s, c) => s + c, 0),
      terms: [...park.counts]
        .map(([term, count]) => ({ term, count }))
        .sort(byCount)
        .slice(0, n),
    }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'zh-CN'))
    .map(({ total: _total, ...row }) => row);
}
