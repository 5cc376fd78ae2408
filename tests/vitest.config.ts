import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Browser and build tests share one built site; running files in parallel would build it twice.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'units',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
          // The unit tests beside the pipeline and site modules keep no state between files:
          // sharing one module graph runs them in a third of the time (100 -> 30 s), most of it imports.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'] } },
    ],
  },
});
