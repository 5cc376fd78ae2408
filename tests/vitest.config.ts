import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser and build tests share one built site; running files in parallel would build it twice.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    env: { TZ: 'UTC' },
  },
});
