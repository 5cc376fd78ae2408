import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, FURNITURE, FURNITURE_MAX, SPAN_RULES } from './clean.ts';
import { aggregateCuts } from './cuts.ts';
import { normalise } from './normalise.ts';

/**
 * remark-gfm style: each folder under tests/fixtures/{normalise,clean}/ holds input.txt, the lines
 * that must be kept (output.txt) and every removal expected (removed.json). Adding a case is adding
 * a folder. Input goes through normalise then clean, as ingest runs them.
 */
const ROOT = new URL('../../../tests/fixtures/', import.meta.url);

function run(input: string) {
  const normalised = normalise(input);
  const cleaned = clean(normalised.text);
  return {
    output: cleaned.lines.map((l) => l.text),
    removed: [...aggregateCuts(normalised.cuts), ...cleaned.removed].sort((a, b) => a.line - b.line),
  };
}

function cases(group: string): string[] {
  return readdirSync(new URL(`${group}/`, ROOT)).sort();
}

for (const group of ['normalise', 'clean']) {
  describe(`${group} fixtures`, () => {
    it.each(cases(group))(
      `normalise then clean of tests/fixtures/${group}/%s keeps output.txt and reports removed.json`,
      (name) => {
        const read = (file: string) => readFileSync(new URL(`${group}/${name}/${file}`, ROOT), 'utf8');
        const expected = read('output.txt')
          .split('\n')
          .filter((l) => l !== '');
        const result = run(read('input.txt'));
        expect(result.output).toEqual(expected);
        expect(result.removed).toEqual(JSON.parse(read('removed.json')));
      },
    );
  });
}

describe('clean rules', () => {
  it('every FURNITURE and SPAN_RULES rule has a fixture folder named after it', () => {
    const folders = new Set(cases('clean'));
    const missing = [...FURNITURE, ...SPAN_RULES].map((r) => r.name).filter((name) => !folders.has(name));
    expect(missing).toEqual([]);
  });

  it('no FURNITURE rule matches a line longer than FURNITURE_MAX, so clean may skip them there', () => {
    const long = [
      '|',
      '分享',
      '首页',
      '记者 张三',
      '园区 园区 园区 园区 园区',
      '预览结束',
      '主办:',
      '核心提示:',
      '精品视频 一区二区',
    ].map((l) => l.repeat(Math.ceil((FURNITURE_MAX + 1) / l.length)));
    for (const line of long) {
      const matched = FURNITURE.filter((r) => r.name !== 'separator' && r.pattern.test(line)).map((r) => r.name);
      expect(matched, line.slice(0, 20)).toEqual([]);
    }
  });

  it('a line of nothing to read is removed as a separator however long, and reported', () => {
    const commas = '，'.repeat(300_000);
    const { lines, removed } = clean(`园区召开工作会议。\n${commas}\n`);
    expect(lines.map((l) => l.text)).toEqual(['园区召开工作会议。']);
    expect(removed).toEqual([{ line: 2, text: commas, reason: 'separator' }]);
  });

  it('rule names are unique', () => {
    const names = [...FURNITURE, ...SPAN_RULES].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
