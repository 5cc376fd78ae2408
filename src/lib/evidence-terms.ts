import { THEME_IDS, type ThemeId } from '../schemas/codebook.ts';
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
type Park = { label: string; documents: string[] };

/**
 * Per theme, the `n` words that most often fired it in each park's sentences. A word counts once
 * per hit inside the sentence; heading hits are left out because they repeat for every sentence
 * of the section. Parks are ordered by their total number of hits, then by label. One pass over
 * the passages serves every theme (the build asks once: `getEvidenceTermsByPark` in corpus.ts).
 */
export function evidenceTermsByPark(
  documents: readonly Doc[],
  passages: readonly Tagged[],
  n = 8,
): Map<ThemeId, ParkTerms[]> {
  const parks = parksOf(documents);
  const parkOf = new Map([...parks].flatMap(([key, park]) => park.documents.map((doc) => [doc, key] as const)));
  // Theme -> park key -> word -> hits.
  const counts = new Map<ThemeId, Map<string, Map<string, number>>>(THEME_IDS.map((t) => [t, new Map()]));
  for (const p of passages) {
    const key = parkOf.get(p.doc);
    if (key === undefined) continue;
    for (const theme of p.themes) {
      const perPark = counts.get(theme)!;
      let words = perPark.get(key);
      if (!words) perPark.set(key, (words = new Map()));
      for (const hit of p.evidence.find((e) => e.theme === theme)?.hits ?? [])
        if (hit.where === 'sentence') words.set(hit.text, (words.get(hit.text) ?? 0) + 1);
    }
  }
  return new Map([...counts].map(([theme, perPark]) => [theme, rows(parks, perPark, n)]));
}

/** Each park (or lone document) with its documents, in the order of `documents`. */
function parksOf(documents: readonly Doc[]): Map<string, Park> {
  const parks = new Map<string, Park>();
  for (const d of documents) {
    const key = d.parkId ?? d.id;
    const park: Park = parks.get(key) ?? { label: d.park ?? d.title, documents: [] };
    park.documents.push(d.id);
    parks.set(key, park);
  }
  return parks;
}

function rows(
  parks: ReadonlyMap<string, Park>,
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  n: number,
): ParkTerms[] {
  const byCount = (a: TermCount, b: TermCount) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
  const collator = new Intl.Collator('zh-CN');
  return [...parks]
    .map(([key, park]) => {
      const words = counts.get(key) ?? new Map<string, number>();
      return {
        key,
        label: park.label,
        documents: park.documents,
        total: [...words.values()].reduce((s, c) => s + c, 0),
        terms: [...words]
          .map(([term, count]) => ({ term, count }))
          .sort(byCount)
          .slice(0, n),
      };
    })
    .sort((a, b) => b.total - a.total || collator.compare(a.label, b.label))
    .map(({ total: _total, ...row }) => row);
}
