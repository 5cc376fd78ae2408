// The bar offering a sentence's short citation while the address names it (CiteDocument.astro).
import { fillTemplate } from '../lib/fill-template.ts';
import { whenTwinShown } from './twin-shown.ts';

/** While the address names a sentence, offers its short citation in a bar at the foot of the window. */
function showSentence(): void {
  const bar = document.querySelector<HTMLElement>('.cite-sentence');
  if (!bar) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const sentence = /^s\d{4,}$/.test(id) ? document.getElementById(id) : null;
  bar.hidden = sentence === null;
  if (!sentence) return;
  const fill = (template: string) =>
    fillTemplate(template, { id, url: new URL(bar.dataset['url'] ?? '', location.href).href });
  bar.querySelector('.cite-sentence-label')!.textContent = fill(bar.dataset['label'] ?? '');
  bar.querySelector('.cite-sentence-text')!.textContent = fill(bar.dataset['template'] ?? '');
  bar.querySelector('.cite-status')!.textContent = '';
}
addEventListener('hashchange', showSentence);
document.querySelector('.cite-sentence .close')?.addEventListener('click', () => {
  document.querySelector<HTMLElement>('.cite-sentence')!.hidden = true;
});
whenTwinShown(showSentence);
