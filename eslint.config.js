// ESLint (flat config): rules that find bugs, plus the import boundaries between the layers.
// Style is Prettier's job (`npm run format`), so no stylistic rule is switched on here.
// tests/import-boundaries.test.ts runs this configuration on small files to prove the boundaries hold.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

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
  regex:
    '(^|/)lib/(corpus|documents-loader|romanize|static-paths|site-config|divisions|analysis/analysis-data|gzip-json|data-dictionary/(published-files|schema-fields))\\.ts$',
  message:
    'This module runs at build time (it reads files); a browser script gets its data from the page or a published file.',
};
const SHARED_ONLY = {
  regex: '(^|/)(lib|client|components|views|pages|layouts|i18n)/',
  message:
    'src/shared/ imports only src/shared/, src/schemas/ and packages, so both the pipeline and the browser can run it.',
};

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const boundaries = [
  { files: ['src/**/*.{ts,js,mjs,astro}'], rules: restrict(SCRIPTS) },
  { files: ['src/client/**/*.{ts,js}'], rules: restrict(SCRIPTS, NODE, ASTRO, BUILD_TIME_LIB) },
  { files: ['src/shared/**/*.{ts,js}'], rules: restrict(SCRIPTS, NODE, ASTRO, SHARED_ONLY) },
  // Tests run in Node under vitest and may check shared code against the site's (never the pipeline's).
  { files: ['src/**/*.test.ts'], rules: restrict(SCRIPTS) },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'bench-out/**',
      '.astro/**',
      '.cache/**',
      '.ci/tools/**',
      'content/**',
      'node_modules/**',
      'public/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are kept on purpose (a callback's unused first argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Bugs the type checker does not catch on its own.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'array-callback-return': 'error',
      // Full-width spaces (U+3000) are data here: in strings, patterns and comments about them.
      'no-irregular-whitespace': [
        'error',
        { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true },
      ],
      // Style, not bugs: `[\[]` and `[\-]` in the cleaner's patterns read more clearly escaped.
      'no-useless-escape': 'off',
    },
  },
  {
    // Its `is:inline` script ships as written, for a page opened from a file in any browser: ES5 on purpose.
    files: ['src/views/SearchView.astro/*'],
    rules: { 'no-var': 'off' },
  },
  {
    // The service worker's code: service-worker.ts writes these constants before it.
    files: ['scripts/lib/offline/sw-runtime.js'],
    languageOptions: {
      globals: {
        ...globals.serviceworker,
        CACHE_PREFIX: 'readonly',
        PRECACHE_VERSION: 'readonly',
        SHELL_URLS: 'readonly',
        SITE: 'readonly',
      },
    },
  },
  ...boundaries,
);
