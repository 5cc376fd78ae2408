import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/t2cn';
import { expect, it } from 'vitest';
import { foldWidth } from './fold-width.ts';
import { foldForMatching } from './fold.ts';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

it('foldForMatching gives what the full conversion gives, on every seed sentence and on traditional text', () => {
  const seeds = readFileSync('content/data/passages.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const traditional = ['園區經濟發展', '乾乾淨淨', '一目瞭然', '覆蓋', '高新區管委會２０２３年工作要點', '么麼小丑'];
  for (const text of [...seeds, ...traditional]) expect(foldForMatching(text), text).toBe(foldWidth(convert(text)));
  expect(foldForMatching('園區經濟')).toBe('园区经济');
});
