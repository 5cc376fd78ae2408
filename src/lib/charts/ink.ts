import { relativeLuminance } from '../color/wcag.ts';
export const DARK_INK = '#111111';
export const LIGHT_INK = '#ffffff';

/** The text colour (dark or white) with the higher WCAG contrast on `fill`. */
export function inkOn(fill: string): typeof DARK_INK | typeof LIGHT_INK {
  const l = relativeLuminance(fill);
  const onDark = 1.05 / (l + 0.05);
  const onLight = (l + 0.05) / (relativeLuminance(DARK_INK) + 0.05);
  return onDark > onLight ? LIGHT_INK : DARK_INK;
}
