import type { GroupedBarsLayout } from '../lib/charts/grouped-bars.ts';
import { CHART_FONT } from '../lib/charts/chart-font.ts';
import { svg } from './dom.ts';

/** Draws a grouped-bars layout as an `svg.chart`, each bar named for screen readers by `barLabel`. */
export function groupedBarsSvg(
  layout: GroupedBarsLayout,
  title: string,
  barLabel: (series: string, category: string, text: string) => string,
  seriesLang?: string,
): SVGSVGElement {
  const { plot, fontSize } = layout;
  const seriesLabel = new Map(layout.legend.map((l) => [l.id, l.label]));
  const categoryLabel = new Map(layout.categories.map((c) => [c.id, c.label]));
  return svg(
    'svg',
    {
      class: 'chart grouped-bars',
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'img',
      'aria-label': title,
      'font-family': CHART_FONT,
      'font-size': fontSize,
      fill: 'currentColor',
    },
    svg('title', {}, title),
    svg(
      'g',
      { class: 'legend' },
      ...layout.legend.map((l) =>
        svg(
          'g',
          { transform: `translate(${l.x},${l.y})` },
          svg('rect', { width: 14, height: 14, fill: l.fill, rx: 2 }),
          svg('text', { x: 20, y: 7, 'dominant-baseline': 'central', lang: seriesLang }, l.label),
        ),
      ),
    ),
    svg(
      'g',
      { class: 'x-axis', 'font-size': fontSize - 1 },
      ...layout.ticks.map((tick) =>
        svg(
          'g',
          { transform: `translate(${tick.x},0)` },
          svg('line', {
            y1: plot.y - 4,
            y2: plot.y + plot.height,
            stroke: 'currentColor',
            'stroke-opacity': tick.value === 0 ? 0.8 : 0.15,
          }),
          svg('text', { y: plot.y - 8, 'text-anchor': 'middle' }, tick.label),
        ),
      ),
    ),
    svg(
      'g',
      { class: 'categories' },
      ...layout.categories.map((c) =>
        svg('text', { x: plot.x - 8, y: c.y, 'text-anchor': 'end', 'dominant-baseline': 'central' }, c.shortLabel),
      ),
    ),
    svg(
      'g',
      { class: 'bars' },
      ...layout.bars.map((bar) =>
        svg(
          'g',
          {},
          svg(
            'rect',
            { x: bar.x, y: bar.y, width: Math.max(0, bar.width), height: bar.height, fill: bar.fill },
            svg(
              'title',
              {},
              barLabel(
                seriesLabel.get(bar.series) ?? bar.series,
                categoryLabel.get(bar.category) ?? bar.category,
                bar.text,
              ),
            ),
          ),
          bar.value > 0
            ? svg(
                'text',
                {
                  x: bar.x + bar.width + 4,
                  y: bar.y + bar.height / 2,
                  'dominant-baseline': 'central',
                  'font-size': fontSize - 2,
                },
                bar.text,
              )
            : null,
        ),
      ),
    ),
  );
}
