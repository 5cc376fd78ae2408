/**
 * WCAG 2 colour arithmetic, the one copy the charts' ink choice and the theme palette's contrast
 * fitting share. Linearisation uses the sRGB standard's 0.04045 threshold (WCAG 2.0 printed
 * 0.03928, from an older sRGB draft; for 8-bit channels the two never differ).
 */

export type Rgb = readonly [number, number, number];

/** Channels 0..255 of an `rgb(r, g, b)` / `rgba(…)` or `#rrggbb` colour, as d3-scale-chromatic writes them. */
export function parseColor(color: string): Rgb {
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/u.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(color);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  throw new Error(`unsupported colour "${color}" (want #rrggbb or rgb(r, g, b))`);
}

/** WCAG relative luminance of 0..255 channels, 0 (black) to 1 (white). */
export function channelsLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG relative luminance of a colour string, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  return channelsLuminance(parseColor(color));
}

/** WCAG contrast ratio of two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
