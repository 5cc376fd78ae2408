import { createHash } from 'node:crypto';
import type { Codebook, PublishedCodebook } from '../../../src/schemas/codebook.ts';
import type { DocumentRecord } from '../../../src/schemas/document.ts';
import { INSTRUMENT_IDS, type InstrumentCodebook, type PublishedInstrumentCodebook } from '../../../src/schemas/instruments.ts';
import type { Industry } from '../../../src/schemas/lexicons.ts';
import type { Passage } from '../../../src/schemas/passage.ts';
import type { SiteConfig } from '../../../src/schemas/site-config.ts';
import { csvCell } from '../../../src/lib/csv-cell.ts';

/** File name -> exact contents; written under content/data/ and served at <base>/data/. */
export type DataFiles = Map<string, string>;

/** What the datapackage says about the dataset itself, from site.config.yaml. */
export type DatasetIdentity = Pick<SiteConfig, 'id' | 'title' | 'dataset'>;

const BOM = '\uFEFF';
const META_COLUMNS = ['doc', 'park', 'year', 'type', 'level', 'province', 'sentences'] as const;

/** matrix.csv's column of a theme's sentence count, after the share columns: "investment_count". */
export const countColumn = (theme: string): string => `${theme}_count`;

/**
 * The open data of a build. Contains nothing time-dependent, so the same seeds give identical
 * bytes. `industries` (content/industries.yaml) names the columns of industries.csv in
 * datapackage.json; `identity` gives its name, title, description and licence. The analysis
 * files themselves come from scripts/lib/analysis.
 */
export function openData(codebook: Codebook, instruments: InstrumentCodebook, records: readonly DocumentRecord[], passages: readonly Passage[], industries: readonly Pick<Industry, 'id' | 'en'>[], identity: DatasetIdentity): DataFiles {
  const themeIds = codebook.themes.map((t) => t.id);
  const files: DataFiles = new Map();
  const published: PublishedCodebook = {
    version: codebook.version,
    threshold: codebook.threshold,
    headingWeight: codebook.headingWeight,
    headingBoost: codebook.headingBoost,
    themes: codebook.themes.map(({ positive: _p, negative: _n, ...theme }) => theme),
    aliases: codebook.aliases,
  };
  files.set('codebook.json', json(published));
  files.set('documents.json', json(records));
  files.set('passages.jsonl', passages.map((p) => JSON.stringify(p)).join('\n') + '\n');
  files.set('matrix.csv', BOM + csv([
    [...META_COLUMNS, ...themeIds, ...themeIds.map(countColumn)],
    ...records.map((r) => [
      r.id, r.park ?? '', r.year ?? '', r.type, r.level, r.province ?? '', r.bodySentences,
      ...themeIds.map((id) => r.themeShares[id].toFixed(4)),
      // The counts beside the shares: 16.7% reads differently as 1 of 6 than as 20 of 120.
      ...themeIds.map((id) => r.themeCounts[id]),
    ]),
  ]));
  const publishedInstruments: PublishedInstrumentCodebook = {
    version: instruments.version,
    instruments: instruments.instruments.map(({ positive: _p, negative: _n, ...instrument }) => instrument),
  };
  files.set('instruments.json', json(publishedInstruments));
  files.set('instruments.csv', BOM + csv(instrumentRows(records, passages, themeIds)));
  files.set('datapackage.json', json(dataPackage(codebook, instruments, records, themeIds, industries, identity)));
  return files;
}

const INSTRUMENT_COLUMNS = ['doc', 'theme', 'tagged', ...INSTRUMENT_IDS, 'unidentified'] as const;

/** instruments.csv: per document and theme, how many of the theme's sentences use each instrument type. */
function instrumentRows(records: readonly DocumentRecord[], passages: readonly Passage[], themeIds: readonly string[]): (string | number)[][] {
  const counts = new Map<string, number[]>();
  for (const p of passages) {
    for (const theme of p.themes) {
      const key = `${p.doc}\t${theme}`;
      const row = counts.get(key) ?? counts.set(key, new Array(INSTRUMENT_COLUMNS.length - 2).fill(0)).get(key)!;
      row[0]! += 1;
      for (const id of p.instruments) row[1 + INSTRUMENT_IDS.indexOf(id)]! += 1;
      if (p.instruments.length === 0) row[row.length - 1]! += 1;
    }
  }
  const rows: (string | number)[][] = [[...INSTRUMENT_COLUMNS]];
  for (const r of records) for (const theme of themeIds) rows.push([r.id, theme, ...(counts.get(`${r.id}\t${theme}`) ?? new Array(INSTRUMENT_COLUMNS.length - 2).fill(0))]);
  return rows;
}

