// The matrix page's sort and readout (src/views/MatrixView.astro renders the <matrix-view> it drives).
type Orders = Record<string, string[]>;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

class MatrixView extends HTMLElement {
  private orders: Orders = {};

  connectedCallback(): void {
    const select = this.querySelector<HTMLSelectElement>('#matrix-sort');
    const svg = this.querySelector<SVGSVGElement>('svg.heatmap');
    if (!select || !svg) return;
    this.orders = JSON.parse(this.dataset['orders'] ?? '{}') as Orders;
    select.closest<HTMLElement>('.matrix-sort')!.hidden = false;

    const asked = new URLSearchParams(location.search).get('sort');
    if (asked && [...select.options].some((o) => o.value === asked)) {
      select.value = asked;
      this.sort(asked);
    }
    select.addEventListener('change', () => {
      this.sort(select.value);
      const url = new URL(location.href);
      if (select.value === 'similarity') url.searchParams.delete('sort');
      else url.searchParams.set('sort', select.value);
      history.replaceState(null, '', url);
      const status = this.querySelector('.matrix-status');
      if (status)
        status.textContent = (this.dataset['sorted'] ?? '{order}').replace(
          '{order}',
          select.selectedOptions[0]?.text ?? '',
        );
    });

    const readout = this.querySelector('.matrix-readout');
    const show = (event: Event): void => {
      const cell = (event.target as Element).closest('a.cell');
      // The cell's <title> is its accessible name and its tooltip; the readout repeats it for touch screens.
      if (cell && readout) readout.textContent = cell.querySelector('title')?.textContent ?? '';
    };
    svg.addEventListener('pointerover', show);
    svg.addEventListener('focusin', show);
  }

  /** Row ids for `key`: a precomputed order, or descending share of the theme `key`. */
  private orderFor(key: string, rows: SVGGElement[]): string[] {
    const known = this.orders[key];
    if (known) return known;
    return rows
      .map((row) => ({
        id: row.dataset['row'] ?? '',
        value: Number(
          row.querySelector<SVGAElement>(`a.cell[data-column="${CSS.escape(key)}"]`)?.dataset['value'] ?? 0,
        ),
      }))
      .sort((a, b) => b.value - a.value || byId(a, b))
      .map((r) => r.id);
  }

  /** Moves the heatmap's rows and the table's rows into the order `key`, DOM order included, so Tab follows what is seen. */
  sort(key: string): void {
    const svg = this.querySelector<SVGSVGElement>('svg.heatmap');
    const group = svg?.querySelector('g.rows');
    if (!svg || !group) return;
    const rows = [...group.querySelectorAll<SVGGElement>(':scope > g.row')];
    const order = this.orderFor(key, rows);
    const top = Number(svg.dataset['rowTop']);
    const height = Number(svg.dataset['rowHeight']);
    // The row labels are drawn in an SVG of their own beside the cells: both move together.
    const groups = [...this.querySelectorAll<SVGGElement>('svg.heatmap-labels g.rows'), group];
    const svgRows = groups.map((g) => ({
      g,
      rows: new Map([...g.querySelectorAll<SVGGElement>(':scope > g.row')].map((row) => [row.dataset['row'], row])),
    }));
    const body = this.querySelector('table tbody');
    const tableRows = new Map(
      [...(body?.querySelectorAll<HTMLTableRowElement>(':scope > tr') ?? [])].map((row) => [row.dataset['doc'], row]),
    );
    order.forEach((id, i) => {
      for (const { g, rows: byId } of svgRows) {
        const row = byId.get(id);
        if (row) {
          row.setAttribute('transform', `translate(0,${top + i * height})`);
          g.append(row);
        }
      }
      const tr = tableRows.get(id);
      if (tr) body?.append(tr);
    });
  }
}

customElements.define('matrix-view', MatrixView);
