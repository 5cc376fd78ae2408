/**
 * Writes the README's "Data files" table from the data dictionary (src/lib/data-dictionary), the
 * same text the datapackage and the /data/ page use. Run after changing a description or a field;
 * src/lib/data-dictionary/readme-table.test.ts fails while README.md is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataFiles } from '../src/lib/data-dictionary/data-files.ts';
import { readmeTable, withTable } from '../src/lib/data-dictionary/readme-table.ts';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withTable(before, readmeTable(dataFiles()));
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README.md: data table already current' : 'README.md: data table rewritten');
