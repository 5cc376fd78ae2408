// The document page: the outline's opening and each tagged sentence's evidence description (DocumentView.astro).
// The outline starts folded so phones reach the text at once; where it has its own column, open it.
if (matchMedia('(min-width: 62rem)').matches) {
  document.querySelectorAll<HTMLDetailsElement>('details[data-outline]').forEach((d) => (d.open = true));
}

// A click, a tap, Enter or Space opens a sentence's description and closes any other; again closes
// it. A click that ends a text selection, or lands inside the description, changes nothing.
const toggle = (s: HTMLElement) => {
  const opening = !s.classList.contains('open');
  document.querySelectorAll('.s.tagged.open').forEach((o) => o.classList.remove('open'));
  s.classList.remove('dismissed');
  if (opening) s.classList.add('open');
};
const sentenceOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('.doc-text .s.tagged') : null;
document.addEventListener('click', (event) => {
  const s = sentenceOf(event.target);
  if (!s || (event.target as Element).closest('.ev') || !(getSelection()?.isCollapsed ?? true)) return;
  toggle(s);
});
document.addEventListener('keydown', (event) => {
  const s = sentenceOf(event.target);
  if (s && event.target === s && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    toggle(s);
  }
  // Escape closes what is open and hides what hover or focus shows (WCAG 1.4.13) until the
  // pointer or focus leaves the sentence.
  if (event.key === 'Escape') {
    document.querySelectorAll('.s.tagged.open').forEach((o) => o.classList.remove('open'));
    document
      .querySelectorAll<HTMLElement>('.s.tagged:hover, .s.tagged:focus-visible')
      .forEach((o) => o.classList.add('dismissed'));
  }
});
const reset = (event: Event) => {
  const s = sentenceOf(event.target);
  const to = (event as MouseEvent | FocusEvent).relatedTarget as Node | null;
  if (s && !(to && s.contains(to))) s.classList.remove('dismissed');
};
document.addEventListener('mouseout', reset);
document.addEventListener('focusout', reset);
