// The offline visit app's service worker (scope /offline/, issue 22): keeps the page, its scripts and its style
// sheets (those the page names when the worker is installed, and any other the page loads later), so that the page
// opens in a basement without a signal. The page is asked of the network first (a fresh
// CSRF token, a sign-in that ended) and taken from the cache when there is no network; the scripts and style
// sheets are taken from the cache first. Nothing else is kept: the list and the visits live in IndexedDB,
// encrypted by the page, and the API's answers are never cached.
'use strict';
const CACHE = 'unionaid-offline-v1';
const PAGE = '/offline/visits';
const SHELL = ['/offline/manifest.webmanifest', '/offline/icon.svg'];
/** The static paths the page loads from; the page writes the webjars' with their version. */
const STATIC = /^\/(webjars|css|js)\//;

/** The page, and every script and style sheet it names (as the server wrote their addresses). */
async function keepShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch(PAGE, { credentials: 'same-origin' });
  if (!response.ok || response.redirected) {
    throw new Error('the offline page needs a sign-in');
  }
  const html = await response.clone().text();
  const named = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]).filter((u) => STATIC.test(u));
  await cache.put(PAGE, response);
  await cache.addAll(SHELL.concat(named));
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

function fromNetworkFirst(request) {
  return fetch(request).then((response) => {
    // A page that sent the user to the login page is not the visit page: keep the one cached.
    if (response.ok && !response.redirected) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(PAGE, copy));
    }
    return response;
  }).catch(() => caches.match(PAGE).then((cached) => cached || Response.error()));
}

function fromCacheFirst(request) {
  return caches.match(request).then((cached) => cached || fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname === PAGE) {
    event.respondWith(fromNetworkFirst(request));
  } else if (SHELL.includes(url.pathname) || STATIC.test(url.pathname)) {
    event.respondWith(fromCacheFirst(request));
  }
});

// Signing out on the page empties the cache as well: the page kept holds the user's name and token.
self.addEventListener('message', (event) => {
  if (event.data === 'wipe') {
    event.waitUntil(caches.delete(CACHE));
  }
});
