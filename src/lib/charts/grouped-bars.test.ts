import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast } from '../color/wcag.ts';
import { PAGE_BACKGROUND } from '../theme-colors.ts';
import { buildGroupedBars, SERIES_COLORS } from './grouped-bars.ts';

const categories = [
  { id: 'industry', label: '产业发展' },
  { id: 'investment', label: '招商引资' },
];
const series = [
  { id: 'a', label: 'A园区', values: [0.3, 0.12] },
  { id: 'b', label: 'B园区', values: [0.1, 0.25] },
  { id: 'c', label: 'C园区', values: [0, 0.05] },
];
const round = (n: number): number => Math.round(n * 10) / 10;

describe('buildGroupedBars', () => {
  const layout = buildGroupedBars(categories, series, { width: 400, barHeight: 10, fontSize: 12 });

  it('buildGroupedBars(categories, series) puts a bar per series in each category, coloured per series', () => {
    expect(layout.bars).toHaveLength(6);
    expect(layout.bars.filter((b) => b.series === 'b').map((b) => b.fill)).toEqual([
      SERIES_COLORS[1],
      SERIES_COLORS[1],
    ]);
    expect(layout.bars.map((b) => b.text)).toEqual(['30.0%', '10.0%', '0.0%', '12.0%', '25.0%', '5.0%']);
  });

  it('buildGroupedBars(categories, series) scales bar lengths on one nice 0-based axis', () => {
    expect(layout.plot).toEqual({ x: 62, y: 86, width: 302, height: 80 });
    expect(layout.ticks.map((t) => [t.label, round(t.x)])).toEqual([
      ['0%', 62],
      ['5%', 112.3],
      ['10%', 162.7],
      ['15%', 213],
      ['20%', 263.3],
      ['25%', 313.7],
      ['30%', 364],
    ]);
    expect(layout.bars.map((b) => round(b.width))).toEqual([302, 100.7, 0, 120.8, 251.7, 50.3]);
  });

  it('buildGroupedBars(categories, series) stacks the bars of a group without overlap inside its band', () => {
    const group = layout.bars.filter((b) => b.category === 'industry').map((b) => [round(b.y), round(b.height)]);
    expect(group).toEqual([
      [91, 9.3],
      [101.3, 9.3],
      [111.7, 9.3],
    ]);
    expect(layout.categories.map((c) => round(c.y))).toEqual([106, 146]);
  });

  it('SERIES_COLORS keep 3:1 contrast on both page backgrounds', () => {
    for (const color of SERIES_COLORS) {
      expect(contrast(color, PAGE_BACKGROUND.light), color).toBeGreaterThanOrEqual(3);
      expect(contrast(color, PAGE_BACKGROUND.dark), color).toBeGreaterThanOrEqual(3);
    }
  });

  it('buildGroupedBars(categories, series) lists the series in a legend above the plot', () => {
    expect(layout.legend.map((l) => [l.label, l.y])).toEqual([
      ['A园区', 2],
      ['B园区', 22],
      ['C园区', 42],
    ]);
  });
});
