export const DARK_INK = '#111111';
export const LIGHT_INK = '#ffffff';

/** Channels 0..255 of an `rgb(r, g, b)` or `#rrggbb` colour, as d3-scale-chromatic writes them. */
export function parseColor(color: string): [number, number, number] {
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/u.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(color);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  throw new Error(`unsupported colour "${color}"`);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseColor(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The text colour (dark or white) with the higher WCAG contrast on `fill`. */
export function inkOn(fill: string): typeof DARK_INK | typeof LIGHT_INK {
  const l = relativeLuminance(fill);
  const onDark = 1.05 / (l + 0.05);
  const onLight = (l + 0.05) / (relativeLuminance(DARK_INK) + 0.05);
  return onDark > onLight ? LIGHT_INK : DARK_INK;
}
