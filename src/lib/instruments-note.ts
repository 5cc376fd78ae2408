import { formatCount, formatScore, formatShare } from '../i18n/format.ts';
import { t, type Lang } from '../i18n/ui.ts';
import type { Passage } from '../schemas/passage.ts';
import type { Scores } from '../schemas/eval-report.ts';

const rate = (x: number) => x.toFixed(2);

/**
 * The sentence that labels the policy-instrument layer experimental wherever it is shown, with
 * its measured figures: micro-F1 against hand annotation (with its 95% interval, from eval.json)
 * and how many theme-carrying sentences of this corpus no instrument was found in.
 */
export function instrumentsExperimentalNote(
  lang: Lang,
  micro: Scores | null,
  passages: readonly Pick<Passage, 'themes' | 'instruments'>[],
): string {
  const tagged = passages.filter((p) => p.themes.length > 0);
  const unidentified = tagged.filter((p) => p.instruments.length === 0).length;
  const figures = {
    tagged: formatCount(tagged.length),
    unidentified: formatCount(unidentified),
    share: formatShare(tagged.length ? unidentified / tagged.length : 0),
  };
  if (!micro) return t(lang, 'instruments.experimentalUnmeasured', figures);
  return t(lang, 'instruments.experimental', {
    ...figures,
    f1: rate(micro.f1),
    f1Low: rate(micro.f1CI[0]),
    f1High: rate(micro.f1CI[1]),
    precision: formatScore(micro.precision),
    recall: formatScore(micro.recall),
  });
}
