import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml(text)', () => {
  it('turns the five characters HTML gives meaning to into entities and leaves the rest', () => {
    expect(escapeHtml(`<a href="x">'&'</a> 中文`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 中文');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('')).toBe('');
  });
});
