import { THEME_IDS, type Codebook } from '../../../src/schemas/codebook.ts';
import type { AnnotatedSentence } from './annotated-sentence.ts';

/**
 * The codebook's 正例 and 反例 as training sentences: each says something about its own theme
 * only, so every other theme is left uncounted (optional). They are written by the project, so
 * they train the model but are never scored.
 */
export function codebookExamples(codebook: Codebook): AnnotatedSentence[] {
  return codebook.themes.flatMap((theme) => {
    const others = THEME_IDS.filter((t) => t !== theme.id);
    const example = (text: string, i: number, positive: boolean): AnnotatedSentence => ({
      id: `${theme.id}-${positive ? 'p' : 'n'}${i + 1}`,
      set: 'codebook',
      doc: 'codebook.yaml',
      path: 'content/codebook.yaml',
      text,
      themes: positive ? [theme.id] : [],
      optional: others,
    });
    return [
      ...theme.positive.map((t, i) => example(t, i, true)),
      ...theme.negative.map((t, i) => example(t, i, false)),
    ];
  });
}
