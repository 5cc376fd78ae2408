// The targets page's filter (src/views/TargetsView.astro renders the <targets-filter> it drives).
import { whenTwinShown } from './twin-shown.ts';
/**
 * Follows the form: a theme opens its list, a document the page of the list holding it, where
 * the rows of other documents are hidden. Reads the same choice from the address on load.
 */
class TargetsFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const params = new URLSearchParams(location.search);
    const scope = this.dataset['theme'] ?? '';
    const themes = [...form.querySelectorAll<HTMLOptionElement>('select[name=theme] option')].map((o) => o.value);
    const asked = params.get('theme');
    // `?theme=` is the form sent without JavaScript, or an older link: open that theme's list.
    if (asked !== null && asked !== scope && themes.includes(asked)) {
      location.replace(this.url(asked, 1, params.get('doc') ?? ''));
      return;
    }
    if (this.follow(scope, params.get('doc') ?? '', 'replace')) return;
    const docSelect = form.querySelector<HTMLSelectElement>('select[name=doc]');
    const doc = params.get('doc');
    if (docSelect && doc && [...docSelect.options].some((o) => o.value === doc)) docSelect.value = doc;
    form.addEventListener('change', () => this.submit(form));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit(form);
    });
    // On an English page the rows are the Chinese page's, shown once fetched.
    whenTwinShown(() => this.apply(doc ?? ''));
  }

  /** The address of page `n` of a theme's list ("" for all), with the document chosen. */
  url(theme: string, n: number, doc: string): string {
    const path = `${this.dataset['root'] ?? '/'}${theme ? `${theme}/` : ''}${n > 1 ? `${n}/` : ''}`;
    return doc ? `${path}?doc=${encodeURIComponent(doc)}` : path;
  }

  /** Goes to the page that shows `doc` in the list of `theme`, unless it is this one; says whether it left. */
  follow(theme: string, doc: string, how: 'assign' | 'replace'): boolean {
    const pages = JSON.parse(this.dataset['pages'] ?? '{}') as Record<string, number>;
    const here = Number(this.dataset['page'] ?? 1);
    const target = theme !== (this.dataset['theme'] ?? '') ? 1 : doc && pages[doc] ? pages[doc] : here;
    if (theme === (this.dataset['theme'] ?? '') && target === here) return false;
    location[how](this.url(theme, target, doc));
    return true;
  }

  submit(form: HTMLFormElement): void {
    const data = new FormData(form);
    const theme = String(data.get('theme') ?? '');
    const doc = String(data.get('doc') ?? '');
    if (this.follow(theme, doc, 'assign')) return;
    this.apply(doc);
    const url = new URL(location.href);
    if (doc) url.searchParams.set('doc', doc);
    else url.searchParams.delete('doc');
    history.replaceState(null, '', url);
  }

  /** Shows the rows of `doc` ("" for every row) and says how many of the list's rows that is. */
  apply(doc: string): void {
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    let shown = 0;
    for (const row of rows) {
      row.hidden = doc !== '' && row.dataset['doc'] !== doc;
      if (!row.hidden) shown += 1;
    }
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as { shown?: string };
    const status = this.querySelector('.targets-status');
    const number = new Intl.NumberFormat('en');
    if (status)
      status.textContent = (strings.shown ?? '')
        .replace('{shown}', number.format(shown))
        .replace('{total}', number.format(Number(this.dataset['total'] ?? rows.length)));
  }
}

customElements.define('targets-filter', TargetsFilter);
