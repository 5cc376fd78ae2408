/**
 * The import boundaries of eslint.config.js, run through ESLint's own API on small files
 * written here, each linted as if it lived at the path given: a forbidden import must be
 * reported by `no-restricted-imports`, an allowed one must pass. `npm run check` applies the same
 * configuration to the whole repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { BUILD_TIME_LIB } from '../eslint.config.js';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** The `no-restricted-imports` messages for a file at `path` holding `code`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const refused: Array<[string, string, RegExp]> = [
  [
    'src/client/example.ts',
    "import { keyness } from '../../scripts/lib/analysis/index.ts';",
    /never imports the pipeline/,
  ],
  [
    'src/lib/search/example.test.ts',
    "import { mulberry32 } from '../../../scripts/lib/model/folds.ts';",
    /never imports the pipeline/,
  ],
  [
    'src/views/Example.astro',
    "---\nimport { DIVISIONS } from '../../scripts/lib/text/places.ts';\n---\n<p>{DIVISIONS.length}</p>",
    /never imports the pipeline/,
  ],
  ['src/client/example.ts', "import { readFileSync } from 'node:fs';", /Node built-ins/],
  ['src/client/example.ts', "import { join } from 'path';", /Node built-ins/],
  ['src/client/example.ts', "import { getCollection } from 'astro:content';", /Astro modules/],
  ['src/client/example.ts', "import Pager from '../components/Pager.astro';", /Astro modules/],
  ['src/client/example.ts', "import { getThemes } from '../lib/corpus.ts';", /build time/],
  ['src/client/example.ts', "import { romanizePlace } from '../lib/romanize.ts';", /build time/],
  [
    'src/shared/analysis/example.ts',
    "import { normalize } from '../../lib/search/tokenize.ts';",
    /imports only src\/shared/,
  ],
  ['src/shared/example.ts', "import { createRequire } from 'node:module';", /Node built-ins/],
];

const allowed: Array<[string, string]> = [
  ['src/client/example.ts', "import { groupKeyness } from '../shared/analysis/keyness.ts';"],
  ['src/client/example.ts', "import { sharedPhrases } from '../lib/compare/compare-phrases.ts';"],
  ['src/shared/analysis/example.ts', "import type { KeyTerm } from '../../schemas/analysis.ts';"],
  [
    'scripts/lib/example.ts',
    "import { readFileSync } from 'node:fs';\nimport { parseDocuments } from '../../src/lib/corpus.ts';",
  ],
  ['src/lib/example.ts', "import { readFileSync } from 'node:fs';"],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(refused)('%s may not run %s', async (path, code, message) => {
    const errors = await boundaryErrors(path, `${code}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each(allowed)('%s may run %s', async (path, code) => {
    expect(await boundaryErrors(path, `${code}\n`)).toEqual([]);
  });
});

describe('the build-time modules of src/lib (BUILD_TIME_LIB)', () => {
  it('name every module of src/lib that imports Node or Astro itself, so browser code cannot import it', () => {
    const root = new URL('../src/lib/', import.meta.url);
    const modules = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const buildTime = modules.filter((f) =>
      /from '(node:|astro:|astro')/u.test(readFileSync(new URL(f, root), 'utf8')),
    );
    expect(buildTime.length).toBeGreaterThan(0);
    const pattern = new RegExp(BUILD_TIME_LIB.regex, 'u');
    expect(buildTime.filter((f) => !pattern.test(`../lib/${f}`))).toEqual([]);
  });
});
