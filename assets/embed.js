// Gut–Skin Check loader, the one script a page includes (the standalone page too).
//
// It mounts a copy of the widget into every [data-gut-skin-check] element of the page, those
// added later included (a blog's infinite scroll, a page builder), each inside its own shadow
// root so the page's CSS and the widget's CSS never reach each other, then registers the
// service worker that keeps the widget working offline. Inside an iframe it also reports its
// height to the embedding page (see frame-host.js).
//
// The build (scripts/post-build.mjs) fills in the hashed names of the files below; every URL is
// relative to this script, so the widget's folder can live anywhere on the site.
const APP_SCRIPT = "__GSC_APP_JS__";
const APP_WASM = "__GSC_APP_WASM__";
const STYLESHEET = "__GSC_STYLESHEET__";
const HEIGHT_MESSAGE = "gut-skin-check:height";
const HELLO_MESSAGE = "gut-skin-check:hello";
const KEEP_PAGE_MESSAGE = "gut-skin-check:keep-page";

const HOST = "[data-gut-skin-check]";
const here = new URL(".", import.meta.url);
let app = null;
let offline = false;

mountWithin(document);
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) mountWithin(node);
}).observe(document.documentElement, { childList: true, subtree: true });
if (window.parent !== window) reportHeight();

/** Mounts a copy into `node` and every element within it that asks for one and has none yet. */
function mountWithin(node) {
  if (node.nodeType !== Node.ELEMENT_NODE && node !== document) return;
  const hosts = [...node.querySelectorAll(HOST)];
  if (node.matches?.(HOST)) hosts.unshift(node);
  for (const host of hosts) if (!host.shadowRoot) start(host);
}

/** The widget's script and wasm, fetched and started once for every copy on the page. */
function loadApp() {
  app ??= (async () => {
    // The wasm download starts now, alongside the script that instantiates it.
    const wasm = fetch(new URL(APP_WASM, here));
    const module = await import(new URL(APP_SCRIPT, here).href);
    await module.default({ module_or_path: wasm });
    return module;
  })();
  return app;
}

async function start(host) {
  const shadow = host.attachShadow({ mode: "open" });
  const stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = new URL(STYLESHEET, here).href;
  const styled = new Promise((done) => {
    stylesheet.addEventListener("load", done, { once: true });
    // Without its stylesheet the widget is plain but still usable, so an error only stops the wait.
    stylesheet.addEventListener("error", done, { once: true });
  });
  const root = document.createElement("div");
  root.className = "gsc-mount";
  // The widget's text is English wherever it is embedded, whatever the page's own language.
  root.lang = "en";
  const loading = document.createElement("p");
  loading.className = "gsc-loading";
  loading.setAttribute("role", "status");
  loading.textContent = "Loading the Gut–Skin Check…";
  root.append(loading);
  shadow.append(stylesheet, root);

  try {
    const [module] = await Promise.all([loadApp(), styled]);
    module.mount(root);
  } catch {
    showFailure(root);
    return;
  }
  if (!offline) {
    offline = true;
    keepOffline(host);
  }
}

function showFailure(root) {
  const frame = document.createElement("div");
  frame.className = "gsc";
  const title = document.createElement("h1");
  title.className = "gsc-title";
  title.textContent = "Gut–Skin Check";
  const alert = document.createElement("div");
  alert.className = "gsc-alert";
  alert.setAttribute("role", "alert");
  const heading = document.createElement("h2");
  heading.textContent = "Sorry, the Gut–Skin Check could not load";
  const advice = document.createElement("p");
  advice.textContent =
    "Check your internet connection and reload the page. Nothing you answered has been lost.";
  alert.append(heading, advice);
  frame.append(title, alert);
  root.replaceChildren(frame);
}

// Registered only once the widget runs: the worker then installs a new version while this page
// keeps the files it already has, so no page ever mixes two versions.
async function keepOffline(host) {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const options = {};
  // A blog post lies outside the widget's folder; a site that serves sw.js with a
  // Service-Worker-Allowed header can widen the scope so the post itself opens offline.
  if (host.dataset.offlineScope) options.scope = new URL(host.dataset.offlineScope, location.href).href;
  try {
    const registration = await navigator.serviceWorker.register(new URL("sw.js", here).href, options);
    const scope = new URL(registration.scope);
    const page = new URL(location.href);
    page.hash = "";
    const precached = page.href.startsWith(here.href);
    if (!precached && page.href.startsWith(scope.href)) {
      const ready = await navigator.serviceWorker.ready;
      ready.active?.postMessage({ type: KEEP_PAGE_MESSAGE });
    }
  } catch {
    // No service worker (an old browser, a private window, file://): the widget works online.
  }
}

// The embedding page says hello first; the height then goes to that page's origin only.
function reportHeight() {
  document.documentElement.classList.add("gsc-framed");
  let parentOrigin = null;
  const send = () => {
    if (parentOrigin === null) return;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, parentOrigin);
  };
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window.parent || event.origin === "null") return;
    if (typeof data !== "object" || data === null || data.type !== HELLO_MESSAGE) return;
    parentOrigin = event.origin;
    send();
  });
  new ResizeObserver(send).observe(document.body);
}
