/**
 * After Pagefind has written its index: the search pages ask for Pagefind's entry file and
 * metadata from their first lines, rather than when Pagefind, once loaded, finds it needs one
 * and then the other. The page carries a placeholder, `<link rel="preload" … data-pagefind-entry>`
 * for `pagefind-entry.json`; this gives it the metadata's hash as `?ts=` (Pagefind's
 * `metaCacheTag`, which the page's head script reads from the link, so Pagefind asks for exactly
 * that URL) and adds a preload of the metadata file itself. The tag changes whenever the index
 * does, so a cached entry file never outlives its index.
 */
import { ENTRY_ATTRIBUTE } from '../../../src/lib/search/early-start.ts';

/** What pagefind-entry.json says about the one index language of the site. */
export interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

const META_ATTRIBUTE = 'data-pagefind-meta';
const META_LINK = new RegExp(`<link\\b[^>]*\\b${META_ATTRIBUTE}\\b[^>]*>`, 'g');
const PLACEHOLDER = new RegExp(`<link\\b[^>]*\\b${ENTRY_ATTRIBUTE}\\b[^>]*>`);

/** The metadata hash of the entry's only language; throws on an entry with none or several. */
export function metaHash(entry: PagefindEntry): string {
  const hashes = Object.values(entry.languages ?? {}).map((l) => l.hash);
  if (hashes.length !== 1 || typeof hashes[0] !== 'string' || !/^[\w-]+$/.test(hashes[0]))
    throw new Error(`pagefind-entry.json: expected one index language, found ${hashes.length}`);
  return hashes[0];
}

/**
 * `html` with its placeholder link completed and the metadata preload after it; `html` unchanged
 * when it has no placeholder. The placeholder's href ("/base/pagefind/pagefind-entry.json") says
 * where Pagefind's files are.
 */
export function addPagefindPreloads(html: string, hash: string): string {
  // Run again on the same page (a second index run), the links it added are replaced.
  const page = html.replace(META_LINK, '');
  const match = PLACEHOLDER.exec(page);
  if (!match) return html;
  const href = /\bhref="([^"?]*)pagefind-entry\.json(?:\?ts=[^"]*)?"/.exec(match[0]);
  if (!href) throw new Error(`the ${ENTRY_ATTRIBUTE} link has no href to pagefind-entry.json: ${match[0]}`);
  const dir = href[1]!;
  const links =
    `<link rel="preload" href="${dir}pagefind-entry.json?ts=${hash}" as="fetch" crossorigin="anonymous" ${ENTRY_ATTRIBUTE}="${hash}">` +
    `<link rel="preload" href="${dir}pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous" ${META_ATTRIBUTE}>`;
  return page.slice(0, match.index) + links + page.slice(match.index + match[0].length);
}
