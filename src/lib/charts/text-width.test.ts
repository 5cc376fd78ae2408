import { expect, it } from 'vitest';
import { estimateTextWidth, truncateToWidth } from './text-width.ts';

it('estimateTextWidth(text, size) counts a CJK character as a full em and Latin letters as about half', () => {
  expect(estimateTextWidth('招商引资', 12)).toBe(48);
  expect(Math.round(estimateTextWidth('land', 10))).toBe(21);
});

it('truncateToWidth(text, max, size) leaves short text alone and ends cut text with …', () => {
  expect(truncateToWidth('招商引资', 48, 12)).toBe('招商引资');
  expect(truncateToWidth('招商引资工作', 48, 12)).toBe('招商引…');
});
