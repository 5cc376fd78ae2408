import { describe, expect, it } from 'vitest';
import { inlineScripts } from './page-js.ts';

describe('page-js', () => {
  it('inlineScripts(html) keeps inline code and leaves out script files and JSON data blocks', () => {
    const html =
      '<script>a()</script><script type="module" src="/x.js"></script><script type="application/json" id="c">{"a":1}</script><script type="module">b()</script>';
    expect(inlineScripts(html)).toBe('a()\nb()');
  });
});
