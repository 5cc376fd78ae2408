import type { OrganisationsFile } from '../../../src/schemas/analysis.ts';
import type { OrganisationDictionary, OrganisationType } from '../../../src/schemas/lexicons.ts';
import { createLexicon, type LexiconMatch } from '../text/lexicon.ts';
import { suffixCandidates } from './organisation-suffixes.ts';
import type { SegmentedPassage } from './segmented.ts';

type Organisation = OrganisationsFile['organisations'][number];

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One naming of an organisation in one sentence. */
export interface FoundOrganisation {
  name: string;
  type: OrganisationType;
  source: Organisation['source'];
  doc: string;
  sentence: string;
  /** The text as written. */
  text: string;
}

type NameFinder = (text: string) => LexiconMatch<OrganisationDictionary['organisations'][number]>[];
// Built once per dictionary: the ingest calls organisationMentions once per document.
const finders = new WeakMap<OrganisationDictionary, NameFinder>();

/**
 * The organisations `passages` name, in text order: by the dictionary first and then by suffix
 * patterns where no dictionary name already covers the text (华为公司 is 华为, once).
 * O(characters × longest name + words).
 */
export function organisationMentions(
  passages: readonly SegmentedPassage[],
  dictionary: OrganisationDictionary,
): FoundOrganisation[] {
  let find = finders.get(dictionary);
  if (!find)
    finders.set(
      dictionary,
      (find = createLexicon(
        dictionary.organisations.flatMap((o) => [o.name, ...o.aliases].map((n) => [n, o] as const)),
      )),
    );
  const generic = new Set(dictionary.generic);
  const found: FoundOrganisation[] = [];
  for (const p of passages) {
    const boundaries = new Set([0]);
    let at = 0;
    for (const w of p.words) boundaries.add((at += w.length));
    // A two-character name must sit on a word boundary: 格力 is not in 严格力度.
    const named = find(p.text).filter((m) => m.end - m.start > 2 || boundaries.has(m.start) || boundaries.has(m.end));
    for (const m of named)
      found.push({
        name: m.value.name,
        type: m.value.type,
        source: 'dictionary',
        doc: p.doc,
        sentence: p.id,
        text: m.text,
      });
    for (const c of suffixCandidates(p.words, generic)) {
      if (named.some((m) => m.start < c.end && c.start < m.end)) continue;
      found.push({ name: c.name, type: c.type, source: 'suffix', doc: p.doc, sentence: p.id, text: c.name });
    }
  }
  return found;
}

/**
 * `organisations.json` from every mention in corpus order: one entry per name and source, most
 * documents first, then most mentions, then name. O(mentions + organisations · log).
 */
export function collectOrganisations(mentions: Iterable<FoundOrganisation>): OrganisationsFile {
  const found = new Map<string, { org: Organisation; docs: Set<string> }>();
  for (const { name, type, source, doc, sentence, text } of mentions) {
    const key = `${source} ${name}`;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { org: { name, type, source, documents: [], mentions: [] }, docs: new Set() }));
    entry.docs.add(doc);
    entry.org.mentions.push({ doc, sentence, text });
  }
  const organisations = [...found.values()].map(({ org, docs }) => ({
    ...org,
    documents: [...docs].sort(byCodePoint),
  }));
  organisations.sort(
    (a, b) =>
      b.documents.length - a.documents.length ||
      b.mentions.length - a.mentions.length ||
      byCodePoint(a.name, b.name) ||
      byCodePoint(a.source, b.source),
  );
  return { organisations };
}
