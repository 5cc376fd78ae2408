import { describe, expect, it } from 'vitest';
import { t, zh, en, type UiKey } from '../i18n/ui.ts';
import { translator } from './twin-text.ts';

const pairs = (...keys: UiKey[]) => keys.map((key) => [zh[key], en[key]] as const);

describe('translator', () => {
  const translate = translator([
    ...pairs(
      'park.comparison',
      'park.summaryCaption',
      'table.scroll',
      'change.carried',
      'change.heading',
      'change.none',
    ),
    ['绿色低碳与生态', 'Green, low-carbon and ecology'],
  ]);

  it('turns filled Chinese templates into English ones, the most specific template first', () => {
    expect(translate(t('zh', 'park.comparison', { from: '2018', to: '2019' }))).toBe('2018 → 2019');
    expect(translate(t('zh', 'park.summaryCaption', { from: '2018', to: '2019' }))).toBe(
      '2018 → 2019: items per theme',
    );
  });

  it('turns the values it reads too, as strings nest on the page', () => {
    const caption = t('zh', 'park.summaryCaption', { from: '2020', to: '2021' });
    expect(translate(t('zh', 'table.scroll', { caption }))).toBe('2020 → 2021: items per theme (scrolls sideways)');
    expect(translate(t('zh', 'change.heading', { kind: t('zh', 'change.carried'), count: '3' }))).toBe(
      'Carried over (3)',
    );
  });

  it('keeps the whitespace around a string, and leaves text no template fits as it was', () => {
    expect(translate(` ${zh['change.none']}\n`)).toBe(` ${en['change.none']}\n`);
    for (const text of ['园区持续推进绿色低碳发展。', '2019', '']) expect(translate(text)).toBe(text);
  });
});
