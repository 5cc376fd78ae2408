// The footer's "save the site for offline use" button (OfflineSave.astro); does nothing on a page without it.
import { fillTemplate } from '../lib/fill-template.ts';
import { OFFLINE_STRINGS_FILE, type OfflineStrings } from '../lib/offline-strings.ts';
import { withTrailingSlash } from '../lib/with-slash.ts';

interface Status {
  files: number;
  bytes: number;
  list: string;
  version: string;
  saved: string | null;
  cache: string;
  savedKey: string;
}

const box = document.querySelector<HTMLElement>('.offline-save');
const base = withTrailingSlash(import.meta.env.BASE_URL);
const fill = fillTemplate;
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} KB`);

/** Asks the active worker for the site's size and saved version. */
function ask(worker: ServiceWorker): Promise<Status> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Status>) => resolve(event.data);
    worker.postMessage({ type: 'offline-status' }, [channel.port2]);
  });
}

/** Stores every file of the site in the worker's cache, a few at a time, showing progress. */
async function save(status: Status, strings: OfflineStrings): Promise<void> {
  const button = box!.querySelector('button')!;
  const bar = box!.querySelector('progress')!;
  const said = box!.querySelector('[role=status]')!;
  button.disabled = true;
  try {
    const list = (await (await fetch(`${base}${status.list}`, { cache: 'reload' })).json()) as {
      version: string;
      urls: string[];
    };
    const cache = await caches.open(status.cache);
    bar.max = list.urls.length;
    bar.value = 0;
    bar.hidden = false;
    said.textContent = fill(strings.saving, { done: 0, total: list.urls.length });
    const SLICE = 8;
    for (let i = 0; i < list.urls.length; i += SLICE) {
      await Promise.all(
        list.urls.slice(i, i + SLICE).map(async (path) => {
          const url = new URL(path, new URL(base, location.href)).href;
          // "reload" skips the browser's HTTP cache and the worker's, so the copy is this version's.
          const response = await fetch(url, { cache: 'reload' });
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          await cache.put(url, response);
        }),
      );
      bar.value = Math.min(list.urls.length, i + SLICE);
      // The status is read aloud: every tenth of the way, not every file.
      if (Math.floor((10 * bar.value) / bar.max) > Math.floor((10 * i) / bar.max))
        said.textContent = fill(strings.saving, { done: bar.value, total: bar.max });
    }
    await cache.put(status.savedKey, new Response(list.version));
    bar.hidden = true;
    button.hidden = true;
    said.textContent = strings.saved;
  } catch (error) {
    said.textContent = fill(strings.failed, { error: error instanceof Error ? error.message : String(error) });
    button.disabled = false;
  }
}

/**
 * The button's words in every language. Plain JSON, read with `fetch` rather than `fetchJson`:
 * this script is on every page, and `fetchJson` brings the inflate of the gzipped search files.
 */
async function offlineStrings(): Promise<Record<string, OfflineStrings>> {
  const url = `${base}${OFFLINE_STRINGS_FILE}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, OfflineStrings>;
}

if (box && 'serviceWorker' in navigator && 'caches' in window && location.protocol !== 'file:') {
  void navigator.serviceWorker.ready.then(async (registration) => {
    if (!registration.active) return;
    const [status, all] = await Promise.all([ask(registration.active), offlineStrings()]);
    const strings = all[document.documentElement.lang];
    if (!strings) return;
    const button = box.querySelector('button')!;
    button.textContent = fill(strings.save, { size: size(status.bytes), files: status.files.toLocaleString() });
    button.addEventListener('click', () => void save(status, strings));
    const said = box.querySelector('[role=status]')!;
    if (status.saved === status.version) {
      button.hidden = true;
      said.textContent = strings.saved;
    } else if (status.saved !== null) said.textContent = strings.outdated;
    box.hidden = false;
  });
}
