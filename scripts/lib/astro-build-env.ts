/**
 * The environment of every `astro build` the project runs (npm run build, the benchmark, the test
 * builds). Rolldown, the bundler under Vite, allocates with mimalloc, which by default keeps
 * freed memory a while for reuse: at 1,000 documents the memory it used for bundling stayed
 * resident while the pages were rendered. Returning it at once lowered the peak of four builds
 * from 1.95–2.08 to 1.71–1.88 GiB, with the same output, for about 3 s more of 55. A value
 * already set in `env` is kept.
 */
export function astroBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIMALLOC_PURGE_DELAY: '0', ...env };
}
