import { THEME_IDS } from '../../../src/schemas/codebook.ts';
import { mulberry32 } from '../../../src/shared/prng.ts';

/** Counts of one label's decisions. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  support: number;
}

/** One sentence's gold targets (1, 0, -1 not counted) and predicted decisions per label. */
export interface Decision {
  group: string;
  target: ArrayLike<number>;
  predicted: readonly boolean[];
}

export function countLabels(decisions: readonly Decision[], labels: number): Counts[] {
  const counts = Array.from({ length: labels }, () => ({ tp: 0, fp: 0, fn: 0, support: 0 }));
  for (const d of decisions) {
    for (let l = 0; l < labels; l++) {
      const y = d.target[l]!;
      if (y < 0) continue;
      const c = counts[l]!;
      if (y === 1) c.support++;
      if (y === 1 && d.predicted[l]) c.tp++;
      else if (d.predicted[l]) c.fp++;
      else if (y === 1) c.fn++;
    }
  }
  return counts;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Micro (pooled) and macro (mean over labels with a gold or predicted instance) scores. */
export function summarise(counts: readonly Counts[]): { micro: Prf; macro: Prf; perLabel: Prf[] } {
  const perLabel = counts.map((c) => prf(c.tp, c.fp, c.fn));
  const total = counts.reduce((n, c) => ({ tp: n.tp + c.tp, fp: n.fp + c.fp, fn: n.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const active = perLabel.filter((_, l) => counts[l]!.support > 0 || counts[l]!.fp > 0);
  const mean = (k: keyof Prf) => active.reduce((n, s) => n + s[k], 0) / Math.max(active.length, 1);
  return {
    micro: prf(total.tp, total.fp, total.fn),
    macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
    perLabel,
  };
}

export type Interval = [number, number];

/** Percentile 95% intervals of every score, over `replicates` resamples of whole documents (with replacement). */
export function bootstrapByDocument(decisions: readonly Decision[], labels: number, replicates: number, seed: number) {
  const random = mulberry32(seed);
  const groups = [...new Set(decisions.map((d) => d.group))].sort();
  const byGroup = new Map(
    groups.map((g) => [
      g,
      countLabels(
        decisions.filter((d) => d.group === g),
        labels,
      ),
    ]),
  );
  const samples = {
    micro: [] as Prf[],
    macro: [] as Prf[],
    perLabel: Array.from({ length: labels }, () => [] as Prf[]),
  };
  for (let r = 0; r < replicates; r++) {
    const counts = Array.from({ length: labels }, () => ({ tp: 0, fp: 0, fn: 0, support: 0 }));
    for (let i = 0; i < groups.length; i++) {
      const c = byGroup.get(groups[Math.floor(random() * groups.length)]!)!;
      for (let l = 0; l < labels; l++) {
        counts[l]!.tp += c[l]!.tp;
        counts[l]!.fp += c[l]!.fp;
        counts[l]!.fn += c[l]!.fn;
        counts[l]!.support += c[l]!.support;
      }
    }
    const s = summarise(counts);
    samples.micro.push(s.micro);
    samples.macro.push(s.macro);
    s.perLabel.forEach((p, l) => samples.perLabel[l]!.push(p));
  }
  const interval = (list: Prf[], k: keyof Prf): Interval => {
    const sorted = list.map((p) => p[k]).sort((a, b) => a - b);
    return [sorted[Math.floor(0.025 * (sorted.length - 1))]!, sorted[Math.ceil(0.975 * (sorted.length - 1))]!];
  };
  const intervals = (list: Prf[]) => ({
    precision: interval(list, 'precision'),
    recall: interval(list, 'recall'),
    f1: interval(list, 'f1'),
  });
  return {
    micro: intervals(samples.micro),
    macro: intervals(samples.macro),
    perLabel: samples.perLabel.map(intervals),
  };
}

export const LABELS = THEME_IDS.length;
