import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, relativeLuminance } from './wcag.ts';

describe('wcag', () => {
  it('parseColor() reads #rrggbb and rgb(r, g, b) alike, and names an unsupported colour', () => {
    expect(parseColor('#4E79a7')).toEqual([78, 121, 167]);
    expect(parseColor('rgb(78, 121, 167)')).toEqual([78, 121, 167]);
    expect(() => parseColor('steelblue')).toThrow(/steelblue/);
  });

  it('relativeLuminance() is 0 for black, 1 for white and 0.1845 for #777777 (sRGB linearisation)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#777777')).toBeCloseTo(0.18447, 4);
  });

  it('relativeLuminance() takes the linear segment up to the 0.04045 threshold (channel 10) and the power curve above (channel 11)', () => {
    expect(relativeLuminance('rgb(10, 10, 10)')).toBeCloseTo(10 / 255 / 12.92, 12);
    expect(relativeLuminance('rgb(11, 11, 11)')).toBeCloseTo(((11 / 255 + 0.055) / 1.055) ** 2.4, 12);
  });

  it('contrastRatio() is 21 for black on white in either order and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#4e79a7', '#4e79a7')).toBe(1);
  });
});
