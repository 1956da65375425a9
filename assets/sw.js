// Gut–Skin Check's service worker: keeps the widget working offline after one visit.
//
// The build (scripts/post-build.mjs) fills in its version and the list of every file it wrote,
// so a new build is a new worker with a new cache. A version's files are cached all together or
// not at all. Once the new version is active, the caches before the previous one are deleted
// whole; the previous one stays, so that a page still open on it can fetch what it fetches late
// (the results module) from its own version: a page gets all of its files from one version.
const VERSION = "__GSC_VERSION__";
const FILES = __GSC_FILES__;

const PREFIX = "gut-skin-check-";
const CACHE = `${PREFIX}${VERSION}`;
// Blog posts that embed the widget, kept so they open offline too (see embed.js).
const PAGES = `${PREFIX}pages`;
const KEEP_PAGE_MESSAGE = "gut-skin-check:keep-page";

const here = new URL("./", self.location.href);
const precached = new Set(FILES.map((file) => new URL(file, here).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES.map((file) => new Request(new URL(file, here), { cache: "no-cache" })));
      // Pages only register the worker once their widget runs, so none is left mid-load.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // In the order they were made: the last of the others is the version before this one.
      const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE && name !== PAGES);
      for (const name of older.slice(0, -1)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const client = event.source;
  if (!client || typeof client.url !== "string" || event.data?.type !== KEEP_PAGE_MESSAGE) return;
  const page = new URL(client.url);
  page.hash = "";
  if (page.origin !== self.location.origin) return;
  event.waitUntil(caches.open(PAGES).then((cache) => cache.add(page.href)).catch(() => {}));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  url.search = "";
  if (request.mode === "navigate" && url.href === here.href) url.href = new URL("index.html", here).href;
  if (precached.has(url.href)) {
    event.respondWith(fromCache(url.href, request));
  } else if (request.mode === "navigate") {
    event.respondWith(keptPage(request));
  } else if (url.href.startsWith(here.href)) {
    // A file of the previous version, for a page still open on it.
    event.respondWith(caches.match(url.href).then((kept) => kept ?? fetch(request)));
  }
});

async function fromCache(key, request) {
  const cached = await caches.match(key, { cacheName: CACHE });
  return cached ?? fetch(request);
}

// The network first, so a blog post is never stale online; the kept copy when offline.
async function keptPage(request) {
  try {
    const response = await fetch(request);
    const cache = await caches.open(PAGES);
    if (response.ok && (await cache.match(request, { ignoreSearch: true }))) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const kept = await caches.match(request, { cacheName: PAGES, ignoreSearch: true });
    if (kept) return kept;
    throw offline;
  }
}
