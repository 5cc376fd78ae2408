import { max } from 'd3-array';
import { format } from 'd3-format';
import { scaleBand, scaleLinear } from 'd3-scale';
import { estimateTextWidth, truncateToWidth, type MeasureText } from './text-width.ts';

/**
 * Okabe–Ito colours that keep at least 3:1 contrast on white and stay apart for the common
 * colour-vision deficiencies; one per compared document.
 */
export const SERIES_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'] as const;

export interface BarCategory {
  id: string;
  label: string;
}

/** One compared profile; `values[i]` belongs to `categories[i]` and lies in 0..1. */
export interface BarSeries {
  id: string;
  label: string;
  values: readonly number[];
}

export interface GroupedBarsOptions {
  /** Total width of the chart in pixels. */
  width?: number;
  /** Thickness of one bar. */
  barHeight?: number;
  fontSize?: number;
  maxCategoryLabelWidth?: number;
  maxLegendLabelWidth?: number;
  /** How label widths are found; pass a real measurement when running in a browser. */
  measureText?: MeasureText;
}

export interface GroupedBarsLayout {
  width: number;
  height: number;
  fontSize: number;
  plot: { x: number; y: number; width: number; height: number };
  /** One row per category; `y` is the vertical centre of its group of bars. */
  categories: { id: string; label: string; shortLabel: string; y: number }[];
  bars: {
    series: string;
    category: string;
    x: number;
    y: number;
    width: number;
    height: number;
    value: number;
    fill: string;
    text: string;
  }[];
  ticks: { value: number; x: number; label: string }[];
  /** Swatch position (top-left) and label per series, stacked above the plot. */
  legend: { id: string; label: string; fill: string; x: number; y: number }[];
}

const percent = format('.1%');
const LEGEND_LINE = 20;

/** Horizontal grouped bars: a group per category, a bar per series, shares on a common x scale. */
export function buildGroupedBars(
  categories: readonly BarCategory[],
  series: readonly BarSeries[],
  options: GroupedBarsOptions = {},
): GroupedBarsLayout {
  const {
    width = 640,
    barHeight = 10,
    fontSize = 12,
    maxCategoryLabelWidth = 150,
    maxLegendLabelWidth = width - 24,
    measureText = estimateTextWidth,
  } = options;
  const shortLabels = categories.map((c) => truncateToWidth(c.label, maxCategoryLabelWidth, fontSize, measureText));
  // 8px between label and axis, 6px of air before the label so it never touches the edge.
  const labelWidth = Math.ceil(Math.max(0, ...shortLabels.map((l) => measureText(l, fontSize)))) + 14;
  // Room to the right of the longest bar for its value label.
  const valueRoom = Math.ceil(measureText('00.0%', fontSize - 2)) + 6;

  const legendHeight = series.length * LEGEND_LINE + 6;
  const groupHeight = Math.max(1, series.length) * barHeight;
  const groupStep = groupHeight / 0.75;
  const plot = {
    x: labelWidth,
    y: legendHeight + 20,
    width: Math.max(40, width - labelWidth - valueRoom),
    height: categories.length * groupStep,
  };

  const domainMax = max(series, (s) => max(s.values)) ?? 0;
  const x = scaleLinear()
    .domain([0, domainMax > 0 ? domainMax : 1])
    .nice(5)
    .range([plot.x, plot.x + plot.width]);
  const outer = scaleBand<string>()
    .domain(categories.map((c) => c.id))
    .range([plot.y, plot.y + plot.height])
    .paddingInner(0.25)
    .paddingOuter(0.125);
  const inner = scaleBand<string>()
    .domain(series.map((s) => s.id))
    .range([0, outer.bandwidth()])
    .paddingInner(0.1);
  const tickFormat = x.tickFormat(5, '%');
  const fillOf = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length]!;

  return {
    width,
    height: Math.ceil(plot.y + plot.height + 2),
    fontSize,
    plot,
    categories: categories.map((c, i) => ({
      id: c.id,
      label: c.label,
      shortLabel: shortLabels[i]!,
      y: outer(c.id)! + outer.bandwidth() / 2,
    })),
    bars: categories.flatMap((c, ci) =>
      series.map((s, si) => {
        const value = s.values[ci] ?? 0;
        return {
          series: s.id,
          category: c.id,
          x: plot.x,
          y: outer(c.id)! + inner(s.id)!,
          width: x(value) - plot.x,
          height: inner.bandwidth(),
          value,
          fill: fillOf(si),
          text: percent(value),
        };
      }),
    ),
    ticks: x.ticks(5).map((value) => ({ value, x: x(value), label: tickFormat(value) })),
    legend: series.map((s, i) => ({
      id: s.id,
      label: truncateToWidth(s.label, maxLegendLabelWidth, fontSize, measureText),
      fill: fillOf(i),
      x: 0,
      y: i * LEGEND_LINE + 2,
    })),
  };
}
