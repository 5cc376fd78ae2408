import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../schemas/codebook.ts';
import { contrastRatio as contrast } from './color/wcag.ts';
import {
  MIN_CONTRAST,
  PAGE_BACKGROUND,
  THEME_COLORS,
  fitContrast,
  themeColorCss,
  themeColorVar,
} from './theme-colors.ts';

describe('theme colours', () => {
  it('fitContrast(hex) returns a colour that already contrasts with both backgrounds unchanged', () => {
    expect(fitContrast('#4e79a7')).toBe('#4e79a7');
  });

  it('fitContrast(hex) darkens a light yellow until it stands out on white and dark alike', () => {
    const fitted = fitContrast('#edc949');
    expect(fitted).not.toBe('#edc949');
    expect(contrast(fitted, PAGE_BACKGROUND.light)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(fitted, PAGE_BACKGROUND.dark)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('THEME_COLORS gives all 18 themes distinct colours with 3:1 contrast on both page backgrounds', () => {
    const colors = THEME_IDS.map((id) => THEME_COLORS[id]);
    expect(new Set(colors).size).toBe(18);
    for (const c of colors) {
      expect(contrast(c, PAGE_BACKGROUND.light), c).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrast(c, PAGE_BACKGROUND.dark), c).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it('THEME_COLORS keeps every pair of themes at least 15 apart in CIELAB (ΔE76)', () => {
    const colors = THEME_IDS.map((id) => THEME_COLORS[id]);
    for (const [i, a] of colors.entries()) {
      for (const b of colors.slice(i + 1)) expect(deltaE(a, b), `${a} ${b}`).toBeGreaterThanOrEqual(15);
    }
  });

  it('themeColorCss() defines one custom property per theme that themeColorVar(id) refers to, and the swatch of its chips', () => {
    const css = themeColorCss();
    for (const id of THEME_IDS) {
      expect(css).toContain(`--theme-${id}:${THEME_COLORS[id]};`);
      expect(css).toContain(`.chip[data-theme="${id}"]{--swatch:var(--theme-${id})}`);
    }
    expect(themeColorVar('business-env')).toBe('var(--theme-business-env)');
  });
});

/** CIE76 colour difference of two #rrggbb colours, via XYZ (D65) and CIELAB. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
    const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
    const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}
