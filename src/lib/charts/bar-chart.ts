import { scaleBand, scaleLinear } from 'd3-scale';
import { format } from 'd3-format';

export interface BarDatum<K extends string = string> {
  key: K;
  label: string;
  /** A share, 0..1. */
  value: number;
}

export interface BarChartOptions {
  /** Width of the SVG's coordinate system. */
  width?: number;
  /** Room for the category labels left of the bars. */
  labelWidth?: number;
  /** Height of one row, bar and gap. */
  rowHeight?: number;
  /** Room for the value labels right of the longest bar. */
  valueWidth?: number;
}

export interface Bar<K extends string = string> {
  key: K;
  label: string;
  value: number;
  valueLabel: string;
  /** Top of the row; the bar and both labels sit in it. */
  y: number;
  barX: number;
  barWidth: number;
  barHeight: number;
  /** Baseline of the labels, vertically centred on the bar. */
  textY: number;
  /** Right edge of the category label. */
  labelX: number;
  /** Left edge of the value label. */
  valueX: number;
}

export interface Tick {
  x: number;
  label: string;
}

export interface BarChart<K extends string = string> {
  width: number;
  height: number;
  /** Top of the bars; the tick labels sit above it. */
  plotTop: number;
  plotBottom: number;
  bars: Bar<K>[];
  ticks: Tick[];
}

const round = (x: number) => Math.round(x * 10) / 10;
const percentPrecise = format('.1%');

/**
 * Lays out a horizontal bar chart of shares, largest first (ties keep their input order):
 * plain numbers and strings for an SVG, rounded to 0.1 so the markup is stable.
 */
export function barChart<K extends string>(data: readonly BarDatum<K>[], options: BarChartOptions = {}): BarChart<K> {
  const { width = 420, labelWidth = 96, rowHeight = 22, valueWidth = 48 } = options;
  const plotTop = 20;
  const sorted = data
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.value - a.d.value || a.i - b.i)
    .map(({ d }) => d);
  const plotBottom = plotTop + sorted.length * rowHeight;
  const max = Math.max(0.01, ...sorted.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([labelWidth, width - valueWidth]);
  const y = scaleBand<K>()
    .domain(sorted.map((d) => d.key))
    .range([plotTop, plotBottom])
    .paddingInner(0.25)
    .paddingOuter(0.125);
  const bars = sorted.map((d) => {
    const top = y(d.key)!;
    return {
      key: d.key,
      label: d.label,
      value: d.value,
      valueLabel: percentPrecise(d.value),
      y: round(top),
      barX: round(x(0)),
      barWidth: round(x(d.value) - x(0)),
      barHeight: round(y.bandwidth()),
      textY: round(top + y.bandwidth() / 2),
      labelX: round(labelWidth - 6),
      valueX: round(x(d.value) + 4),
    };
  });
  const tickLabel = x.tickFormat(4, '%');
  const ticks = x.ticks(4).map((v) => ({ x: round(x(v)), label: tickLabel(v) }));
  return { width, height: plotBottom + 4, plotTop, plotBottom, bars, ticks };
}
