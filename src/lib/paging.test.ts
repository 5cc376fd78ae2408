import { describe, expect, it } from 'vitest';
import { groupedPages, pageNumber, pageParam, pagePath, pages } from './paging.ts';

describe('paging', () => {
  it('pages(items, size) cuts in order and keeps one empty page for an empty list', () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 3)).toEqual([[]]);
  });

  it('groupedPages(items, size, groupOf) ends a page only where the group changes', () => {
    const items = ['a1', 'a2', 'a3', 'b1', 'c1', 'c2', 'c3', 'd1'];
    expect(groupedPages(items, 2, (x) => x[0]!)).toEqual([['a1', 'a2', 'a3'], ['b1', 'c1', 'c2', 'c3'], ['d1']]);
    expect(groupedPages([], 2, String)).toEqual([[]]);
  });

  it('pageParam(n) and pageNumber(param) leave page 1 at the list’s own address', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('12');
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber('12')).toBe(12);
    expect(() => pageNumber('1')).toThrow();
    expect(() => pageNumber('02')).toThrow();
  });

  it('pagePath(path, n) appends the page number to the list’s path', () => {
    expect(pagePath('/themes/investment/', 1)).toBe('/themes/investment/');
    expect(pagePath('/themes/investment/', 3)).toBe('/themes/investment/3/');
  });
});
