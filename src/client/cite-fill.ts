/**
 * Completes citations built with placeholders (so builds stay byte-identical): `[data-today]`
 * gets the reader's date, `[data-page-url]` the page's current address with its state (query,
 * no #fragment), `[data-permalink]` its text made absolute. Buttons `[data-copy-cite=<id>]` copy
 * the text of element #id and report in the nearest `.cite-status`.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the reader's time zone, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The address a citation should give: this page with its query, without the #fragment. */
export function pageUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

export function fillCitations(root: ParentNode = document): void {
  root.querySelectorAll('[data-today]').forEach((el) => (el.textContent = today()));
  root.querySelectorAll('[data-page-url]').forEach((el) => (el.textContent = pageUrl(location.href)));
  root
    .querySelectorAll<HTMLElement>('[data-permalink]')
    .forEach((el) => (el.textContent = new URL(el.dataset['permalink'] || el.textContent || '', location.href).href));
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without the Clipboard API (a page served over plain http): copy from a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

let wired = false;

/** Fills the citations now and whenever the page's state may have changed its address; wires the copy buttons once. */
export function keepCitationsCurrent(): void {
  fillCitations();
  if (wired) return;
  wired = true;
  // Views change their address with history.replaceState/pushState, which fires no event: refresh after any input.
  const later = () => setTimeout(() => fillCitations(), 0);
  for (const type of ['change', 'click', 'submit', 'popstate']) addEventListener(type, later);
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button[data-copy-cite]');
    if (!(button instanceof HTMLButtonElement)) return;
    fillCitations();
    const source = document.getElementById(button.dataset['copyCite'] ?? '');
    // A button reports beside itself when it has a status line of its own, else in its block's.
    const status =
      button.parentElement?.querySelector<HTMLElement>('.cite-status') ??
      button.closest('.cite-block')?.querySelector<HTMLElement>('.cite-status');
    void copy(source?.textContent ?? '').then((done) => {
      if (status) status.textContent = (done ? status.dataset['copied'] : status.dataset['failed']) ?? '';
    });
  });
}
