/**
 * A link checker for the built site: fetches every page reachable from the start URL on the
 * same server, and reports internal links, assets and #fragments that do not resolve.
 */

export interface BrokenLink {
  /** The page that links. */
  from: string;
  /** The URL it links to. */
  url: string;
  /** HTTP status, or "missing #id" when the page exists but the fragment does not. */
  problem: string;
}

export interface CrawlResult {
  pages: string[];
  /** Every internal URL checked, pages and assets. */
  checked: number;
  broken: BrokenLink[];
}

const ATTRIBUTE = /\s(?:href|src|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const SRCSET = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function decodeEntities(value: string): string {
  return value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** URLs an HTML page refers to (links, scripts, styles, images, form actions), resolved against `pageUrl`. */
export function extractUrls(html: string, pageUrl: string): URL[] {
  // Inline scripts and styles hold code, not links.
  const markup = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.slice(0, tag.indexOf('>') + 1))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
  const raw: string[] = [];
  for (const m of markup.matchAll(ATTRIBUTE)) raw.push(m[1] ?? m[2] ?? '');
  for (const m of markup.matchAll(SRCSET))
    raw.push(...(m[1] ?? m[2] ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
  const urls: URL[] = [];
  for (const value of raw.map(decodeEntities)) {
    if (value === '' || /^(?:mailto|tel|data|javascript):/i.test(value)) continue;
    try {
      urls.push(new URL(value, pageUrl));
    } catch {
      urls.push(new URL('invalid:' + encodeURIComponent(value)));
    }
  }
  return urls;
}

/** The ids of the elements of an HTML page, for checking #fragments. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
}

/** Crawls every page under `start` on its origin and checks each internal URL once. */
export async function crawl(start: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const statuses = new Map<string, Promise<{ status: number; ids: Set<string> | null }>>();
  const queue: string[] = [new URL(start).href];
  const pages: string[] = [];
  const broken: BrokenLink[] = [];
  const fragments: { from: string; url: URL }[] = [];
  /** Internal URL -> the pages linking to it. */
  const check = new Map<string, string[]>();

  const fetchOnce = (url: string): Promise<{ status: number; ids: Set<string> | null }> => {
    let result = statuses.get(url);
    if (!result) {
      result = fetch(url).then(async (response) => {
        const type = response.headers.get('content-type') ?? '';
        if (response.ok && type.startsWith('text/html')) {
          const html = await response.text();
          pages.push(url);
          for (const link of extractUrls(html, url)) {
            if (link.origin !== origin) {
              if (link.protocol === 'invalid:')
                broken.push({ from: url, url: decodeURIComponent(link.pathname), problem: 'invalid URL' });
              continue;
            }
            const target = new URL(link.href);
            target.hash = '';
            target.search = '';
            if (link.hash) fragments.push({ from: url, url: link });
            queue.push(target.href);
            check.set(target.href, [...(check.get(target.href) ?? []), url]);
          }
          // A page that shows a block of its Chinese twin (src/client/twin.ts) has the twin's ids once shown.
          const twin = /\sdata-twin="([^"]+)"/.exec(html)?.[1];
          const ids = extractIds(html);
          if (twin) for (const id of (await fetchOnce(new URL(decodeEntities(twin), url).href)).ids ?? []) ids.add(id);
          return { status: response.status, ids };
        }
        await response.arrayBuffer();
        return { status: response.status, ids: null };
      });
      statuses.set(url, result);
    }
    return result;
  };

  while (queue.length > 0) {
    const batch = queue.splice(0, queue.length).filter((url) => !statuses.has(url));
    await Promise.all(batch.map(fetchOnce));
  }
  for (const [url, froms] of check) {
    const { status } = await statuses.get(url)!;
    if (status >= 400) for (const from of new Set(froms)) broken.push({ from, url, problem: String(status) });
  }
  for (const { from, url } of fragments) {
    const page = new URL(url.href);
    page.hash = '';
    page.search = '';
    const { status, ids } = await statuses.get(page.href)!;
    const id = decodeURIComponent(url.hash.slice(1));
    if (status < 400 && ids && !ids.has(id)) broken.push({ from, url: url.href, problem: `missing #${id}` });
  }
  return { pages: pages.sort(), checked: statuses.size, broken };
}
