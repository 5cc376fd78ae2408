// A block of an English page that is its Chinese twin's (TwinStatus.astro): fetched, parsed inert
// (DOMParser runs no script and loads nothing), its interface words turned into English by the
// page's own function, and only the block's nodes imported. Each sentence's markup is thus
// built and published once, on the Chinese page.
import { chineseRuns } from '../lib/chinese-runs.ts';
import { TWIN_SHOWN } from './twin-shown.ts';

/** What every twin placeholder carries in `data-strings`, beside what its page's function needs. */
export interface TwinBase {
  /** Shown when the Chinese page cannot be fetched, before the link to it. */
  failed: string;
}

/**
 * Fills the page's twin placeholders, if it has any, each with its block of the twin read by
 * `english`; a page has one kind of twin block script, and blocks of the same twin share one fetch.
 */
export function showTwin<S extends TwinBase>(english: (block: Element, strings: S) => void): void {
  const placeholders = [...document.querySelectorAll<HTMLElement>('[data-twin]')];
  if (placeholders.length === 0) return;
  const pages = new Map<string, Promise<Document>>();
  const twin = (url: string) => {
    let page = pages.get(url);
    if (!page) {
      page = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      });
      pages.set(url, page);
    }
    return page;
  };
  void Promise.all(placeholders.map((status) => show(status, twin, english))).then((shown) => {
    if (!shown.includes(true)) return;
    document.dispatchEvent(new Event(TWIN_SHOWN));
    // The browser's jump to #s0042 or #doc-<id> happened before the element existed: jumping again
    // (in place, no history entry) scrolls to it and makes it :target.
    if (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1))))
      location.replace(location.hash);
  });
}

/** Replaces one placeholder with its block; false (and the reason shown) when the twin or the block is missing. */
async function show<S extends TwinBase>(
  status: HTMLElement,
  twin: (url: string) => Promise<Document>,
  english: (block: Element, strings: S) => void,
): Promise<boolean> {
  const strings = JSON.parse(status.dataset['strings'] ?? '{}') as S;
  try {
    const page = await twin(status.dataset['twin']!);
    const block = page.querySelector(status.dataset['block']!);
    if (!block) throw new Error(`no ${status.dataset['block']}`);
    english(block, strings);
    const into = status.dataset['into'] ? status.closest(status.dataset['into']) : status.parentElement;
    into!.replaceChildren(...[...block.childNodes].map((node) => document.importNode(node, true)));
    return true;
  } catch {
    status.prepend(`${strings.failed} `);
    return false;
  }
}

/**
 * Every interface string of the block through `translate`: its text nodes outside `keep` (the
 * documents' own words) and the labels that screen readers and narrow layouts read. The Chinese
 * an English string quotes (examples, a document's words) is marked `lang="zh-CN"`.
 */
export function englishStrings(block: Element, translate: (text: string) => string, keep: string): void {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const quoting: [Text, string[]][] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(keep)) continue;
    const chinese = node.textContent ?? '';
    const text = translate(chinese);
    // Only a string a template turned: Chinese left as it was is a string missing from the templates, and stays unmarked.
    const runs = text === chinese ? [] : chineseRuns(text);
    if (runs.length > 1) quoting.push([node as Text, runs]);
    else node.textContent = text;
  }
  // Replaced after the walk, which a replaced node would end.
  for (const [node, runs] of quoting) {
    node.replaceWith(
      ...runs.map((run, i) => {
        if (i % 2 === 0) return run;
        const span = block.ownerDocument.createElement('span');
        span.lang = 'zh-CN';
        span.textContent = run;
        return span;
      }),
    );
  }
  for (const element of block.querySelectorAll('[aria-label], [data-label]')) {
    for (const name of ['aria-label', 'data-label']) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, translate(value));
    }
  }
}

/** Links into the Chinese site (each pair's first prefix, e.g. "/docs/") made to point at the English pages (its second). */
export function relink(block: Element, links: readonly (readonly [string, string])[]): void {
  for (const a of block.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const target = a.getAttribute('href')!;
    const pair = links.find(([from]) => target.startsWith(from));
    if (pair) a.setAttribute('href', pair[1] + target.slice(pair[0].length));
  }
}
