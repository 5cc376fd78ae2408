// The theme page's <theme-ranking>: re-sorts the ranking by share or count (ThemeRankingTable.astro renders it).
import { compareRank, type RankKey } from '../lib/theme-ranking.ts';
import { whenTwinShown } from './twin-shown.ts';

class ThemeRanking extends HTMLElement {
  connectedCallback(): void {
    const asked = new URLSearchParams(location.search).get('rank');
    // The English page's rows come from its Chinese twin: sorted once they are there.
    if (asked === 'count') whenTwinShown(() => this.sort('count'));
    this.querySelectorAll<HTMLButtonElement>('button.sort').forEach((button) =>
      button.addEventListener('click', () => {
        const key = button.dataset['key'] as RankKey;
        this.sort(key);
        const url = new URL(location.href);
        if (key === 'share') url.searchParams.delete('rank');
        else url.searchParams.set('rank', key);
        history.replaceState(null, '', url);
        const status = this.querySelector('.rank-status');
        if (status)
          status.textContent = (this.dataset['sorted'] ?? '').replace('{column}', button.textContent?.trim() ?? '');
      }),
    );
  }

  /** Puts the rows in `key` order, highest first, and marks that column's head. */
  sort(key: RankKey): void {
    const body = this.querySelector('tbody');
    if (!body) return;
    const compare = compareRank(key);
    const values = (row: HTMLElement) => ({
      share: Number(row.dataset['share']),
      count: Number(row.dataset['count']),
      // The title, the last tie-breaker, is the row header's link: a copy in an attribute was 2 MB at 1,000 documents.
      title: row.querySelector('th a')?.textContent?.trim() ?? '',
    });
    const rows = [...body.querySelectorAll<HTMLTableRowElement>(':scope > tr')].sort((a, b) =>
      compare(values(a), values(b)),
    );
    body.append(...rows);
    this.querySelectorAll<HTMLElement>('th[data-key]').forEach((th) => {
      if (th.dataset['key'] === key) th.setAttribute('aria-sort', 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
}

customElements.define('theme-ranking', ThemeRanking);
