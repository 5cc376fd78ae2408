import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.ts';

const data = [
  { key: 'industry', label: '产业发展', value: 0.2 },
  { key: 'party', label: '党的建设', value: 0.05 },
  { key: 'investment', label: '招商引资', value: 0.35 },
  { key: 'green', label: '绿色低碳', value: 0.05 },
];

describe('barChart', () => {
  it('barChart(data) orders bars largest first, keeping input order for ties', () => {
    expect(barChart(data).bars.map((b) => b.key)).toEqual(['investment', 'industry', 'party', 'green']);
  });

  it('barChart(data) makes bar widths proportional to the values, from the label column', () => {
    const { bars } = barChart(data, { width: 400, labelWidth: 100, valueWidth: 50 });
    const [investment, industry] = bars as [(typeof bars)[0], (typeof bars)[0]];
    expect(investment.barX).toBe(100);
    expect(industry.barWidth / investment.barWidth).toBeCloseTo(0.2 / 0.35, 2);
    expect(investment.valueX).toBe(round(100 + investment.barWidth + 4));
  });

  it('barChart(data) labels values with one decimal and ticks with the precision their step needs', () => {
    const chart = barChart(data);
    expect(chart.bars[0]!.valueLabel).toBe('35.0%');
    expect(chart.ticks.map((t) => t.label)).toEqual(['0%', '10%', '20%', '30%', '40%']);
  });

  it('barChart(data) stacks rows top to bottom and sizes the chart to fit them', () => {
    const chart = barChart(data, { rowHeight: 20 });
    const ys = chart.bars.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(chart.plotBottom - chart.plotTop).toBe(80);
    expect(chart.height).toBeGreaterThan(chart.plotBottom);
  });

  it('barChart(data) draws zero-width bars when every value is 0', () => {
    const chart = barChart([{ key: 'a', label: 'A', value: 0 }]);
    expect(chart.bars[0]!.barWidth).toBe(0);
    expect(Number.isFinite(chart.ticks.at(-1)!.x)).toBe(true);
  });
});

function round(x: number) {
  return Math.round(x * 10) / 10;
}
