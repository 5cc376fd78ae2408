import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnField, dataFiles } from './data-files.ts';

/**
 * The data files as the pipeline actually wrote them (content/data/, the same bytes as
 * dist/data/): every column and every key must have a description, and every description must
 * name something that is written.
 */
const DIR = 'content/data';
const written = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f !== 'datapackage.json')
      .sort()
  : [];
const dictionary = new Map(dataFiles().map((f) => [f.file, new Set(f.fields.map((field) => field.path))]));

/** Key paths of a JSON value in the dictionary's notation, descending only where the dictionary describes what is inside (a record keyed by theme id is one field). */
function keyPaths(value: unknown, prefix: string, described: Set<string>, out: Written): void {
  if (Array.isArray(value)) {
    const items = prefix ? `${prefix}[]` : prefix;
    if (value.length > 0) out.filled.add(items);
    for (const item of value) keyPaths(item, items, described, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (prefix && ![...described].some((p) => p.startsWith(`${prefix}.`))) return;
  out.filled.add(prefix);
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.paths.add(path);
    keyPaths(child, path, described, out);
  }
}

/** The key paths written, and the containers (objects, non-empty arrays) whose insides were written at least once. */
interface Written {
  paths: Set<string>;
  filled: Set<string>;
}

/** A described field can only be missing from the data when no instance of its container was written (e.g. every park has one year, so no comparisons). */
function expectedIn(path: string, written: Written): boolean {
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
  return written.filled.has(parent);
}

function publishedPaths(file: string): Written {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  const described = dictionary.get(file) ?? new Set<string>();
  const out: Written = { paths: new Set(), filled: new Set() };
  if (file.endsWith('.jsonl'))
    for (const line of text.split('\n').filter(Boolean)) keyPaths(JSON.parse(line), '', described, out);
  else keyPaths(JSON.parse(text), '', described, out);
  return out;
}

describe.runIf(written.length > 0)('published fields', () => {
  it('every data file written has an entry in the data dictionary', () => {
    expect(written.filter((file) => !dictionary.has(file))).toEqual([]);
  });

  it.each(written.filter((f) => f.endsWith('.csv')))('every column of %s has a description', (file) => {
    const header = readFileSync(`${DIR}/${file}`, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    for (const column of header) expect(() => columnField(file, column), `${file} ${column}`).not.toThrow();
  });

  it.each(written.filter((f) => !f.endsWith('.csv')))(
    'every key of %s has a description and every description names a key written',
    (file) => {
      const published = publishedPaths(file);
      const described = dictionary.get(file)!;
      expect(
        [...published.paths].filter((p) => !described.has(p)),
        `${file}: written, not described`,
      ).toEqual([]);
      expect(
        [...described].filter((p) => expectedIn(p, published) && !published.paths.has(p)),
        `${file}: described, not written`,
      ).toEqual([]);
    },
  );
});
