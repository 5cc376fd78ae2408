import { describe, expect, it } from 'vitest';
import { buildHeatmap, heatmapColor, orderRowsByColumn, type HeatmapColumn, type HeatmapRow } from './heatmap.ts';

const columns: HeatmapColumn[] = [
  { id: 'industry', label: '产业发展' },
  { id: 'investment', label: '招商引资' },
  { id: 'green', label: '绿色低碳' },
];
const rows: HeatmapRow[] = [
  { id: 'b-park', label: 'B园区 2024', values: [0.1, 0.4, 0] },
  { id: 'a-park', label: 'A园区 2023', values: [0.3, 0.2, 0.05] },
];
const round = (n: number): number => Math.round(n * 10) / 10;

describe('buildHeatmap', () => {
  const layout = buildHeatmap(columns, rows, { cellWidth: 40, cellHeight: 20, fontSize: 12 });

  it('buildHeatmap(columns, rows) puts the grid right of the row labels and below the legend and column labels', () => {
    expect(layout.grid).toEqual({ x: 76, y: 94, width: 120, height: 40 });
    expect([layout.width, layout.height]).toEqual([280, 135]);
  });

  it('buildHeatmap(columns, rows) places each cell in its column and each row at its band', () => {
    expect(layout.rows.map((r) => [r.id, r.y])).toEqual([
      ['b-park', 94],
      ['a-park', 114],
    ]);
    expect(layout.rows[0]!.cells.map((c) => [c.column, c.x, c.width, c.height])).toEqual([
      ['industry', 76, 39, 19],
      ['investment', 116, 39, 19],
      ['green', 156, 39, 19],
    ]);
    expect(layout.columns.map((c) => round(c.x))).toEqual([96, 136, 176]);
  });

  it('buildHeatmap(columns, rows) colours from the lightest at 0 to the darkest at the largest share', () => {
    const cells = layout.rows.flatMap((r) => r.cells);
    const darkest = cells.find((c) => c.value === 0.4)!;
    const zero = cells.find((c) => c.value === 0)!;
    expect(darkest.fill).toBe('rgb(8, 48, 107)');
    expect(darkest.ink).toBe('#ffffff');
    expect(zero.fill).toBe('rgb(247, 251, 255)');
    expect(zero.ink).toBe('#111111');
    expect(darkest.text).toBe('40.0%');
    expect(darkest.shortText).toBe('40.0');
  });

  it('buildHeatmap(columns, rows) writes legend ticks as percentages across the legend width', () => {
    expect(layout.legend.ticks.map((t) => [t.label, round(t.x)])).toEqual([
      ['0%', 76],
      ['10%', 126],
      ['20%', 176],
      ['30%', 226],
      ['40%', 276],
    ]);
    expect(layout.legend.stops[0]).toEqual({ offset: 0, color: 'rgb(247, 251, 255)' });
    expect(layout.legend.stops).toHaveLength(11);
  });

  it('buildHeatmap(columns, rows, { order }) lays rows out in the order given', () => {
    const ordered = buildHeatmap(columns, rows, { order: ['a-park', 'b-park'] });
    expect(ordered.rows.map((r) => r.id)).toEqual(['a-park', 'b-park']);
  });

  it('buildHeatmap(columns, rows, { maxRowLabelWidth }) cuts long row labels with an ellipsis and keeps the full one', () => {
    const long = buildHeatmap(
      columns,
      [{ id: 'x', label: '某某市某某国家级高新技术产业开发区 2024', values: [0, 0, 0] }],
      { maxRowLabelWidth: 100, fontSize: 10 },
    );
    expect(long.rows[0]!.shortLabel).toBe('某某市某某国家级高…');
    expect(long.rows[0]!.label).toBe('某某市某某国家级高新技术产业开发区 2024');
  });

  it('buildHeatmap(columns, rows, { maxColumnLabelWidth }) cuts long column labels, and the header grows only to the cut length', () => {
    const wide = buildHeatmap([{ id: 'business-env', label: 'Business environment and government services' }], rows, {
      maxColumnLabelWidth: 120,
      fontSize: 12,
    });
    expect(wide.columns[0]!.shortLabel).toBe('Business environ…');
    expect(wide.grid.y).toBeLessThanOrEqual(48 + Math.ceil(120 * Math.SQRT1_2 + 12));
  });

  it("buildHeatmap(columns, rows, { values: 'count' }) writes counts as they are and ticks the legend at whole numbers", () => {
    const counts = buildHeatmap(columns, [{ id: 'a', label: 'A', values: [0, 3, 1200] }], { values: 'count' });
    expect(counts.rows[0]!.cells.map((c) => [c.text, c.shortText])).toEqual([
      ['0', '0'],
      ['3', '3'],
      ['1,200', '1,200'],
    ]);
    expect(counts.legend.ticks.map((t) => t.label)).toEqual(['0', '200', '400', '600', '800', '1,000', '1,200']);
    const few = buildHeatmap(columns, [{ id: 'a', label: 'A', values: [0, 1, 2] }], { values: 'count' });
    expect(few.legend.ticks.map((t) => t.label)).toEqual(['0', '1', '2']);
  });

  it('buildHeatmap(columns, rows, { zeroLegend }) writes a true zero as 0 and adds a legend swatch in the zero colour right of the scale', () => {
    const zeros = buildHeatmap(columns, [{ id: 'a', label: 'A', values: [0, 0.0004, 0.2] }], {
      zeroLegend: '0: no sentence',
      legendWidth: 200,
    });
    expect(zeros.rows[0]!.cells.map((c) => c.shortText)).toEqual(['0', '0.0', '20.0']);
    expect(zeros.legend.zero).toMatchObject({
      x: zeros.grid.x + 224,
      y: zeros.legend.y,
      fill: 'rgb(247, 251, 255)',
      label: '0: no sentence',
    });
    expect(zeros.width).toBeGreaterThan(zeros.legend.zero!.x + 14);
    expect(layout.legend.zero).toBeNull();
    expect(layout.rows[0]!.cells[2]!.shortText).toBe('0.0');
  });

  it('buildHeatmap(columns, rows) writes values in cells only when they fit', () => {
    expect(layout.showValues).toBe(true);
    expect(buildHeatmap(columns, rows, { cellWidth: 16, cellHeight: 12 }).showValues).toBe(false);
  });
});

describe('heatmapColor', () => {
  it('heatmapColor(0) falls back to a 0..1 domain so an empty matrix stays light', () => {
    expect(heatmapColor(0)(0)).toBe('rgb(247, 251, 255)');
  });
});

describe('orderRowsByColumn', () => {
  it('orderRowsByColumn(rows, i) sorts by descending share in that column, ties by id', () => {
    expect(orderRowsByColumn(rows, 0)).toEqual(['a-park', 'b-park']);
    expect(orderRowsByColumn(rows, 1)).toEqual(['b-park', 'a-park']);
    const tied = [
      { id: 'z', label: 'z', values: [0.1] },
      { id: 'y', label: 'y', values: [0.1] },
    ];
    expect(orderRowsByColumn(tied, 0)).toEqual(['y', 'z']);
  });
});
