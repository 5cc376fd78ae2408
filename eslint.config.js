// ESLint (flat config): rules that find bugs, plus the import boundaries between the layers.
// Style is Prettier's job (`npm run format`), so no stylistic rule is switched on here.
// The boundaries are kept in eslint/boundaries.js, where tests/lint-boundaries.test.ts checks them.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint/boundaries.js';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', 'bench-out/**', '.astro/**', '.cache/**', '.ci/tools/**', 'content/**', 'node_modules/**', 'public/**', 'tests/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are kept on purpose (a callback's unused first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Bugs the type checker does not catch on its own.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'array-callback-return': 'error',
      // Full-width spaces (U+3000) are data here: in strings, patterns and comments about them.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
      // Style, not bugs: `[\[]` and `[\-]` in the cleaner's patterns read more clearly escaped.
      'no-useless-escape': 'off',
    },
  },
  {
    // The service worker's code: service-worker.ts writes these constants before it.
    files: ['scripts/lib/offline/sw-runtime.js'],
    languageOptions: {
      globals: { ...globals.serviceworker, CACHE_PREFIX: 'readonly', PRECACHE_VERSION: 'readonly', SHELL_URLS: 'readonly', SITE: 'readonly' },
    },
  },
  ...boundaries,
);
