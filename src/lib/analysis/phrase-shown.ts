import type { Phrase } from '../../schemas/analysis.ts';

/** A phrase as the phrases page names it: a slogan in the quotation marks it was found in, a shared run as it is. */
export const phraseShown = (p: Pick<Phrase, 'kind' | 'phrase'>): string =>
  p.kind === 'quoted' ? `“${p.phrase}”` : p.phrase;