/** Identifies the corpus a build saw: changes when any document's text changes. */
export function corpusVersion(records: readonly DocumentRecord[]): string {
  const hash = createHash('sha256');
  for (const r of [...records].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${r.id}:${r.sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** RFC 4180: quote a field when it holds a comma, quote or line break; neutralise one that would start a formula (csvCell). */
function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function dataPackage(codebook: Codebook, instruments: InstrumentCodebook, records: readonly DocumentRecord[], themeIds: readonly string[], industries: readonly Pick<Industry, 'id' | 'en'>[], identity: DatasetIdentity) {
  const string = (name: string, description: string) => ({ name, type: 'string', description });
  const integer = (name: string, description: string) => ({ name, type: 'integer', description });
  const number = (name: string, description: string) => ({ name, type: 'number', description });
  const array = (name: string, description: string) => ({ name, type: 'array', description });
  const jsonResource = (name: string, path: string, description: string, fields: object[]) => ({
    name, path, format: 'json', mediatype: 'application/json', encoding: 'utf-8', description, schema: { fields },
  });
  return {
    profile: 'data-package',
    name: identity.id,
    title: `${identity.title.zh} ${identity.title.en}`,
    description: identity.dataset.description,
    version: codebook.version,
    codebookVersion: codebook.version,
    corpusVersion: corpusVersion(records),
    documents: records.length,
    licenses: [{ name: identity.dataset.licence.name, title: identity.dataset.licence.title }],
    resources: [
      {
        name: 'codebook', path: 'codebook.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8',
        description: 'Themes with Chinese and English names, definitions, weighted terms, patterns and exclusions; tagging threshold, heading weight and heading boost.',
      },
      {
        name: 'documents', path: 'documents.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8',
        description: 'One object per document: metadata with provenance, counts, removed web-noise lines, outline and theme shares.',
        schema: { fields: [
          string('id', 'Document id, used in URLs and in passages.doc'),
          string('seed', 'File name in seeds/'),
          string('title', 'Title'),
          string('park', 'Park name as written (null if unknown)'),
          { name: 'anonymized', type: 'boolean', description: 'True if the authors withheld the park name' },
          string('level', 'national-hitech | national-etdz | state-new-area | provincial | county | unknown'),
          string('province', 'Province'),
          string('city', 'City'),
          { name: 'year', type: 'integer', description: 'Year the plan is for' },
          { name: 'date', type: 'date', description: 'Publication date' },
          string('source', 'Outlet or issuing body'),
          string('type', 'work-points | work-plan | speech | symposium | news-report | unknown'),
          { name: 'sentenceCount', type: 'integer', description: 'Sentences in the cleaned text, headings included' },
          { name: 'bodySentences', type: 'integer', description: 'Sentences that are not headings: the denominator of themeShares' },
          { name: 'chars', type: 'integer', description: 'Characters in the cleaned text' },
          { name: 'removed', type: 'array', description: 'Lines removed as web noise: {line, text, reason}' },
          { name: 'themeShares', type: 'object', description: 'Share of body sentences (not headings) carrying each theme, 0..1' },
        ] },
      },
      {
        name: 'passages', path: 'passages.jsonl', format: 'jsonl', mediatype: 'application/jsonl', encoding: 'utf-8',
        description: 'One JSON object per line, one line per sentence.',
        schema: { fields: [
          string('doc', 'Document id'),
          string('id', 'Sentence id, anchor #id on the document page'),
          string('section', 'Id of the innermost outline section (null before the first heading)'),
          string('text', 'The sentence verbatim'),
          { name: 'heading', type: 'boolean', description: 'True if the sentence is a heading' },
          { name: 'themes', type: 'array', description: 'Theme ids the sentence carries' },
          { name: 'evidence', type: 'array', description: 'Per theme: score and hits {rule, match, text, weight, where}' },
          { name: 'instruments', type: 'array', description: 'Policy-instrument types the sentence uses: supply | demand | environment (empty when it carries no theme)' },
          { name: 'instrumentEvidence', type: 'array', description: 'Per tool found: {instrument, tool, terms}' },
        ] },
      },
      {
        name: 'instruments', path: 'instruments.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8',
        description: `The policy-instrument codebook (version ${instruments.version}): supply-, demand- and environment-side types (Rothwell & Zegveld 1985), their tools and terms.`,
      },
      {
        name: 'instrument-counts', path: 'instruments.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8-sig',
        description: 'Documents x themes: of the sentences carrying the theme, how many use each instrument type. A sentence may use several types, so the type columns can sum to more than tagged.',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: { fields: [
          string('doc', 'Document id'), string('theme', 'Theme id'),
          integer('tagged', 'Sentences carrying the theme'),
          ...INSTRUMENT_IDS.map((id) => integer(id, `Of those, sentences using a ${id}-side instrument`)),
          integer('unidentified', 'Of those, sentences in which no instrument was identified'),
        ] },
      },
      {
        name: 'matrix', path: 'matrix.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8-sig',
        description: 'Documents x themes: share of each document\'s body sentences (headings not counted) carrying each theme, then the same as counts (the base is sentences).',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: { fields: [
          string('doc', 'Document id'), string('park', 'Park'), { name: 'year', type: 'integer' }, string('type', 'Document type'),
          string('level', 'Park level'), string('province', 'Province'), { name: 'sentences', type: 'integer', description: 'Body sentences (not headings): the denominator of the shares' },
          ...themeIds.map((id) => ({ name: id, type: 'number', description: `Share of body sentences tagged ${id}: ${countColumn(id)} / sentences` })),
          ...themeIds.map((id) => ({ name: countColumn(id), type: 'integer', description: `Body sentences tagged ${id}: the numerator of the share; sentences is the base` })),
        ] },
      },
      jsonResource('keyness', 'keyness.json', 'Each document\'s most distinctive words against the rest of the corpus: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).', [
        string('method', 'Always log-odds-informative-dirichlet'),
        string('codebookVersion', 'Version of the codebook whose dictionary the segmenter used'),
        number('priorSize', 'Total pseudo-count of the prior, spread over words by corpus frequency'),
        integer('minCount', 'Fewest occurrences in a document for a word to be listed'),
        array('documents', 'Per document: {doc, tokens, terms: [{word, z, delta, count, rest}]}, up to 30 words with positive z, highest first'),
      ]),
      jsonResource('word-counts', 'word-counts.json', 'Every document\'s counted words, so keyness can be computed for any group of documents.', [
        array('vocabulary', 'Every counted word once, most frequent in the corpus first'),
        array('documents', 'Per document: {doc, tokens, counts}, counts as flat pairs [vocabulary index, count, ...], indexes ascending'),
      ]),
      jsonResource('phrases', 'phrases.json', 'Quoted slogans and identical runs of text that two or more documents share, with every use in context.', [
        string('codebookVersion', 'Version of the codebook whose dictionary the segmenter used'),
        integer('minRunLength', 'Shortest shared run reported, in characters'),
        integer('contextChars', 'Characters of context on each side of a match, at most'),
        integer('merged', 'Shared runs merged as variants under a longer phrase containing them'),
        array('phrases', 'Per phrase: {phrase, kind (quoted | shared-run), list (shared | indicator | boilerplate), documents, undated (how many have no year), firstYear (earliest among the dated ones), variants: [{phrase, documents}], occurrences: [{doc, sentence, offset, left, match, right}]}'),
      ]),
      {
        name: 'targets', path: 'targets.jsonl', format: 'jsonl', mediatype: 'application/jsonl', encoding: 'utf-8',
        description: 'One JSON object per line: a number with its unit found in a sentence (a target, a count, a deadline).',
        schema: { fields: [
          string('doc', 'Document id'),
          string('sentence', 'Sentence id, anchor #id on the document page'),
          string('text', 'The text matched, verbatim'),
          number('value', 'The number as written, Chinese numerals read; a deadline\'s year; null when unknown'),
          string('unit', 'The unit as written, "" when there is none'),
          number('normalized', 'value in the kind\'s base unit (yuan for money, km2 for area); null when unknown'),
          string('bound', 'at-least | about | at-most, or null'),
          string('thing', 'What the number counts, or null'),
          string('kind', 'count | money | area | percent | rank | deadline | other'),
          array('themes', 'Theme ids of the sentence'),
        ] },
      },
      {
        name: 'industries', path: 'industries.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8-sig',
        description: 'Documents x industries: mentions of each industry (content/industries.yaml) in each document.',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: { fields: [
          string('doc', 'Document id'),
          ...industries.map((i) => integer(i.id, `Mentions of ${i.en}`)),
        ] },
      },
      jsonResource('organisations', 'organisations.json', 'Firms, universities, research institutes and platforms the documents name.', [
        array('organisations', 'Per organisation: {name, type (enterprise | university | institute | platform), source (dictionary | suffix), documents, mentions: [{doc, sentence, text}]}'),
      ]),
      jsonResource('park-changes', 'park-changes.json', 'Per park (catalog parkId) and pair of consecutive documented years, per theme: sentences carried over (aligned one-to-one by character-bigram Dice similarity), dropped and new.', [
        string('method', 'Always char-bigram-dice-greedy'),
        number('threshold', 'Lowest similarity at which two sentences count as one item carried over'),
        string('codebookVersion', 'Version of the codebook whose themes group the sentences'),
        array('parks', 'Per park: {parkId, years: [{year, docs}], comparisons: [{from, to, themes: [{theme, carried: [{from: {doc, sentence}, to: {doc, sentence}, similarity}], dropped: [{doc, sentence}], new: [{doc, sentence}]}]}]}'),
      ]),
    ],
  };
}
