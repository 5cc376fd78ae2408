import type { OrganisationsFile } from '../../../src/schemas/analysis.ts';
import type { OrganisationDictionary, OrganisationType } from '../../../src/schemas/lexicons.ts';
import { createLexicon } from '../text/lexicon.ts';
import { suffixCandidates } from './organisation-suffixes.ts';
import type { SegmentedPassage } from './segmented.ts';

type Organisation = OrganisationsFile['organisations'][number];

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `organisations.json`: organisations named in the corpus, by the dictionary first and then by
 * suffix patterns where no dictionary name already covers the text (华为公司 is 华为, once). Most
 * documents first, then most mentions, then name. O(characters × longest name + words).
 */
export function findOrganisations(passages: readonly SegmentedPassage[], dictionary: OrganisationDictionary): OrganisationsFile {
  const find = createLexicon(dictionary.organisations.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o] as const)));
  const generic = new Set(dictionary.generic);
  const found = new Map<string, Organisation>();
  const mention = (name: string, type: OrganisationType, source: Organisation['source'], p: SegmentedPassage, text: string) => {
    const key = `${source} ${name}`;
    let org = found.get(key);
    if (!org) found.set(key, (org = { name, type, source, documents: [], mentions: [] }));
    if (!org.documents.includes(p.doc)) org.documents.push(p.doc);
    org.mentions.push({ doc: p.doc, sentence: p.id, text });
  };

  for (const p of passages) {
    const boundaries = new Set([0]);
    let at = 0;
    for (const w of p.words) boundaries.add((at += w.length));
    // A two-character name must sit on a word boundary: 格力 is not in 严格力度.
    const named = find(p.text).filter((m) => m.end - m.start > 2 || boundaries.has(m.start) || boundaries.has(m.end));
    for (const m of named) mention(m.value.name, m.value.type, 'dictionary', p, m.text);
    for (const c of suffixCandidates(p.words, generic)) {
      if (named.some((m) => m.start < c.end && c.start < m.end)) continue;
      mention(c.name, c.type, 'suffix', p, c.name);
    }
  }

  const organisations = [...found.values()].map((o) => ({ ...o, documents: o.documents.sort(byCodePoint) }));
  organisations.sort((a, b) =>
    b.documents.length - a.documents.length || b.mentions.length - a.mentions.length || byCodePoint(a.name, b.name) || byCodePoint(a.source, b.source));
  return { organisations };
}
