/**
 * Pages of a list that grows with the corpus (`/themes/<id>/`, `/phrases/`, `/targets/`): page 1
 * keeps the list's own address, page n > 1 is `<address>n/`, so links to page 1 never change.
 */

/** Items per page of each paginated list, chosen so the largest page of a 1,000-document corpus stays near 100 KB gzip. */
export const PAGE_SIZE = {
  /** Documents whose sentences a theme page shows side by side. */
  themeDocuments: 50,
  /** Shared phrases, each with up to 40 uses in context. */
  phrases: 60,
  /** Rows of the targets table; a page ends at a document's last target. */
  targets: 400,
} as const;

/** `items` cut into pages of `size`; one empty page for an empty list, so page 1 always exists. */
export function pages<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error(`page size must be at least 1, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length === 0 ? [[]] : out;
}

/**
 * `items` cut into pages of at least `size` items without splitting a group: a page ends only
 * where `groupOf` changes, so everything of one group (a document's targets) is on one page.
 */
export function groupedPages<T>(items: readonly T[], size: number, groupOf: (item: T) => string): T[][] {
  if (size < 1) throw new Error(`page size must be at least 1, got ${size}`);
  const out: T[][] = [];
  let page: T[] = [];
  items.forEach((item, i) => {
    page.push(item);
    const next = items[i + 1];
    if (page.length >= size && (next === undefined || groupOf(next) !== groupOf(item))) {
      out.push(page);
      page = [];
    }
  });
  if (page.length > 0 || out.length === 0) out.push(page);
  return out;
}

/** The `[...page]` route parameter of page `n` (1-based): none for page 1. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

/** Page number from the `[...page]` route parameter; throws on anything but undefined or "2", "3" … */
export function pageNumber(param: string | undefined): number {
  if (param === undefined) return 1;
  if (!/^[2-9]\d*$|^[1-9]\d+$/.test(param)) throw new Error(`not a page number: "${param}"`);
  return Number(param);
}

/** The neutral path of page `n` of the list at `path` ("/phrases/"): `path` itself for page 1. */
export function pagePath(path: string, n: number): string {
  if (!path.endsWith('/')) throw new Error(`a list's path ends with "/": ${path}`);
  return n === 1 ? path : `${path}${n}/`;
}
