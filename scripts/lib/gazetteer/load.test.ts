import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGazetteer } from './load.ts';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  scratch.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const HEAD = 'about: test\nsources: [test]\nparks:\n';

describe('readGazetteer(paths)', () => {
  it('readGazetteer() reads every YAML file of a directory in name order, and a missing path as none', () => {
    const parks = readGazetteer(['tests/fixtures/gazetteer', 'tests/fixtures/gazetteer/none.yaml']);
    expect(parks.map((p) => p.id)).toContain('tianjin-etdz');
    expect(parks.find((p) => p.id === 'tianjin-etdz')?.aliases).toContain('泰达');
    expect(parks[0]!.level).toBe('national-etdz');
  });

  it('readGazetteer() names the file and the field of bad data', () => {
    const dir = folder({
      'bad.yaml': `${HEAD}  - { id: Bad Id, name: 某园区, level: national-hitech, province: 湖南, city: 长沙, division: '430100' }\n`,
    });
    expect(() => readGazetteer([dir])).toThrow(/bad\.yaml.*parks\.0\.id/su);
  });

  it('readGazetteer() refuses a name or alias that two parks share', () => {
    const park = (id: string) =>
      `  - { id: ${id}, name: ${id}园区, aliases: [同名], level: provincial, province: 湖南, city: 长沙, division: '430100' }\n`;
    const dir = folder({ 'a.yaml': HEAD + park('aa'), 'b.yaml': HEAD + park('bb') });
    expect(() => readGazetteer([dir])).toThrow(
      /b\.yaml: at parks\.0 \(bb\): name or alias "同名" is already used by aa/u,
    );
  });
});
