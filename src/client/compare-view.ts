/**
 * The compare page's island: reads `?docs=a,b&theme=t`, keeps the form in step with it, and
 * draws the chosen documents' profiles, where they differ most, and their sentences on one
 * theme side by side. Everything it shows comes from the page (profiles on the checkboxes,
 * theme names in the select) and from `compare/passages/<doc>.json.gz`.
 */

import { CHART_FONT } from '../lib/charts/chart-font.ts';
import { buildGroupedBars, SERIES_COLORS } from '../lib/charts/grouped-bars.ts';
import { toCsv } from '../lib/csv-cell.ts';
import { fetchJsonOnce } from '../lib/fetch-json.ts';
import type { ComparePassagesFile } from '../lib/compare/compare-passages.ts';
import { compareSearch, MAX_COMPARED, MIN_COMPARED, parseCompareState } from '../lib/compare/compare-state.ts';
import { themeSpreads } from '../lib/compare/theme-spread.ts';
import { wirePickFilter } from './compare-picker.ts';
import { drawGroupKeyness, drawSharedPhrases, type AnalysisStrings, type AnalysisUrls } from './compare-analysis.ts';
import { fillTemplate, html } from './dom.ts';
import { groupedBarsSvg } from './grouped-bars-svg.ts';

/** Interface strings the page hands over, already in the page's language. */
interface Strings extends AnalysisStrings {
  count: string;
  tooFew: string;
  tooMany: string;
  unknown: string;
  truncated: string;
  loading: string;
  error: string;
  spread: string;
  passages: string;
  docCount: string;
  none: string;
  cell: string;
  theme: string;
  chart: string;
  share: string;
}

interface Doc {
  id: string;
  label: string;
  shares: number[];
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * Label widths as the browser will draw them inside `box`, so the chart's margins fit the
 * fonts the page's CSS gives it (which win over the SVG's own font attribute).
 */
function canvasMeasure(box: Element): (text: string, fontSize: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text, fontSize) => text.length * fontSize;
  const family = getComputedStyle(box).fontFamily || CHART_FONT;
  return (text, fontSize) => {
    context.font = `${fontSize}px ${family}`;
    return context.measureText(text).width;
  };
}
const TOP_SPREADS = 5;

class CompareView extends HTMLElement {
  private strings = {} as Strings;
  private docs = new Map<string, Doc>();
  private themes: { id: string; name: string }[] = [];
  private form!: HTMLFormElement;
  private shown: { docs: string[]; theme: string | null } | null = null;
  private chartWidth = 0;

