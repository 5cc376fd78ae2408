import { expect, it } from 'vitest';
import { inkOn } from './ink.ts';

it('inkOn(fill) picks white on dark blue and near-black on pale blue', () => {
  expect(inkOn('rgb(8, 48, 107)')).toBe('#ffffff');
  expect(inkOn('rgb(247, 251, 255)')).toBe('#111111');
  expect(inkOn('#0072b2')).toBe('#ffffff');
});
