import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFiles } from './data-files.ts';
import { readmeTable, TABLE_END, TABLE_START, withTable } from './readme-table.ts';

const bilingual = (en: string) => ({ zh: en, en });
const field = (path: string) => ({ path, type: 'string', nullable: false, values: [], description: bilingual(path) });

describe('readmeTable', () => {
  it('readmeTable() nests array items in [{…}] and object keys in {…}, in dictionary order', () => {
    const table = readmeTable([
      {
        file: 'x.json',
        published: 'x.json',
        format: 'JSON',
        description: bilingual('Things | more'),
        fields: ['a', 'b', 'b[].c', 'b[].d', 'd', 'd.e'].map(field),
      },
    ]);
    expect(table.split('\n')[2]).toBe('| `x.json` | JSON | Things \\| more | `a`, `b` [{`c`, `d`}], `d` {`e`} |');
  });

  it('withTable() replaces only the text between the markers, and throws without them', () => {
    const readme = `intro\n${TABLE_START}\nold\n${TABLE_END}\nafter\n`;
    expect(withTable(readme, 'new')).toBe(`intro\n${TABLE_START}\nnew\n${TABLE_END}\nafter\n`);
    expect(() => withTable('no markers', 'new')).toThrow(/markers/);
  });

  it('README.md carries the table the data dictionary gives (run `npm run data-table` when this fails)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withTable(readme, readmeTable(dataFiles())));
  });
});
