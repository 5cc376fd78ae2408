/**
 * The compare page's analyses beyond themes: the phrases the chosen documents share
 * (`compare/phrases.json.gz`) and the words that set them apart from the rest of the corpus
 * (keyness computed here from `data/word-counts.json`). Both files load once, on first use.
 */
import { groupKeyness } from '../shared/analysis/keyness.ts';
import { decodeWordCounts, type WordCounts } from '../shared/analysis/word-counts.ts';
import { phraseAnchor } from '../lib/analysis/phrase-anchor.ts';
import { sharedPhrases, type ComparePhrasesFile } from '../lib/compare/compare-phrases.ts';
import { fetchJsonOnce } from '../lib/fetch-json.ts';
import type { WordCountsFile } from '../schemas/analysis.ts';
import { fillTemplate, html } from './dom.ts';

/** Interface strings, in the page's language. */
export interface AnalysisStrings {
  phrasesNone: string;
  phrasesMore: string;
  phraseDocs: string;
  generic: string;
  keynessIntro: string;
  keynessAll: string;
  keynessNone: string;
  keynessTerm: string;
  error: string;
}

/** Where the data lives and where words and phrases link to. */
export interface AnalysisUrls {
  phrases: string;
  wordCounts: string;
  /** The phrases page; a phrase links to its anchor there. */
  phrasesPage: string;
  search: string;
}

/** Most shared phrases listed; the phrases page has them all. */
const MAX_PHRASES = 20;
const TOP_WORDS = 15;

const load = <T>(url: string) => fetchJsonOnce(url) as Promise<T>;

interface LoadedCounts {
  byDoc: Map<string, WordCounts>;
  own: Map<string, string[]>;
}

let counts: Promise<LoadedCounts> | undefined;
function wordCounts(url: string): Promise<LoadedCounts> {
  counts ??= load<WordCountsFile>(url).then((file) => ({
    byDoc: decodeWordCounts(file),
    own: new Map(file.documents.map((d) => [d.doc, d.own])),
  }));
  counts.catch(() => (counts = undefined));
  return counts;
}

const dataLang = (): string | undefined => (document.documentElement.lang.startsWith('zh') ? undefined : 'zh-CN');

/** Lists the phrases two or more of `ids` share into `list`; `label` names a document. */
export async function drawSharedPhrases(
  list: HTMLElement,
  ids: readonly string[],
  label: (id: string) => string,
  strings: AnalysisStrings,
  urls: AnalysisUrls,
  current: () => boolean,
): Promise<void> {
  let file: ComparePhrasesFile;
  try {
    file = await load<ComparePhrasesFile>(urls.phrases);
  } catch (error) {
    list.replaceChildren(html('li', {}, fillTemplate(strings.error, { message: (error as Error).message })));
    return;
  }
  if (!current()) return;
  const shared = sharedPhrases(file, ids);
  const lang = dataLang();
  const listSeparator = lang ? ', ' : '、';
  list.replaceChildren(
    ...(shared.length === 0 ? [html('li', {}, strings.phrasesNone)] : []),
    ...shared
      .slice(0, MAX_PHRASES)
      .map((p) =>
        html(
          'li',
          {},
          html('a', { href: `${urls.phrasesPage}#${phraseAnchor(p.phrase)}`, lang }, p.phrase),
          p.generic ? html('span', { class: 'generic-tag' }, strings.generic) : null,
          ' ',
          html(
            'span',
            { class: 'muted' },
            fillTemplate(strings.phraseDocs, { count: p.docs.length, docs: p.docs.map(label).join(listSeparator) }),
          ),
        ),
      ),
    ...(shared.length > MAX_PHRASES
      ? [
          html(
            'li',
            { class: 'muted' },
            html(
              'a',
              { href: urls.phrasesPage },
              fillTemplate(strings.phrasesMore, { count: shared.length - MAX_PHRASES }),
            ),
          ),
        ]
      : []),
  );
}

/** Lists the words `ids` together use markedly more than the other documents into `list`, with `intro` saying against how many. */
export async function drawGroupKeyness(
  list: HTMLElement,
  intro: HTMLElement,
  ids: readonly string[],
  strings: AnalysisStrings,
  urls: AnalysisUrls,
  current: () => boolean,
): Promise<void> {
  let byDoc: Map<string, WordCounts>;
  let own: Map<string, string[]>;
  try {
    ({ byDoc, own } = await wordCounts(urls.wordCounts));
  } catch (error) {
    intro.textContent = fillTemplate(strings.error, { message: (error as Error).message });
    list.replaceChildren();
    return;
  }
  if (!current()) return;
  const rest = [...byDoc.keys()].filter((doc) => !ids.includes(doc)).length;
  if (rest === 0) {
    intro.textContent = strings.keynessAll;
    list.replaceChildren();
    return;
  }
  // The compared parks' own names and places would top the list without telling them apart.
  const exclude = new Set(ids.flatMap((id) => own.get(id) ?? []));
  const terms = groupKeyness(byDoc, ids, { top: TOP_WORDS, exclude });
  intro.textContent = terms.length === 0 ? strings.keynessNone : fillTemplate(strings.keynessIntro, { rest });
  const top = terms[0]?.z ?? 1;
  const lang = dataLang();
  list.replaceChildren(
    ...terms.map((term) =>
      html(
        'li',
        {},
        html('a', { class: 'word', href: `${urls.search}?q=${encodeURIComponent(term.word)}`, lang }, term.word),
        html('span', { class: 'bar', style: `--w: ${((100 * term.z) / top).toFixed(1)}%`, 'aria-hidden': 'true' }),
        html(
          'span',
          { class: 'numbers' },
          fillTemplate(strings.keynessTerm, { z: term.z, count: term.count, rest: term.rest }),
        ),
      ),
    ),
  );
}
