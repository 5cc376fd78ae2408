import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { citationKeyPrefix, localName, parseSiteConfig, readSiteConfig, SiteConfigError } from './site-config.ts';

const project = readFileSync('site.config.yaml', 'utf8');
/** The project's configuration with `change` applied to its parsed form, as YAML again. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reaches into the parsed YAML its own way.
function variant(change: (config: Record<string, any>) => void): string {
  const config = parse(project);
  change(config);
  return stringify(config);
}
/** The error parseSiteConfig gives for `text`, which must be one line. */
function errorOf(text: string): string {
  try {
    parseSiteConfig(text, 'my.config.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(SiteConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('no error');
}

describe('parseSiteConfig(text, file)', () => {
  it("parseSiteConfig() accepts the project's own site.config.yaml", () => {
    const config = parseSiteConfig(project, 'site.config.yaml');
    expect(config.title).toEqual({ zh: '园区工作计划比较', en: 'Park Plans Compared' });
    expect(config.defaultLanguage).toBe('zh');
  });

  it('parseSiteConfig() names a missing field by its path', () => {
    expect(errorOf(variant((c) => delete c.title.en))).toBe('my.config.yaml: title.en: missing');
  });

  it('parseSiteConfig() names a field of the wrong type, a bad DOI and an unknown default language', () => {
    expect(errorOf(variant((c) => (c.citation.year = 'last year')))).toMatch(/^my\.config\.yaml: citation\.year: /);
    expect(errorOf(variant((c) => (c.citation.doi = 'zenodo 123')))).toBe(
      'my.config.yaml: citation.doi: a DOI such as 10.5281/zenodo.1234567',
    );
    expect(errorOf(variant((c) => (c.defaultLanguage = 'fr')))).toMatch(/^my\.config\.yaml: defaultLanguage: /);
  });

  it('parseSiteConfig() names an unknown key, so a misspelt field is not silently ignored', () => {
    expect(errorOf(variant((c) => (c.maintainers[0].mail = 'a@b.cn')))).toBe(
      'my.config.yaml: maintainers.0: Unrecognized key: "mail"',
    );
  });

  it('parseSiteConfig() refuses an empty maintainer list, a contact that is neither e-mail nor web address, and a bad id', () => {
    expect(errorOf(variant((c) => (c.maintainers = [])))).toMatch(/^my\.config\.yaml: maintainers: /);
    expect(errorOf(variant((c) => (c.contact = 'ask around')))).toMatch(/^my\.config\.yaml: contact: /);
    expect(errorOf(variant((c) => (c.id = 'My Site')))).toBe(
      'my.config.yaml: id: lowercase letters, digits and hyphens',
    );
  });

  it('parseSiteConfig() lists every problem on the one line', () => {
    expect(
      errorOf(
        variant((c) => {
          delete c.headline;
          c.citation.authors = [];
        }),
      ),
    ).toMatch(/^my\.config\.yaml: headline: missing; citation\.authors: /);
  });

  it('parseSiteConfig() of text that is not YAML says so in one line', () => {
    expect(errorOf('title: [zh\n  en: x')).toMatch(/^my\.config\.yaml: not valid YAML: /);
  });
});

describe('readSiteConfig(file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('readSiteConfig() of a missing file names it', () => {
    expect(() => readSiteConfig(join(dir, 'none.yaml'))).toThrow(
      `${join(dir, 'none.yaml')}: cannot read the site configuration`,
    );
  });

  it('readSiteConfig() reads another file than the project’s', () => {
    const file = join(dir, 'other.yaml');
    writeFileSync(
      file,
      variant((c) => {
        c.id = 'plans-of-x';
        c.title = { zh: '某省园区', en: 'Parks of X' };
      }),
    );
    expect(readSiteConfig(file)).toMatchObject({ id: 'plans-of-x', title: { en: 'Parks of X' } });
  });
});

it('localName(lang, name) takes a plain name in both languages and a bilingual one in each', () => {
  expect(localName('en', 'Li Ming')).toBe('Li Ming');
  expect(localName('en', { zh: '项目组', en: 'The team' })).toBe('The team');
});

it('citationKeyPrefix(config) is the initials of the id', () => {
  expect(citationKeyPrefix({ id: 'park-plans-compared' })).toBe('ppc');
});
