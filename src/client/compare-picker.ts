/**
 * The compare picker's filter: typing and the facet selects hide the documents that do not
 * match (`pickMatches`), never a chosen one, so a choice is never lost from sight. Without
 * JavaScript the filter stays hidden and the whole list shows.
 */

import { PICK_FACETS, pickMatches, type PickEntry, type PickFacets } from '../lib/compare/pick-filter.ts';
import { fillTemplate } from './dom.ts';

export function wirePickFilter(form: HTMLFormElement): void {
  const box = form.querySelector<HTMLElement>('.pick-filter');
  const query = box?.querySelector<HTMLInputElement>('input[type=search]');
  const items = [...form.querySelectorAll<HTMLLIElement>('.doc-picks > li')];
  if (!box || !query) return;
  const selects = [...box.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  const status = box.querySelector('.pick-shown')!;
  const entries = items.map((li): PickEntry => ({
    text: li.dataset['text'] ?? '',
    province: li.dataset['province'] ?? '',
    year: li.dataset['year'] ?? '',
    type: li.dataset['type'] ?? '',
    level: li.dataset['level'] ?? '',
  }));

  const apply = (): void => {
    const facets: PickFacets = {};
    for (const select of selects) {
      const facet = PICK_FACETS.find((f) => f === select.dataset['facet']);
      if (facet) facets[facet] = select.value;
    }
    let shown = 0;
    items.forEach((li, i) => {
      const checked = li.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked ?? false;
      li.hidden = !checked && !pickMatches(entries[i]!, query.value, facets);
      if (!li.hidden) shown += 1;
    });
    const filtered = query.value.trim() !== '' || selects.some((s) => s.value !== '');
    status.textContent = !filtered
      ? ''
      : shown === 0
        ? (box.dataset['none'] ?? '')
        : fillTemplate(box.dataset['shown'] ?? '', { shown, total: items.length });
  };

  box.hidden = false;
  query.addEventListener('input', apply);
  for (const select of selects) select.addEventListener('change', apply);
  // Enter in the filter box filters; it must not send the form.
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  apply();
}
