// The service worker's code; scripts/lib/offline/service-worker.ts puts the constants
// PRECACHE_VERSION, SHELL_URLS (paths relative to the registration scope), SITE (the whole
// site's file count, bytes and list file) and CACHE_PREFIX (the site's id, so that two sites on
// one origin, such as two forks on github.io, never delete each other's caches) before it.
//
// Install stores the shell, in a cache of this version. Every other file of the site is stored
// when it is first fetched, in one cache that outlives versions, and served from there, with a
// fetch in the background refreshing it (stale-while-revalidate); files named by their content
// hash never change, so they are not refreshed. The footer's button stores the whole site into
// that same cache (src/components/OfflineSave.astro), fetching with cache mode "reload", which
// this worker passes straight to the network.

const SHELL_CACHE = `${CACHE_PREFIX}-shell-${PRECACHE_VERSION}`;
const PAGES_CACHE = `${CACHE_PREFIX}-pages`;
const scope = () => new URL(self.registration.scope);
/** The entry of PAGES_CACHE whose body is the version the whole site was saved at. */
const savedKey = () => new URL('.offline-saved', scope()).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      // In slices, so the files do not all open connections at once.
      for (let i = 0; i < SHELL_URLS.length; i += 12) {
        const slice = SHELL_URLS.slice(i, i + 12).map(
          (path) => new Request(new URL(path, scope()), { cache: 'reload' }),
        );
        await cache.addAll(slice);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith(`${CACHE_PREFIX}-`) && key !== SHELL_CACHE && key !== PAGES_CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** The stored request for a URL: without query or fragment (/search/?q=… is /search/), with a slash for a directory. */
function cacheKeys(url) {
  const bare = `${url.origin}${url.pathname}`;
  return url.pathname.endsWith('/') || /\.[a-z0-9_]+$/i.test(url.pathname) ? [bare] : [bare, `${bare}/`];
}

/** Built files named by a hash of their content: Astro's assets and Pagefind's index chunks. */
function isImmutable(url) {
  const path = url.pathname.slice(scope().pathname.length);
  return path.startsWith('_astro/') || /^pagefind\/.+\.pf_(index|filter|fragment)$/.test(path);
}

/** Fetches and, when it is a plain successful answer, stores it under `key`. */
async function fetchAndStore(request, key) {
  const response = await fetch(request);
  // A redirected answer must not stand in for a navigation, which does not follow redirects.
  if (response.ok && !response.redirected && response.type === 'basic') {
    const cache = await caches.open(PAGES_CACHE);
    await cache.put(key, response.clone());
  }
  return response;
}

async function respond(event, request, url) {
  const keys = cacheKeys(url);
  const shell = await caches.open(SHELL_CACHE);
  const pages = await caches.open(PAGES_CACHE);
  for (const key of keys) {
    const inShell = await shell.match(key);
    if (inShell) return inShell;
    const stored = await pages.match(key);
    if (stored) {
      if (!isImmutable(url)) event.waitUntil(fetchAndStore(request, key).catch(() => {}));
      return stored;
    }
  }
  try {
    return await fetchAndStore(request, keys[0]);
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await shell.match(new URL('404.html', scope()).href) : undefined;
    if (notFound) return notFound;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.cache === 'reload') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(scope().pathname)) return;
  event.respondWith(respond(event, request, url));
});

// The footer asks what saving the whole site would download and whether it is saved already.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'offline-status' || !event.ports[0]) return;
  event.waitUntil(
    (async () => {
      const saved = await (await caches.open(PAGES_CACHE)).match(savedKey());
      event.ports[0].postMessage({
        ...SITE,
        version: PRECACHE_VERSION,
        saved: saved ? await saved.text() : null,
        cache: PAGES_CACHE,
        savedKey: savedKey(),
      });
    })(),
  );
});