  connectedCallback(): void {
    const form = document.querySelector<HTMLFormElement>(`#${this.dataset['form'] ?? ''}`);
    if (!form) return;
    this.form = form;
    wirePickFilter(form);
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    for (const box of this.checkboxes()) {
      this.docs.set(box.value, {
        id: box.value,
        label: box.dataset['label'] ?? box.value,
        shares: (box.dataset['shares'] ?? '').split(',').map(Number),
      });
    }
    this.themes = [...this.themeSelect().options]
      .filter((o) => o.value !== '')
      .map((o) => ({ id: o.value, name: o.text }));

    form.addEventListener('change', (event) => {
      if (event.target === this.themeSelect()) this.onThemeChange();
      else this.updateCount();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    addEventListener('popstate', () => this.showUrl(false));
    new ResizeObserver(() => {
      const width = this.chartBox().clientWidth;
      if (this.shown && Math.abs(width - this.chartWidth) > 24) this.drawChart(this.shown.docs);
    }).observe(this.chartBox());
    this.showUrl(false);
  }

  private checkboxes(): HTMLInputElement[] {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=docs]')];
  }

  private themeSelect(): HTMLSelectElement {
    return this.form.querySelector<HTMLSelectElement>('select[name=theme]')!;
  }

  private find<E extends Element>(selector: string): E {
    return this.querySelector<E>(selector)!;
  }

  private chartBox(): HTMLElement {
    return this.find('.compare-chart');
  }

  private checked(): string[] {
    return this.checkboxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
  }

  private updateCount(): void {
    const n = this.checked().length;
    this.form.querySelector('.pick-count')!.textContent = fillTemplate(this.strings.count, { count: n });
    const error = this.form.querySelector('.form-error')!;
    if (n >= MIN_COMPARED && n <= MAX_COMPARED) error.textContent = '';
  }

  /** Validates the form; on success puts its state in the address and shows it. */
  private submit(): void {
    const docs = this.checked();
    const error = this.form.querySelector('.form-error')!;
    if (docs.length < MIN_COMPARED || docs.length > MAX_COMPARED) {
      error.textContent = fillTemplate(docs.length < MIN_COMPARED ? this.strings.tooFew : this.strings.tooMany, {
        count: docs.length,
      });
      return;
    }
    error.textContent = '';
    history.pushState(null, '', compareSearch(docs, this.themeSelect().value || null));
    this.showUrl(true);
  }

  private onThemeChange(): void {
    if (!this.shown) return;
    const theme = this.themeSelect().value || null;
    history.replaceState(null, '', compareSearch(this.shown.docs, theme));
    this.shown.theme = theme;
    void this.drawPassages(this.shown.docs, theme);
  }

  /** Shows what the address asks for; `focus` moves focus to the result, as after a submit. */
  private showUrl(focus: boolean): void {
    const state = parseCompareState(location.search, new Set(this.docs.keys()), new Set(this.themes.map((t) => t.id)));
    for (const box of this.checkboxes()) box.checked = state.docs.includes(box.value);
    this.themeSelect().value = state.theme ?? '';
    this.updateCount();
    const notes = [
      state.unknown.length > 0 ? fillTemplate(this.strings.unknown, { ids: state.unknown.join(', ') }) : '',
      state.truncated ? this.strings.truncated : '',
      state.docs.length === 1 ? this.strings.tooFew : '',
    ].filter(Boolean);
    this.find('.compare-notes').textContent = notes.join(' ');

    const result = this.find<HTMLElement>('.compare-result');
    const empty = this.find<HTMLElement>('.compare-empty');
    if (state.docs.length < MIN_COMPARED) {
      result.hidden = true;
      empty.hidden = false;
      this.shown = null;
      return;
    }
    result.hidden = false;
    empty.hidden = true;
    this.shown = { docs: state.docs, theme: state.theme };
    this.drawChart(state.docs);
    this.drawSpreads(state.docs);
    this.drawAnalyses(state.docs);
    void this.drawPassages(state.docs, state.theme);
    if (focus) this.find<HTMLElement>('#compare-result-heading').focus();
  }

  private drawChart(ids: string[]): void {
    const docs = ids.map((id) => this.docs.get(id)!);
    const box = this.chartBox();
    this.chartWidth = box.clientWidth;
    const width = Math.max(300, Math.min(880, this.chartWidth || 640));
    const layout = buildGroupedBars(
      this.themes.map((t) => ({ id: t.id, label: t.name })),
      docs.map((d) => ({ id: d.id, label: d.label, values: d.shares })),
      { width, fontSize: width < 480 ? 11 : 12, measureText: canvasMeasure(box) },
    );
    const barLabel = (doc: string, theme: string, share: string): string =>
      fillTemplate(this.strings.cell, { doc, theme, share });
    box.replaceChildren(
      groupedBarsSvg(
        layout,
        this.strings.chart,
        barLabel,
        document.documentElement.lang.startsWith('zh') ? undefined : 'zh-CN',
      ),
    );

    const table = html(
      'table',
      { class: 'compare-table' },
      html('caption', {}, this.strings.chart),
      html(
        'thead',
        {},
        html(
          'tr',
          {},
          html('th', { scope: 'col' }, this.strings.theme),
          ...docs.map((d) => html('th', { scope: 'col', class: 'num' }, d.label)),
        ),
      ),
      html(
        'tbody',
        {},
        ...this.themes.map((t, i) =>
          html(
            'tr',
            {},
            html('th', { scope: 'row' }, t.name),
            ...docs.map((d) => html('td', { class: 'num' }, percent(d.shares[i] ?? 0))),
          ),
        ),
      ),
    );
    this.find('.compare-table-box').replaceChildren(table);
    const frame = this.find<HTMLElement>('chart-frame');
    frame.dataset['csv'] = toCsv([
      ['theme', ...docs.map((d) => d.id)],
      ...this.themes.map((t, i) => [t.id, ...docs.map((d) => d.shares[i] ?? 0)]),
    ]);
  }

  private drawSpreads(ids: string[]): void {
    const docs = ids.map((id) => this.docs.get(id)!);
    const names = new Map(this.themes.map((t) => [t.id, t.name]));
    const spreads = themeSpreads(
      this.themes.map((t) => t.id),
      docs.map((d) => d.shares),
    )
      .filter((s) => s.spread > 0)
      .slice(0, TOP_SPREADS);
    this.find('.spread-list').replaceChildren(
      ...spreads.map((s) =>
        html(
          'li',
          {},
          html('strong', {}, names.get(s.theme) ?? s.theme),
          ' ',
          fillTemplate(this.strings.spread, {
            spread: (s.spread * 100).toFixed(1),
            high: percent(s.max),
            highDoc: docs[s.highest]!.label,
            low: percent(s.min),
          }),
        ),
      ),
    );
  }

  /** Shared phrases and distinctive words of the chosen set; each skips drawing if the choice changed meanwhile. */
  private drawAnalyses(ids: string[]): void {
    const urls = JSON.parse(this.dataset['analysis'] ?? '{}') as AnalysisUrls;
    const current = (): boolean => this.shown?.docs.join() === ids.join();
    const label = (id: string): string => this.docs.get(id)?.label ?? id;
    void drawSharedPhrases(this.find('.shared-phrases'), ids, label, this.strings, urls, current);
    void drawGroupKeyness(
      this.find('.group-keyness'),
      this.find('.group-keyness-intro'),
      ids,
      this.strings,
      urls,
      current,
    );
  }

  private fetchPassages(id: string): Promise<ComparePassagesFile> {
    return fetchJsonOnce(
      `${this.dataset['passages'] ?? ''}${encodeURIComponent(id)}.json.gz`,
    ) as Promise<ComparePassagesFile>;
  }

  /** Lists each document's sentences on `theme` (or the theme they differ on most) in columns. */
  private async drawPassages(ids: string[], asked: string | null): Promise<void> {
    const docs = ids.map((id) => this.docs.get(id)!);
    const theme =
      asked ??
      themeSpreads(
        this.themes.map((t) => t.id),
        docs.map((d) => d.shares),
      )[0]?.theme ??
      this.themes[0]!.id;
    const index = this.themes.findIndex((t) => t.id === theme);
    const heading = this.find('#compare-passages-heading');
    heading.textContent = fillTemplate(this.strings.passages, { theme: this.themes[index]?.name ?? theme });
    const columns = this.find('.passage-columns');
    const status = this.find('.compare-status');
    status.textContent = this.strings.loading;
    let files: ComparePassagesFile[];
    try {
      files = await Promise.all(ids.map((id) => this.fetchPassages(id)));
    } catch (error) {
      status.textContent = fillTemplate(this.strings.error, { message: (error as Error).message });
      return;
    }
    // A later choice may have replaced this one while the files loaded.
    if (this.shown?.docs.join() !== ids.join() || (this.shown.theme ?? null) !== asked) return;
    status.textContent = '';
    const dataLang = document.documentElement.lang.startsWith('zh') ? undefined : 'zh-CN';
    const docHref = this.dataset['docHref'] ?? '';
    columns.replaceChildren(
      ...files.map((file, i) => {
        const doc = docs[i]!;
        const matching = file.passages.filter((p) => p.themes.includes(theme));
        const base = docHref.replace('__ID__', encodeURIComponent(doc.id));
        return html(
          'section',
          {
            class: 'passage-column',
            'aria-labelledby': `col-${doc.id}`,
            style: `border-top-color: ${SERIES_COLORS[i % SERIES_COLORS.length]}`,
          },
          html('h3', { id: `col-${doc.id}`, lang: dataLang }, html('a', { href: base }, doc.label)),
          html(
            'p',
            { class: 'muted' },
            fillTemplate(this.strings.docCount, { count: matching.length, share: percent(doc.shares[index] ?? 0) }),
          ),
          matching.length === 0
            ? html('p', {}, this.strings.none)
            : html(
                'ol',
                {},
                ...matching.map((p) =>
                  html(
                    'li',
                    {},
                    p.section ? html('span', { class: 'passage-section', lang: dataLang }, p.section) : null,
                    html('a', { href: `${base}#${p.id}`, class: 'passage-text', lang: dataLang }, p.text),
                  ),
                ),
              ),
        );
      }),
    );
    columns.setAttribute('style', `--columns: ${files.length}`);
  }
}

customElements.define('compare-view', CompareView);
