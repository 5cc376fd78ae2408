/**
 * The result list, built as DOM nodes: document text only ever goes in through `textContent`,
 * so a sentence can never inject markup, and matches are wrapped in `<mark>` elements.
 */
import type { PassageHit, ShownHit } from './backend.ts';
import { fill, type SearchConfig, type SearchDocument } from './config.ts';
import { matchRanges } from './query.ts';
import { sentenceNumber } from './order.ts';
import type { CharMap } from './tokenize.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `text` as text nodes with the occurrences of `terms` in `<mark>`. */
export function markedText(text: string, terms: readonly string[], t2s: CharMap): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const { start, end } of matchRanges(text, terms, t2s)) {
    if (start > at) fragment.append(text.slice(at, start));
    fragment.append(element('mark', undefined, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

/**
 * The link to a sentence on its document page, with the terms to highlight there:
 * `/docs/<doc>/?hl=营商环境#s0012`. From a file:// page the link is relative, with index.html.
 */
export function hitHref(doc: SearchDocument, hit: PassageHit, fileMode: boolean): string {
  const params = new URLSearchParams();
  for (const term of new Set(hit.terms)) params.append('hl', term);
  const query = params.toString() === '' ? '' : `?${params}`;
  const page = fileMode ? `../docs/${encodeURIComponent(doc.id)}/index.html` : doc.href;
  return `${page}${query}#${hit.id}`;
}

export interface ResultList {
  /** Appends hits in order; consecutive hits of one document share its group. */
  append(hits: readonly ShownHit[]): void;
}

/** Renders into `container` (emptied first) a list of documents, each with its hits. */
export function createResultList(
  container: HTMLElement,
  config: SearchConfig,
  t2s: CharMap,
  fileMode: boolean,
  docHits: Map<string, number>,
  viaAlias: (hit: PassageHit) => boolean = () => false,
): ResultList {
  container.replaceChildren();
  const list = element('ol', 'result-groups');
  container.append(list);
  const docs = new Map(config.docs.map((d) => [d.id, d]));
  let current: { doc: string; hits: HTMLOListElement } | null = null;

  const group = (doc: SearchDocument) => {
    const item = element('li', 'result-group');
    const heading = element('h3', 'result-doc');
    const link = element('a', undefined, doc.title);
    link.href = fileMode ? `../docs/${encodeURIComponent(doc.id)}/index.html` : doc.href;
    if (config.dataLang) heading.lang = config.dataLang;
    heading.append(link);
    const facts = element('p', 'result-facts muted', doc.facts);
    const count = docHits.get(doc.id);
    if (count !== undefined) facts.append(` · ${fill(config.text['search.docHits'], { count })}`);
    const hits = element('ol', 'result-hits');
    item.append(heading, facts, hits);
    list.append(item);
    return hits;
  };

  const hitItem = (doc: SearchDocument, hit: ShownHit) => {
    const item = element('li', 'result-hit');
    const text = element('p', 'hit-text');
    if (config.dataLang) text.lang = config.dataLang;
    text.append(markedText(hit.text, hit.terms, t2s));
    const meta = element('p', 'hit-meta');
    const link = element('a', undefined, fill(config.text['search.sentence'], { n: sentenceNumber(hit.id) }));
    link.href = hitHref(doc, hit, fileMode);
    meta.append(link);
    if (viaAlias(hit)) {
      const mark = element('span', 'via-alias', config.text['search.viaAlias']);
      mark.title = config.text['search.viaAliasNote'];
      meta.append(' · ', mark);
    }
    if (hit.section) {
      const label = element('span', 'hit-section', hit.section);
      if (config.dataLang) label.lang = config.dataLang;
      meta.append(' · ', label);
    }
    if (hit.values.theme.length > 0) {
      const chips = element('span', 'hit-chips');
      for (const theme of hit.values.theme) {
        const info = config.themes[theme];
        if (!info) continue;
        const chip = element('span', 'chip');
        chip.dataset['theme'] = theme;
        chip.append(info.label);
        chips.append(chip);
      }
      meta.append(' ', chips);
    }
    item.append(text, meta);
    return item;
  };

  return {
    append(hits) {
      for (const hit of hits) {
        const doc = docs.get(hit.doc);
        if (!doc) continue;
        if (current?.doc !== hit.doc) current = { doc: hit.doc, hits: group(doc) };
        current.hits.append(hitItem(doc, hit));
      }
    },
  };
}
