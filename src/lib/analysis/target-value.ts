import type { Target } from '../../schemas/analysis.ts';
import { formatCount } from '../../i18n/format.ts';

/** A target's number as the table shows it: a deadline's year bare (2025), other numbers with separators (1,000), "—" when there is none. */
export function formatTargetValue(target: Pick<Target, 'value' | 'kind'>): string {
  if (target.value === null) return '—';
  return target.kind === 'deadline' ? String(target.value) : formatCount(target.value);
}

/** The reporting unit of each kind that has one: what `normalized` is counted in. */
const REPORTING_UNIT: Partial<Record<Target['kind'], string>> = { money: '亿元', area: '平方公里' };

/** A money or area target in its reporting unit ("0.3 亿元"), so rows compare; "" for the other kinds or without a conversion. */
export function formatNormalizedValue(target: Pick<Target, 'normalized' | 'kind'>): string {
  const unit = REPORTING_UNIT[target.kind];
  if (unit === undefined || target.normalized === null) return '';
  return `${new Intl.NumberFormat('en', { maximumSignificantDigits: 6 }).format(target.normalized)} ${unit}`;
}
