import type { Target } from '../../schemas/analysis.ts';
import { formatCount } from '../../i18n/format.ts';

/** A target's number as the table shows it: a deadline's year bare (2025), other numbers with separators (1,000), "—" when there is none. */
export function formatTargetValue(target: Pick<Target, 'value' | 'kind'>): string {
  if (target.value === null) return '—';
  return target.kind === 'deadline' ? String(target.value) : formatCount(target.value);
}
