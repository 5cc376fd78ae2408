import { schemeCategory10, schemeDark2, schemeObservable10, schemeSet1, schemeTableau10 } from 'd3-scale-chromatic';
import { THEME_IDS, type ThemeId } from '../schemas/codebook.ts';

/** Page backgrounds of the light and dark colour schemes; every theme colour must stand out on both. */
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#16181d' } as const;

/** Non-text contrast WCAG asks of a swatch or bar against its background. */
export const MIN_CONTRAST = 3;

import { contrastRatio as contrast, parseColor, type Rgb } from './color/wcag.ts';

function parseHex(hex: string): Rgb {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return parseColor(hex);
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => from[i]! + (to[i]! - from[i]!) * t) as unknown as Rgb;
}

/**
 * Darkens or lightens `hex` toward black or white just enough to reach `MIN_CONTRAST`
 * against both page backgrounds, keeping its hue; colours already in range come back unchanged.
 */
export function fitContrast(hex: string): string {
  const ok = (c: string) =>
    contrast(c, PAGE_BACKGROUND.light) >= MIN_CONTRAST && contrast(c, PAGE_BACKGROUND.dark) >= MIN_CONTRAST;
  if (ok(hex)) return hex;
  const rgb = parseHex(hex);
  const target: Rgb = contrast(hex, PAGE_BACKGROUND.light) < MIN_CONTRAST ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step++) {
    const candidate = toHex(mix(rgb, target, step / 100));
    if (ok(candidate)) return candidate;
  }
  throw new Error(`no shade of ${hex} reaches contrast ${MIN_CONTRAST} on both backgrounds`);
}

/**
 * Each theme's colour, picked from d3's categorical schemes so that no two look alike and some
 * carry a hint (green is green, party red, digital blue); `fitContrast` then adjusts the light ones.
 */
const PICKS: Readonly<Record<ThemeId, string | undefined>> = {
  positioning: schemeTableau10[0],
  industry: schemeTableau10[1],
  investment: schemeTableau10[2],
  projects: schemeTableau10[8],
  innovation: schemeObservable10[6],
  talent: schemeObservable10[1],
  enterprise: schemeTableau10[3],
  'business-env': schemeTableau10[7],
  reform: schemeSet1[3],
  opening: schemeDark2[0],
  regional: schemeCategory10[9],
  finance: schemeDark2[3],
  land: schemeCategory10[8],
  digital: schemeObservable10[0],
  green: schemeTableau10[4],
  urban: schemeTableau10[9],
  party: schemeSet1[0],
  safety: schemeDark2[7],
};

/** The colour of each theme, in `THEME_IDS` order. */
export const THEME_COLORS: Readonly<Record<ThemeId, string>> = Object.fromEntries(
  THEME_IDS.map((id) => [id, fitContrast(PICKS[id]!)]),
) as Record<ThemeId, string>;

/** The CSS custom property that holds a theme's colour, e.g. `--theme-investment`. */
export function themeColorProperty(id: ThemeId): string {
  return `--theme-${id}`;
}

/** A CSS value referring to a theme's colour, for `style` attributes and SVG `fill`. */
export function themeColorVar(id: ThemeId): string {
  return `var(${themeColorProperty(id)})`;
}

/** Where the site publishes `themeColorCss()`. */
export const THEME_COLORS_FILE = 'theme-colors.css';

/**
 * `theme-colors.css`, one stylesheet for the whole site: the `:root` rule that defines every theme
 * colour and the page backgrounds, and each theme chip's swatch by its `data-theme`. A document
 * page shows hundreds of chips; a style attribute on each, and this rule inline in every page,
 * were 11 MB of a 1,000-document site.
 */
export function themeColorCss(): string {
  const props = THEME_IDS.map((id) => `${themeColorProperty(id)}:${THEME_COLORS[id]};`).join('');
  const chips = THEME_IDS.map((id) => `.chip[data-theme="${id}"]{--swatch:${themeColorVar(id)}}`).join('\n');
  return `:root{${props}--page-bg-light:${PAGE_BACKGROUND.light};--page-bg-dark:${PAGE_BACKGROUND.dark};}\n${chips}\n`;
}
