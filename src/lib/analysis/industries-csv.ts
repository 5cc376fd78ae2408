/** industries.csv read back: the industry ids of its header and each document's row of counts. */
export interface IndustryCounts {
  /** Industry ids, in column order. */
  industries: string[];
  /** Document id -> mentions, one number per industry. */
  documents: Map<string, number[]>;
}

/**
 * Parses industries.csv as the pipeline writes it (optional BOM, CRLF or LF, a `doc` column and
 * then integer columns; ids and numbers never need quoting). Throws on a row of the wrong length.
 */
export function parseIndustriesCsv(text: string, source = 'industries.csv'): IndustryCounts {
  const [header, ...rows] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const columns = header?.split(',') ?? [];
  if (columns[0] !== 'doc') throw new Error(`${source}: the first column must be "doc", not "${columns[0] ?? ''}"`);
  const industries = columns.slice(1);
  const documents = new Map<string, number[]>();
  rows.forEach((line, i) => {
    const [doc = '', ...cells] = line.split(',');
    const counts = cells.map(Number);
    if (counts.length !== industries.length || counts.some((n) => !Number.isInteger(n) || n < 0)) {
      throw new Error(`${source} line ${i + 2}: expected ${industries.length} counts after the document id`);
    }
    documents.set(doc, counts);
  });
  return { industries, documents };
}
