// The app's service worker, so that it works with no network once loaded (exam rooms are often
// offline). The build (src/build/vite-plugin-offline.ts) emits it as `sw.js`, preceded by
//   const VERSION = '…';   // derived from the content of the build
//   const FILES = ['./', …]; // every file of the build, relative to this worker
/* global VERSION, FILES */

const PREFIX = 'evs-offline-';
const CACHE = `${PREFIX}${VERSION}`;

// Install: put every file of the build in a cache of its own. One failed download fails the
// install (nothing half-cached is ever used); the browser tries again on a later visit.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))));
  // No skipWaiting(): a page already open keeps the build it started with until every tab is closed,
  // so that its lazily loaded chunks are still in the cache it uses.
});

// Activate: drop the caches of older builds, and take charge of the open pages at once.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** A response worth keeping: a full, same-origin success (never an error, a redirect or an opaque one). */
const cacheable = (response) => response.ok && response.status === 200 && response.type === 'basic';

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;

  // Pages: the network first (a new build shows as soon as it is online), else the cached index.html.
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => (response.ok ? response : caches.match('./').then((cached) => cached ?? response)))
        .catch(() => caches.match('./').then((cached) => cached ?? Response.error())),
    );
    return;
  }

  // Everything else (chunks, styles, sounds): the cache first, then the network, keeping what succeeds.
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then(
      (cached) =>
        cached ??
        fetch(request).then((response) => {
          if (cacheable(response)) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
          }
          return response;
        }),
    ),
  );
});
