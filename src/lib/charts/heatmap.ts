import { max } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { inkOn } from './ink.ts';
import { estimateTextWidth, truncateToWidth } from './text-width.ts';

export interface HeatmapColumn {
  id: string;
  label: string;
}

/** One row of the matrix; `values[i]` belongs to `columns[i]`: a share in 0..1, or a count (see `HeatmapOptions.values`). */
export interface HeatmapRow {
  id: string;
  label: string;
  values: readonly number[];
}

export interface HeatmapOptions {
  /** Row ids top to bottom; rows not listed keep their input order after the listed ones. */
  order?: readonly string[];
  cellWidth?: number;
  cellHeight?: number;
  /** Gap between cells, in pixels. */
  gap?: number;
  fontSize?: number;
  /** Row labels longer than this are cut with an ellipsis. */
  maxRowLabelWidth?: number;
  /** Column labels (written at 45°) longer than this are cut with an ellipsis. */
  maxColumnLabelWidth?: number;
  legendWidth?: number;
  /** Write each value inside its cell (only when the cell is big enough to hold it). */
  showValues?: boolean;
  interpolator?: (t: number) => string;
  /** What the values are: shares 0..1 written as percentages (the default), or whole counts written as they are. */
  values?: 'share' | 'count';
  /**
   * A legend entry for cells whose value is exactly 0, e.g. "0: no sentence": such cells then
   * write "0", so a true zero never looks like a blank or a rounded-down "0.0".
   */
  zeroLegend?: string;
}

export interface HeatmapCell {
  column: string;
  /** Left edge within the row. */
  x: number;
  width: number;
  height: number;
  value: number;
  fill: string;
  /** Text colour readable on `fill`. */
  ink: string;
  /** The value as a percentage, e.g. "12.3%", or a count, e.g. "7". */
  text: string;
  /** The percentage without its sign, to write inside the cell, e.g. "12.3"; a count as it is. */
  shortText: string;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  /** Top-left corner of the cell grid. */
  grid: { x: number; y: number; width: number; height: number };
  fontSize: number;
  /** Distance between row tops; cells are a gap shorter. */
  rowHeight: number;
  /** `x` is the column's centre; `shortLabel` is the label cut to fit. */
  columns: { id: string; label: string; shortLabel: string; x: number }[];
  /** Rows in display order; `y` is the row's top edge. */
  rows: { id: string; label: string; shortLabel: string; y: number; cells: HeatmapCell[] }[];
  /** Whether `cells[].text` fits inside the cells. */
  showValues: boolean;
  legend: {
    x: number;
    y: number;
    width: number;
    height: number;
    stops: { offset: number; color: string }[];
    ticks: { value: number; x: number; label: string }[];
    /** The swatch (top-left corner and side) and label of the zero entry, when `zeroLegend` is given. */
    zero: { x: number; y: number; size: number; fill: string; label: string } | null;
  };
}

const percent = format('.1%');
const percentNumber = format('.1f');
const count = format(',');

/** The cell text and the shorter text written inside the cell, for each kind of value. */
const VALUE_TEXT = {
  share: (v: number) => ({ text: percent(v), shortText: percentNumber(v * 100) }),
  count: (v: number) => ({ text: count(v), shortText: count(v) }),
} as const;
const COLUMN_LABEL_ANGLE = Math.PI / 4;
// Legend title, bar and tick labels above the column labels.
const LEGEND_BLOCK = 48;

/** The color of `value` on a sequential scale from 0 to the largest value shown (0..1 if all are 0). */
export function heatmapColor(
  domainMax: number,
  interpolator: (t: number) => string = interpolateBlues,
): (value: number) => string {
  const scale = scaleSequential(interpolator).domain([0, domainMax > 0 ? domainMax : 1]);
  return (value) => scale(value);
}

