/**
 * "Download these results": the hits of the current query and filters as CSV, one row per
 * sentence with its document, sentence id, address, text and themes, so a search can be taken
 * into a spreadsheet or cited sentence by sentence.
 */
import { toCsv } from '../csv-cell.ts';
import type { ShownHit } from './backend.ts';
import type { SearchConfig } from './config.ts';

const HEADER = ['doc', 'sentence', 'url', 'text', 'themes', 'section'] as const;

/** The CSV text of `hits`: UTF-8 with a BOM, so Excel and WPS read the Chinese. */
export function resultsCsv(hits: readonly ShownHit[], config: Pick<SearchConfig, 'docs'>, origin: string): string {
  const docs = new Map(config.docs.map((d) => [d.id, d]));
  const rows = hits.map((hit) => {
    const doc = docs.get(hit.doc);
    const url = doc ? new URL(`${doc.href}#${hit.id}`, origin).href : '';
    return [hit.doc, hit.id, url, hit.text, hit.values.theme.join(' '), hit.section];
  });
  return `\uFEFF${toCsv([[...HEADER], ...rows])}`;
}

/** A file name that says what was searched: search-营商环境.csv. */
export function resultsFileName(q: string): string {
  const safe = q.replace(/[\\/:*?"<>|\s]+/gu, '_').slice(0, 40);
  return `search-${safe || 'results'}.csv`;
}

/** Saves `hits` as a CSV file through a temporary link. */
export function downloadResults(hits: readonly ShownHit[], q: string, config: Pick<SearchConfig, 'docs'>): void {
  const blob = new Blob([resultsCsv(hits, config, location.href)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = resultsFileName(q);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
