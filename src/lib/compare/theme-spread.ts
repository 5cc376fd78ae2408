/** How far compared profiles differ on one theme. */
export interface ThemeSpread {
  theme: string;
  min: number;
  max: number;
  /** max − min. */
  spread: number;
  /** Index of the profile with the largest share. */
  highest: number;
}

/**
 * Themes ordered by how much the profiles differ (max − min share), largest first, ties in
 * theme order. `profiles[p][t]` is profile p's share of `themes[t]`.
 */
export function themeSpreads(themes: readonly string[], profiles: readonly (readonly number[])[]): ThemeSpread[] {
  if (profiles.length === 0) return [];
  return themes
    .map((theme, t) => {
      const values = profiles.map((p) => p[t] ?? 0);
      const min = Math.min(...values);
      const max = Math.max(...values);
      return { theme, min, max, spread: max - min, highest: values.indexOf(max), order: t };
    })
    .sort((a, b) => b.spread - a.spread || a.order - b.order)
    .map(({ order: _order, ...spread }) => spread);
}
