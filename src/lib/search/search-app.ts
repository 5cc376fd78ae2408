/**
 * The search page's script: reads the form and the URL, asks a backend, renders the results and
 * the filter counts, and keeps the URL in step so reload, back and forward restore a search.
 * The same module runs as the page's module script (over HTTP, Pagefind) and, bundled into
 * search/search-app.js, from a file:// page (the array of search-fallback.js).
 */
import { exactFirst, hitsPerDocument } from './arrange.ts';
import { downloadResults } from './download.ts';
import type { PassageHit } from './backend.ts';
import { CONFIG_ELEMENT_ID, fill, type SearchConfig, type SearchConfigFile, type SearchTextKey } from './config.ts';
import { completeConfig } from './doc-facts.ts';
import { arrayEngine, pagefindEngine, type Engine } from './engine.ts';
import { facetItems } from './facet-boxes.ts';
import { FACETS, countFacets, emptySelection, passes, type Facet, type FacetCounts } from './facets.ts';
import { isEmptyQuery, matchedViaAlias, parseQuery } from './query.ts';
import { createResultList, type ResultList } from './render.ts';
import { formatState, parseState, SORTS, type SearchState, type Sort } from './url-state.ts';
import { unknownFilterValues } from './unknown-filters.ts';

/** Hits rendered at once, whose texts are fetched then; "more" fetches and renders the next as many. */
const PAGE_SIZE = 20;
/** Hits a first screen shows (four to five on a desktop, fewer on a phone), whose texts are fetched first. */
const FIRST_SCREEN = 5;
const TYPING_DELAY_MS = 250;

/** `window.parkPlansSearch`: the page's search without the page, for the console and the browser tests. */
export interface SearchApi {
  /** "doc/sentence" of every sentence containing `q`, and how many records the index looked at. */
  find(q: string): Promise<{ passages: string[]; candidates: number }>;
}
export const API_GLOBAL = 'parkPlansSearch';

/** One filter box and where its count is drawn. */
interface CountCell {
  facet: Facet;
  box: HTMLInputElement;
  label: HTMLLabelElement | null;
  count: HTMLElement | null;
}

/** True when the state sets any filter. */
const filtered = (state: SearchState): boolean => FACETS.some((facet) => state.filters[facet].length > 0);

function readConfig(): SearchConfig {
  const node = document.getElementById(CONFIG_ELEMENT_ID);
  if (!node?.textContent) throw new Error(`#${CONFIG_ELEMENT_ID} is missing`);
  return completeConfig(JSON.parse(node.textContent) as SearchConfigFile);
}

