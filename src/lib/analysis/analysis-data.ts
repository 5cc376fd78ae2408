/**
 * The analysis files of content/data/ (keyness.json, word-counts.json, phrases.json,
 * targets.jsonl, industries.csv, organisations.json), read through corpus.ts and parsed with
 * their schemas. A file the pipeline has not written reads as empty, so a page says "none"
 * instead of failing; a file that is there but malformed fails the build with its name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { KeynessFile, OrganisationsFile, PhrasesFile, Target, WordCountsFile } from '../../schemas/analysis.ts';
import { IndustryCodebook, type Industry } from '../../schemas/lexicons.ts';
import { parseJsonLines, parseWith, readOptionalJson, readOptionalText } from '../corpus.ts';
import { parseIndustriesCsv, type IndustryCounts } from './industries-csv.ts';

function memo<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

function parseJsonFile<T>(file: string, schema: z.ZodType<T>, empty: T): T {
  return readOptionalJson(file, schema) ?? empty;
}

export const getKeyness = memo(() =>
  parseJsonFile('keyness.json', KeynessFile, {
    method: 'log-odds-informative-dirichlet',
    codebookVersion: '',
    priorSize: 1,
    minCount: 1,
    documents: [],
  }),
);

const keynessIndex = memo(() => new Map(getKeyness().documents.map((d) => [d.doc, d])));

/** One document's distinctive words, highest z first; empty when it has none. */
export function getKeyTerms(doc: string) {
  return keynessIndex().get(doc)?.terms ?? [];
}

export const getWordCounts = memo(() =>
  parseJsonFile('word-counts.json', WordCountsFile, { vocabulary: [], documents: [] }),
);

export const getPhrases = memo(() =>
  parseJsonFile('phrases.json', PhrasesFile, {
    codebookVersion: '',
    minRunLength: 8,
    contextChars: 20,
    merged: 0,
    phrases: [],
  }),
);

export const getOrganisations = memo(
  () => parseJsonFile('organisations.json', OrganisationsFile, { organisations: [] }).organisations,
);

/** Every line of targets.jsonl, in file order. */
export const getTargets = memo((): Target[] => {
  return parseJsonLines(Target, readOptionalText('targets.jsonl') ?? '', 'targets.jsonl');
});

/** industries.csv: the industry ids in column order and each document's mention counts. */
export const getIndustryCounts = memo((): IndustryCounts => {
  const text = readOptionalText('industries.csv');
  return text === null ? { industries: [], documents: new Map() } : parseIndustriesCsv(text);
});

/**
 * The industry list the analysis counted with (content/industries.yaml of the project, as
 * scripts/lib/analysis/lexicons.ts reads it), for the industries' names.
 */
export const getIndustries = memo((): Industry[] => {
  const file = resolve('content/industries.yaml');
  return parseWith(IndustryCodebook, parseYaml(readFileSync(file, 'utf8')), file).industries;
});
