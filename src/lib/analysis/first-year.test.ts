import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/ui.ts';
import { firstYearMessage } from './first-year.ts';

const docs = (n: number) => Array.from({ length: n }, (_, i) => `d${i}`);

describe('firstYearMessage(phrase)', () => {
  it('firstYearMessage() says "first in" only when every document using the phrase has a year', () => {
    const m = firstYearMessage({ firstYear: 2021, undated: 0, documents: docs(3) });
    expect(t('en', m.key, m.values)).toBe('first in 2021');
  });

  it('firstYearMessage() states the earliest dated year and how many documents have none', () => {
    const m = firstYearMessage({ firstYear: 2021, undated: 4, documents: docs(11) });
    expect(t('en', m.key, m.values)).toBe('earliest dated: 2021; 4 of the 11 documents have no year');
    expect(t('zh', m.key, m.values)).toBe('有年份的文件中最早为 2021 年（11 篇中 4 篇没有年份）');
  });

  it('firstYearMessage() names no year when no document has one', () => {
    const m = firstYearMessage({ firstYear: null, undated: 2, documents: docs(2) });
    expect(t('en', m.key, m.values)).toBe('none of the 2 documents has a year');
  });
});