/** Row ids by descending value in `columnIndex`, ties by id. */
export function orderRowsByColumn(rows: readonly HeatmapRow[], columnIndex: number): string[] {
  return [...rows]
    .sort(
      (a, b) => (b.values[columnIndex] ?? 0) - (a.values[columnIndex] ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((r) => r.id);
}

/** Positions, colours and legend of a rows × columns heatmap, in pixels. */
export function buildHeatmap(
  columns: readonly HeatmapColumn[],
  rows: readonly HeatmapRow[],
  options: HeatmapOptions = {},
): HeatmapLayout {
  const {
    cellWidth = 36,
    cellHeight = 22,
    gap = 1,
    fontSize = 12,
    maxRowLabelWidth = 220,
    maxColumnLabelWidth = 170,
    legendWidth = 200,
    interpolator = interpolateBlues,
    values = 'share',
  } = options;
  const valueText = VALUE_TEXT[values];
  const domainMax = max(rows, (r) => max(r.values)) ?? 0;
  const color = heatmapColor(domainMax, interpolator);

  const ordered = orderRows(rows, options.order);
  const shortLabels = ordered.map((r) => truncateToWidth(r.label, maxRowLabelWidth, fontSize));
  const rowLabelWidth = Math.ceil(Math.max(0, ...shortLabels.map((l) => estimateTextWidth(l, fontSize)))) + 8;
  const columnLabels = columns.map((c) => truncateToWidth(c.label, maxColumnLabelWidth, fontSize));
  const columnLabelWidths = columnLabels.map((l) => estimateTextWidth(l, fontSize));
  const columnLabelHeight = Math.ceil(Math.max(0, ...columnLabelWidths) * Math.sin(COLUMN_LABEL_ANGLE) + fontSize);

  const grid = {
    x: rowLabelWidth,
    y: LEGEND_BLOCK + columnLabelHeight,
    width: columns.length * cellWidth,
    height: ordered.length * cellHeight,
  };
  const columnCenters = columns.map((_, i) => grid.x + i * cellWidth + cellWidth / 2);
  // A rotated label runs up and to the right of its column, past the grid for the last columns.
  const labelReach = Math.max(
    grid.x + grid.width,
    ...columnLabelWidths.map((w, i) => columnCenters[i]! + w * Math.cos(COLUMN_LABEL_ANGLE)),
  );
  const showValues = (options.showValues ?? true) && cellWidth >= 32 && cellHeight >= 16;

  const legendScale = scaleLinear()
    .domain([0, domainMax > 0 ? domainMax : 1])
    .range([0, legendWidth]);
  // Counts get whole-number ticks only: a legend of 0, 0.5, 1 mentions would be nonsense.
  const ticks = legendScale.ticks(4).filter((v) => values === 'share' || Number.isInteger(v));
  const tickFormat = legendScale.tickFormat(4, values === 'share' ? '%' : ',d');
  const legendY = 18;
  const zero =
    options.zeroLegend === undefined
      ? null
      : { x: grid.x + legendWidth + 24, y: legendY, size: 10, fill: color(0), label: options.zeroLegend };
  const zeroReach = zero ? zero.x + zero.size + 4 + estimateTextWidth(zero.label, fontSize) : 0;

  return {
    width: Math.ceil(Math.max(labelReach, grid.x + legendWidth, zeroReach) + 4),
    height: grid.y + grid.height + 1,
    grid,
    fontSize,
    rowHeight: cellHeight,
    showValues,
    columns: columns.map((c, i) => ({ id: c.id, label: c.label, shortLabel: columnLabels[i]!, x: columnCenters[i]! })),
    rows: ordered.map((r, ri) => ({
      id: r.id,
      label: r.label,
      shortLabel: shortLabels[ri]!,
      y: grid.y + ri * cellHeight,
      cells: columns.map((c, ci) => {
        const value = r.values[ci] ?? 0;
        const fill = color(value);
        const texts = valueText(value);
        return {
          column: c.id,
          x: grid.x + ci * cellWidth,
          width: cellWidth - gap,
          height: cellHeight - gap,
          value,
          fill,
          ink: inkOn(fill),
          ...texts,
          shortText: zero && value === 0 ? '0' : texts.shortText,
        };
      }),
    })),
    legend: {
      x: grid.x,
      y: legendY,
      width: legendWidth,
      height: 10,
      stops: Array.from({ length: 11 }, (_, i) => ({ offset: i / 10, color: interpolator(i / 10) })),
      ticks: ticks.map((value) => ({ value, x: grid.x + legendScale(value), label: tickFormat(value) })),
      zero,
    },
  };
}

function orderRows(rows: readonly HeatmapRow[], order: readonly string[] | undefined): HeatmapRow[] {
  if (!order) return [...rows];
  const rank = new Map(order.map((id, i) => [id, i]));
  return rows
    .map((row, i) => ({ row, key: rank.get(row.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((r) => r.row);
}
