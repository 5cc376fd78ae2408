import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../schemas/codebook.ts';
import { en, localizedPath, routeOf, t, zh } from './ui.ts';

describe('ui strings and links', () => {
  it('t(lang, key, vars) fills in named values and leaves unknown ones visible', () => {
    expect(t('en', 'doc.similarity', { score: '0.91' })).toBe('similarity 0.91');
    expect(t('zh', 'doc.similarity')).toBe('相似度 {score}');
  });

  it('t() gives every string the number of themes as {themeCount}, and no string writes the number out', () => {
    expect(t('en', 'matrix.chartDesc')).toContain(`columns the ${THEME_IDS.length} themes`);
    expect(t('zh', 'home.explore.themes').startsWith(`${THEME_IDS.length} 个主题`)).toBe(true);
    const literal = new RegExp(`(^|\\D)${THEME_IDS.length} ?(个主题|themes)`);
    expect([...Object.values(zh), ...Object.values(en)].filter((text) => literal.test(text))).toEqual([]);
  });

  it('an English count word ({count:one|other}) counts a value the Chinese string has too, so a twin page read in Chinese can fill it', () => {
    const unfilled = Object.entries(en).flatMap(([key, text]) =>
      [...text.matchAll(/\{(\w+):[^{}|]*\|[^{}|]*\}/g)]
        .map((m) => m[1]!)
        // The home page's figures are labels, given their count by the page itself.
        .filter((name) => !key.startsWith('summary.') && !zh[key as keyof typeof zh].includes(`{${name}}`))
        .map((name) => `${key} {${name}}`),
    );
    expect(unfilled).toEqual([]);
    expect(t('en', 'summary.provinces', { count: 1 })).toBe('province');
    expect(t('en', 'search.docHits', { count: '1' })).toBe('1 sentence');
  });

  it('en has a non-empty translation for every Chinese string', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(en[key], key).not.toBe('');
  });

  it('localizedPath(base, lang, path) puts English under en/ and respects any base', () => {
    expect(localizedPath('/', 'zh', '/docs/a/')).toBe('/docs/a/');
    expect(localizedPath('/', 'en', '/')).toBe('/en/');
    expect(localizedPath('/plans', 'en', '/docs/a/#s0001')).toBe('/plans/en/docs/a/#s0001');
    expect(localizedPath('/plans/', 'zh', '/themes/')).toBe('/plans/themes/');
  });

  it('localizedPath(base, lang, path) refuses a relative path', () => {
    expect(() => localizedPath('/', 'zh', 'docs/')).toThrow(/start with/);
  });

  it('routeOf(base, pathname) recovers the language and neutral path localizedPath was given', () => {
    for (const base of ['/', '/plans/']) {
      for (const lang of ['zh', 'en'] as const) {
        for (const path of ['/', '/docs/a/', '/themes/industry/']) {
          expect(routeOf(base, localizedPath(base, lang, path))).toEqual({ lang, path });
        }
      }
    }
  });

  it('routeOf(base, pathname) does not mistake a path that merely starts with "en" for English', () => {
    expect(routeOf('/', '/enterprise/')).toEqual({ lang: 'zh', path: '/enterprise/' });
  });
});
