import { describe, expect, it } from 'vitest';
import { astroBuildEnv } from './astro-build-env.ts';

describe('astroBuildEnv(env)', () => {
  it('has the bundler return freed memory at once, and keeps the rest of the environment', () => {
    expect(astroBuildEnv({ CONTENT_DIR: '/c' })).toEqual({ MIMALLOC_PURGE_DELAY: '0', CONTENT_DIR: '/c' });
  });

  it('keeps a purge delay the caller has set', () => {
    expect(astroBuildEnv({ MIMALLOC_PURGE_DELAY: '10' })['MIMALLOC_PURGE_DELAY']).toBe('10');
  });
});
