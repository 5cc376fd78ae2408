// The "/" key jumps to a search box from anywhere on the page, unless the reader is typing: to
// the page's own box where it has one (`data-search-focus`, the search page), else to the header's.
const box = () =>
  document.querySelector<HTMLInputElement>('[data-search-focus]') ??
  document.querySelector<HTMLInputElement>('#site-search');
box()?.setAttribute('aria-keyshortcuts', '/');
document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    event.defaultPrevented ||
    event.isComposing
  )
    return;
  const target = event.target as HTMLElement | null;
  if (target?.isContentEditable || target?.closest('input, textarea, select, [contenteditable]')) return;
  const input = box();
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
