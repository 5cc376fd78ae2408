import { describe, expect, it } from 'vitest';
import { createLexicon } from './lexicon.ts';

describe('createLexicon(entries)', () => {
  const find = createLexicon<string | null>([
    ['新能源', 'energy'],
    ['新能源汽车', 'nev'],
    ['汽车', 'auto'],
    ['AI', 'ai'],
    ['医药', 'bio'],
    ['医药费', null],
  ]);
  const values = (text: string) => find(text).map((m) => `${m.text}:${m.value}`);

  it('find(text) takes the longest entry at the leftmost position and never overlaps', () => {
    expect(values('发展新能源汽车和新能源、汽车零部件')).toEqual(['新能源汽车:nev', '新能源:energy', '汽车:auto']);
  });

  it('find(text) lets a longer entry with no value swallow a term inside it (医药费 is not 医药)', () => {
    expect(values('减轻医药费负担，发展生物医药')).toEqual(['医药费:null', '医药:bio']);
  });

  it('find(text) finds a Latin entry only as a whole Latin word, in either width', () => {
    expect(values('发展智能AI与ＡＩ芯片，MAIL不算')).toEqual(['AI:ai', 'ＡＩ:ai']);
  });

  it('find(text) gives offsets into the text as written', () => {
    expect(find('壮大汽车产业')[0]).toMatchObject({ start: 2, end: 4, text: '汽车' });
  });
});
