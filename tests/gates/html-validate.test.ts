import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCiTool } from '../../scripts/lib/ci-tools.ts';
import { buildSite, type BuiltSite } from '../support/site.ts';

/** The part of html-validate's API used here (the package lives in .ci/tools/html-validate/). */
interface HtmlValidateModule {
  HtmlValidate: new (config: object) => {
    validateFile(file: string): Promise<{
      results: { messages: { ruleId: string; message: string; line: number; selector: string | null }[] }[];
    }>;
  };
}

/** The base-path build base-path.test.ts crawls: the same site, built once. */
const BASE = '/park-plans-compared/';

const CONFIG = {
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    // A scrolling table is `<div role="region" tabindex="0" aria-label>`, the pattern that makes it
    // keyboard-scrollable and named; <section> would add nothing.
    'prefer-native-element': 'off',
  },
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite({ base: BASE });
});

describe('html-validate', () => {
  it('finds no error in any built page (standard and accessibility rules)', async () => {
    const { HtmlValidate } = await importCiTool<HtmlValidateModule>('html-validate', 'html-validate');
    const validator = new HtmlValidate(CONFIG);
    const files = htmlFiles(site.dir);
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const m of report.results.flatMap((r) => r.messages))
        problems.push(`${relative(site.dir, file)}:${m.line} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
    expect(problems).toEqual([]);
    // html-validate reads about 150 KB of HTML a second; the sixty pages take seconds, more on a busy machine.
  }, 180_000);
});
