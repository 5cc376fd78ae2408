import { describe, expect, it } from 'vitest';
import { en, localizedPath, routeOf, t, zh } from './ui.ts';

describe('ui strings and links', () => {
  it('t(lang, key, vars) fills in named values and leaves unknown ones visible', () => {
    expect(t('en', 'doc.similarity', { score: '0.91' })).toBe('similarity 0.91');
    expect(t('zh', 'doc.similarity')).toBe('相似度 {score}');
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