/** Starts the page; `mode` says whether it was opened over HTTP or from a file. */
export function startSearchPage(mode: 'http' | 'file'): void {
  const config = readConfig();
  const text = (key: SearchTextKey, vars?: Record<string, string | number>) => fill(config.text[key], vars);
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const aliasBox = form.querySelector<HTMLInputElement>('input[name="alias"]')!;
  const download = document.querySelector<HTMLButtonElement>('#search-download')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const notice = document.querySelector<HTMLElement>('#search-notice')!;
  const expansions = document.querySelector<HTMLElement>('#search-expansions')!;
  const results = document.querySelector<HTMLElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const fileMode = mode === 'file';
  document.documentElement.dataset['searchMode'] = mode;
  // The filters start folded, so the results come first, unless the address sets one. Their theme
  // counts take the theme table, fetched once the panel is open or a theme is chosen, not before
  // the first result: at 1,000 documents it was a quarter of a cold search's bytes.
  const filters = document.querySelector<HTMLDetailsElement>('details[data-filters]');
  const activeCount = document.querySelector<HTMLElement>('#search-filters-active');

  const showNotice = (message: string) => {
    notice.textContent = message;
    notice.hidden = false;
  };

  status.textContent = text('search.loading');
  const engine: Promise<Engine> = fileMode
    ? arrayEngine(config)
    : pagefindEngine(config).catch(async (error: unknown) => {
        console.warn('Pagefind could not load; searching search-fallback.js instead.', error);
        const fallback = await arrayEngine(config).catch(() => null);
        if (!fallback) throw new Error(text('search.unavailable'));
        showNotice(text('search.fallbackMode'));
        return fallback;
      });
  if (fileMode) showNotice(text('search.fileMode'));

  const readControls = (): SearchState => {
    const filters = emptySelection();
    for (const facet of FACETS) {
      filters[facet] = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map(
        (box) => box.value,
      );
    }
    const sort = (SORTS as readonly string[]).includes(sortSelect.value) ? (sortSelect.value as Sort) : 'relevance';
    return { q: input.value, expand: aliasBox.checked, filters, sort };
  };

  // The filters' boxes are made when the first results are drawn, the panel is opened or a filter
  // is set: laid out with the page, a corpus's hundreds of parks held back a cold search's first
  // result. Found once put in place, since every search updates them all.
  let countCells: CountCell[] | null = null;
  let drawn: { counts: FacetCounts; themed: boolean } | null = null;
  /** Draws `counts` (or keeps them until the boxes are in place); without `themed`, the theme counts are not known yet and show as pending. */
  const showCounts = (counts: FacetCounts, themed: boolean) => {
    drawn = { counts, themed };
    for (const { facet, box, label, count } of countCells ?? []) {
      if (facet === 'theme' && !themed) {
        if (count) count.textContent = '…';
        label?.classList.remove('empty');
        continue;
      }
      const n = counts[facet].get(box.value) ?? 0;
      // Unchanged text is not rewritten, so the filter panel is laid out again only where a count changed.
      if (count && count.textContent !== String(n)) count.textContent = String(n);
      label?.classList.toggle('empty', n === 0 && !box.checked);
    }
  };
  const placeBoxes = () => {
    if (countCells) return;
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      const facet = fieldset.dataset['facet'] as Facet;
      fieldset
        .querySelector('ul')
        ?.replaceChildren(
          ...facetItems(facet, config.facets[facet], fieldset.dataset['prefix'] ?? '', config.dataLang),
        );
    }
    countCells = FACETS.flatMap((facet) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)].map((box) => {
        const label = box.closest('label');
        return { facet, box, label, count: label?.querySelector<HTMLElement>('.count') ?? null };
      }),
    );
    if (drawn) showCounts(drawn.counts, drawn.themed);
  };

  const writeControls = (state: SearchState) => {
    input.value = state.q;
    aliasBox.checked = state.expand;
    sortSelect.value = state.sort;
    if (filtered(state)) placeBoxes();
    for (const facet of FACETS) {
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`))
        box.checked = state.filters[facet].includes(box.value);
    }
  };

  let run = 0;
  // What opening the filters must still do: count the current hits by theme.
  let countThemes: (() => Promise<void>) | null = null;
  const countThemesIfOpen = () => {
    const count = countThemes;
    if (!filters?.open || !count) return;
    countThemes = null;
    count().catch((error: unknown) => {
      // Opening the panel again asks again.
      countThemes ??= count;
      status.textContent = text('search.error', { message: error instanceof Error ? error.message : String(error) });
    });
  };
  filters?.addEventListener('toggle', () => {
    if (filters.open) placeBoxes();
    countThemesIfOpen();
  });
  let downloadable: { hits: PassageHit[]; q: string } | null = null;
  download.addEventListener('click', () => {
    if (!downloadable) return;
    const { hits, q } = downloadable;
    void engine.then(({ backend }) => backend.show(hits)).then((shown) => downloadResults(shown, q, config));
  });
  const setDownload = (hits: PassageHit[] | null, q: string) => {
    downloadable = hits && hits.length > 0 ? { hits, q } : null;
    download.hidden = downloadable === null;
  };
  let showMore: (() => Promise<void>) | null = null;
  more.addEventListener('click', () => {
    // One page at a time: pressed again while its texts load, "more" would fetch and draw the same page twice.
    const next = showMore;
    if (!next) return;
    showMore = null;
    more.disabled = true;
    void next()
      // A page whose texts did not come can be asked for again.
      .catch(() => (showMore ??= next))
      .finally(() => (more.disabled = false));
  });
  const setMore = (remaining: number, next: (() => Promise<void>) | null) => {
    showMore = remaining > 0 ? next : null;
    more.hidden = showMore === null;
    more.textContent = text('search.more', { count: remaining });
  };

  const search = async (state: SearchState) => {
    const id = ++run;
    countThemes = null;
    const active = FACETS.reduce((n, facet) => n + state.filters[facet].length, 0);
    const unknown = unknownFilterValues(state.filters, config.facets);
    // A search that finds nothing because the address names a filter value the site lacks says so.
    const nothing = (fallback: string) =>
      unknown.length > 0 ? text('search.unknownFilter', { values: unknown.join(' ') }) : fallback;
    if (activeCount) activeCount.textContent = active > 0 ? `(${active})` : '';
    results.setAttribute('aria-busy', 'true');
    try {
      const { backend, t2s } = await engine;
      if (id !== run) return;
      status.textContent = text('search.searching');
      const query = parseQuery(state.q, t2s, state.expand ? config.aliases : []);
      expansions.replaceChildren(
        ...query.expansions.map((e) => {
          const line = document.createElement('p');
          line.textContent = text('search.also', {
            query: e.query,
            terms: e.expands.join(config.lang === 'zh' ? '、' : ', '),
          });
          return line;
        }),
      );

      if (isEmptyQuery(query)) {
        setDownload(null, '');
        const page = await backend.browse(state.filters, state.sort, 0, PAGE_SIZE);
        if (id !== run) return;
        const texts = backend.show(page.hits);
        showCounts(page.counts, true);
        const first = await texts;
        if (id !== run) return;
        const list = createResultList(results, config, t2s, fileMode, new Map());
        list.append(first);
        let shown = page.hits.length;
        status.textContent =
          page.total === 0
            ? nothing(text('search.summaryBrowse', { passages: 0 }))
            : text('search.summaryBrowse', { passages: page.total });
        const next = async () => {
          const slice = await backend.browse(state.filters, state.sort, shown, PAGE_SIZE);
          const texts = await backend.show(slice.hits);
          if (id !== run) return;
          list.append(texts);
          shown += slice.hits.length;
          setMore(page.total - shown, next);
        };
        setMore(page.total - shown, next);
        return;
      }

      const found = await backend.find(query);
      const themed = state.filters.theme.length > 0 || filters?.open !== false;
      const all = themed ? await backend.themed(found) : found;
      if (id !== run) return;
      const viaAlias = (hit: PassageHit) => matchedViaAlias(query, hit.terms);
      const passing: PassageHit[] = exactFirst(
        filtered(state) ? all.filter((h) => passes(h.values, state.filters)) : all,
        viaAlias,
        config.docs,
        state.sort,
      );
      setDownload(passing, state.q.trim());
      const perDoc = hitsPerDocument(passing);
      let shown = Math.min(PAGE_SIZE, passing.length);
      // Each hit is drawn, in order, once its own text is there, so the first result does not
      // wait for the twentieth's. The first screenful's texts are asked for at once and the rest
      // of the page's once that screen is drawn: every response is unpacked on the page's thread,
      // and those below the fold would hold back the first. The counts are worked out and drawn
      // after the first results.
      const ask = (from: number, to: number) =>
        passing.slice(from, to).map((hit) => {
          const text = backend.show([hit]);
          // A failure is reported by the loop below, at the first text that did not come.
          text.catch(() => undefined);
          return text;
        });
      const screen = Math.min(FIRST_SCREEN, shown);
      const texts = ask(0, screen);
      let list: ResultList | null = null;
      const draw = () => (list ??= createResultList(results, config, t2s, fileMode, perDoc, viaAlias));
      for (let i = 0; i < shown; i++) {
        if (i === screen) texts.push(...ask(screen, shown));
        const hits = await texts[i]!;
        if (id !== run) return;
        draw().append(hits);
      }
      const drawn = draw();
      const counts = (hits: readonly PassageHit[], themed: boolean) =>
        showCounts(
          countFacets(
            hits.map((h) => h.values),
            state.filters,
          ),
          themed,
        );
      counts(all, themed);
      countThemes = themed
        ? null
        : async () => {
            const hits = await backend.themed(all);
            if (id === run) counts(hits, true);
          };
      countThemesIfOpen();
      status.textContent =
        passing.length === 0
          ? nothing(text('search.none', { query: state.q.trim() }))
          : text('search.summary', { passages: passing.length, documents: perDoc.size });
      const next = async () => {
        const texts = await backend.show(passing.slice(shown, shown + PAGE_SIZE));
        if (id !== run) return;
        drawn.append(texts);
        shown = Math.min(shown + PAGE_SIZE, passing.length);
        setMore(passing.length - shown, next);
      };
      setMore(passing.length - shown, next);
    } catch (error) {
      if (id !== run) return;
      status.textContent = text('search.error', { message: error instanceof Error ? error.message : String(error) });
      setMore(0, null);
      setDownload(null, '');
    } finally {
      if (id === run) results.removeAttribute('aria-busy');
    }
  };

  // History: a filter or sort change adds an entry; typing adds one entry and then keeps updating
  // it, and a submit ends it.
  let typing = false;
  const commit = (how: 'push' | 'type') => {
    const state = readControls();
    const url = `${location.pathname}${formatState(state)}${location.hash}`;
    if (`${location.pathname}${location.search}${location.hash}` !== url) {
      if (typing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    typing = how === 'type';
    void search(state);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => commit('type'), TYPING_DELAY_MS);
    // The index chunks of what is typed are fetched at once, so the search that follows the pause
    // or the Enter finds them loaded; not the pinyin an input method is still composing.
    if ((event as InputEvent).isComposing) return;
    engine.then(
      ({ backend, t2s }) => backend.preload(parseQuery(input.value, t2s, aliasBox.checked ? config.aliases : [])),
      () => undefined,
    );
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit('push');
    typing = false;
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    clearTimeout(timer);
    typing = false;
    commit('push');
  });
  document.querySelector('#search-clear')?.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    typing = false;
    commit('push');
  });
  window.addEventListener('popstate', () => {
    typing = false;
    const state = parseState(new URLSearchParams(location.search));
    writeControls(state);
    void search(state);
  });

  const api: SearchApi = {
    async find(q) {
      const { backend, t2s } = await engine;
      const hits = await backend.find(parseQuery(q, t2s, config.aliases));
      return { passages: hits.map((h) => `${h.doc}/${h.id}`), candidates: backend.stats.candidates };
    },
  };
  (globalThis as Record<string, unknown>)[API_GLOBAL] = api;

  const initial = parseState(new URLSearchParams(location.search));
  if (filters && filtered(initial)) filters.open = true;
  writeControls(initial);
  // Then the boxes, so the panel opens full.
  void search(initial).then(() => setTimeout(placeBoxes));
}
