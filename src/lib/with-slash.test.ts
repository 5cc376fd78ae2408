import { describe, expect, it } from 'vitest';
import { withTrailingSlash } from './with-slash.ts';

describe('withTrailingSlash', () => {
  it('withTrailingSlash() adds the slash a base lacks and keeps the one it has', () => {
    expect(withTrailingSlash('/site')).toBe('/site/');
    expect(withTrailingSlash('/site/')).toBe('/site/');
    expect(withTrailingSlash('')).toBe('/');
  });
});
