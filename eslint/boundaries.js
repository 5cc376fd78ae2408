// Import boundaries between the layers (README "Layout"), as flat-config blocks of
// `no-restricted-imports`. A later block replaces an earlier one's rule for the files both match,
// so each block lists every pattern that applies to its files.
//
//   scripts/**      the pipeline (Node): may import src/shared, src/schemas and src/lib.
//   src/**          the site: never imports scripts/ (the pipeline imports the site, not back).
//   src/shared/**   code both the pipeline and the browser run: imports only itself, src/schemas
//                   and packages; no Node built-ins, no Astro, nothing of src/lib or src/client.
//   src/client/**   browser scripts: no Node built-ins, no scripts/, no Astro modules or
//                   components, and none of the build-time modules of src/lib listed below.
import { builtinModules } from 'node:module';

const NODE = {
  regex: `^(node:|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$))`,
  message: 'Node built-ins do not exist in the browser; this folder runs there (README "Layout").',
};
const SCRIPTS = {
  regex: '(^|/)scripts/',
  message: 'src/ never imports the pipeline (scripts/): move code both use to src/shared/ (README "Layout").',
};
const ASTRO = {
  regex: '^astro(:|$)|\\.astro$',
  message: 'Astro modules and components run at build time only; browser and shared code cannot import them.',
};
// Modules of src/lib that read files or Astro's collections: build time only.
export const BUILD_TIME_LIB = {
  regex: '(^|/)lib/(corpus|romanize|static-paths|site-config|divisions|analysis/analysis-data|data-dictionary/(published-files|schema-fields))\\.ts$',
  message: 'This module runs at build time (it reads files); a browser script gets its data from the page or a published file.',
};
const SHARED_ONLY = {
  regex: '(^|/)(lib|client|components|views|pages|layouts|i18n)/',
  message: 'src/shared/ imports only src/shared/, src/schemas/ and packages, so both the pipeline and the browser can run it.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const boundaries = [
  { files: ['src/**/*.{ts,js,mjs,astro}'], rules: restrict(SCRIPTS) },
  { files: ['src/client/**/*.{ts,js}'], rules: restrict(SCRIPTS, NODE, ASTRO, BUILD_TIME_LIB) },
  { files: ['src/shared/**/*.{ts,js}'], rules: restrict(SCRIPTS, NODE, ASTRO, SHARED_ONLY) },
  // Tests run in Node under vitest and may check shared code against the site's (never the pipeline's).
  { files: ['src/**/*.test.ts'], rules: restrict(SCRIPTS) },
];
