// The service worker's code; scripts/lib/offline/service-worker.ts puts the constants
// PRECACHE_VERSION and PRECACHE_URLS (paths relative to the registration scope) before it.
// Cache first, so the whole site, its search index and its data work offline after one visit.

const CACHE = `park-plans-${PRECACHE_VERSION}`;
const scope = () => new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // In slices, so hundreds of files do not all open connections at once.
      for (let i = 0; i < PRECACHE_URLS.length; i += 24) {
        const slice = PRECACHE_URLS.slice(i, i + 24).map((path) => new Request(new URL(path, scope()), { cache: 'reload' }));
        await cache.addAll(slice);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('park-plans-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** The stored request for a URL: without query or fragment (/search/?q=… is /search/), with a slash for a directory. */
function cacheKeys(url) {
  const bare = `${url.origin}${url.pathname}`;
  return url.pathname.endsWith('/') || /\.[a-z0-9_]+$/i.test(url.pathname) ? [bare] : [bare, `${bare}/`];
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(scope().pathname)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const key of cacheKeys(url)) {
        const stored = await cache.match(key);
        if (stored) return stored;
      }
      try {
        return await fetch(request);
      } catch (error) {
        const notFound = request.mode === 'navigate' ? await cache.match(new URL('404.html', scope())) : undefined;
        if (notFound) return notFound;
        throw error;
      }
    })(),
  );
});
