// Gut–Skin Check loader, the one script a page includes (the standalone page too).
//
// It mounts a copy of the widget into every [data-gut-skin-check] element of the page, those
// added later included (a blog's infinite scroll, a page builder), each inside its own shadow
// root so the page's CSS and the widget's CSS never reach each other, then registers the
// service worker that keeps the widget working offline. Inside an iframe it also reports its
// height to the embedding page, and passes on the widget's events (see frame-host.js).
//
// Each copy speaks the language of a content file: the element's data-lang, else the page's
// <html lang>, else English; or the blogger's own file, named by data-content. The file is
// fetched alongside the wasm, parsed by the browser and handed to the wasm; a blogger's own file
// is first checked by the content checker, fetched only then (the shipped files were checked
// when the widget was built). The results' text comes from a module of its own, fetched once the
// reader is under way, as the first question does not need it.
//
// The build (scripts/post-build.mjs) fills in the hashed names of the files below and the
// languages it ships; every URL is relative to this script, so the widget's folder can live
// anywhere on the site.
const APP_SCRIPT = "__GSC_APP_JS__";
const APP_WASM = "__GSC_APP_WASM__";
const CHECKER_SCRIPT = "check-content.js";
const CHECKER_WASM = "check-content_bg.wasm";
const RESULTS_SCRIPT = "__GSC_RESULTS_JS__";
const RESULTS_WASM = "__GSC_RESULTS_WASM__";
const STYLESHEET = "__GSC_STYLESHEET__";
const RESULTS_STYLESHEET = "__GSC_RESULTS_STYLESHEET__";
const LANGUAGES = __GSC_LANGUAGES__;
const HEIGHT_MESSAGE = "gut-skin-check:height";
const HELLO_MESSAGE = "gut-skin-check:hello";
const EVENT_MESSAGE = "gut-skin-check:event";
const KEEP_PAGE_MESSAGE = "gut-skin-check:keep-page";

const HOST = "[data-gut-skin-check]";
const here = new URL(".", import.meta.url);
const framed = window.parent !== window;
const contents = new Map();
let app = null;
let checker = null;
let results = null;
let resultsModule = null;
let resultsFailed = false;
// Every copy's shadow root, so the results' styles reach each one once they are wanted.
const shadows = [];
let resultsStyled = false;
let workerRegistered = false;
/** Whether the widget's service worker looks after this page (see keepOffline). */
let offlineCovered = Promise.resolve(false);
let parentOrigin = null;

mountWithin(document);
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) mountWithin(node);
}).observe(document.documentElement, { childList: true, subtree: true });
if (framed) talkToParent();
// A results module that could not be fetched is tried again once the network is back.
window.addEventListener("online", () => {
  if (resultsFailed) loadResults();
});

/** Mounts a copy into `node` and every element within it that asks for one and has none yet. */
function mountWithin(node) {
  if (node.nodeType !== Node.ELEMENT_NODE && node !== document) return;
  const hosts = [...node.querySelectorAll(HOST)];
  if (node.matches?.(HOST)) hosts.unshift(node);
  for (const host of hosts) {
    if (host.shadowRoot) continue;
    // One element that cannot hold the widget (no shadow root possible, a data-content that is
    // not a URL) is told in the console and leaves the others be.
    start(host).catch((error) => console.warn(`Gut–Skin Check: this element cannot show the check: ${error}`, host));
  }
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

/**
 * The content checker, fetched only for a blogger's own file: the files the widget ships with
 * were checked when it was built.
 */
function loadChecker() {
  checker ??= (async () => {
    const module = await import(new URL(CHECKER_SCRIPT, here).href);
    await module.default({ module_or_path: fetch(new URL(CHECKER_WASM, here)) });
    return module;
  })().catch((error) => {
    // Tried again for the next copy, as the network may be back.
    checker = null;
    throw error;
  });
  return checker;
}

/**
 * The results module, which writes the results' text: not needed for the first question, so
 * fetched once a reader has answered one, or as soon as a copy shows results. Every copy is told
 * when it arrives, or fails; after a failure the copies say so, and it is tried again when the
 * browser is back online or a copy is added.
 */
function loadResults() {
  if (!resultsStyled) {
    resultsStyled = true;
    for (const shadow of shadows) styleResults(shadow);
  }
  resultsFailed = false;
  results ??= (async () => {
    const module = await import(new URL(RESULTS_SCRIPT, here).href);
    await module.default({ module_or_path: fetch(new URL(RESULTS_WASM, here)) });
    resultsModule = module;
  })()
    .catch(() => {
      results = null;
      resultsFailed = true;
    })
    .then(() => loadApp())
    .then((widget) => widget.results_module_settled());
  return results;
}

/** Adds the results' styles to a copy's shadow root, after the widget's own. */
function styleResults(shadow) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(RESULTS_STYLESHEET, here).href;
  shadow.append(link);
}

/** The shipped language that `tag` ("es", "es-MX") asks for, if there is one. */
function shipped(tag) {
  if (!tag) return null;
  const wanted = tag.trim().toLowerCase();
  return LANGUAGES.find((lang) => lang === wanted) ?? LANGUAGES.find((lang) => lang === wanted.split("-")[0]) ?? null;
}

/**
 * Where a copy's words come from: the blogger's own file, or the shipped one for its language.
 * Of a shipped file the widget first needs only the part that asks the questions (`startUrl`);
 * the whole file (`url`) comes with the results module.
 */
function contentFor(host) {
  const own = host.dataset.content;
  if (own) {
    const url = new URL(own, document.baseURI).href;
    return { source: own, url, startUrl: url, lang: shipped(host.dataset.lang) ?? "en", own: true };
  }
  const fromAddress = host.hasAttribute("data-lang-from-url") ? new URLSearchParams(location.search).get("lang") : null;
  if (host.dataset.lang && !shipped(host.dataset.lang)) {
    console.warn(`Gut–Skin Check: no content file for data-lang="${host.dataset.lang}"; using the page's language.`);
  }
  const lang = shipped(host.dataset.lang) ?? shipped(fromAddress) ?? shipped(document.documentElement.lang) ?? "en";
  const source = `content/${lang}.json`;
  const startUrl = new URL(`content/${lang}.start.json`, here).href;
  return { source, url: new URL(source, here).href, startUrl, lang, own: false };
}

/**
 * A content file, fetched once per page, parsed by the browser, flattened for the wasm and,
 * when it is the blogger's own, checked: `{ json, flat }`, or `{ problems, arrived }` where each
 * problem is `[path, message]`.
 */
function loadContent(url, own) {
  if (!contents.has(url)) {
    contents.set(
      url,
      (async () => {
        let response;
        try {
          response = await fetch(url);
        } catch {
          return { problems: [["", "it could not be fetched"]], arrived: false };
        }
        if (!response.ok) return { problems: [["", `the server answered ${response.status}`]], arrived: false };
        let json;
        try {
          json = JSON.parse(await response.text());
        } catch (error) {
          const place = /line (\d+) column (\d+)/.exec(error.message);
          const where = place ? `line ${place[1]}, column ${place[2]}` : "";
          return { problems: [[where, `not valid JSON: ${error.message}`]], arrived: true };
        }
        const flat = flatten(json);
        if (!flat) return { problems: [["$", "nests too deeply to be content"]], arrived: true };
        if (!own) return { json, flat };
        const found = (await loadChecker()).check(json);
        if (found.length === 0) return { json, flat };
        const problems = [];
        for (let at = 0; at < found.length; at += 2) problems.push([found[at], found[at + 1]]);
        return { problems, arrived: true };
      })(),
    );
  }
  const loading = contents.get(url);
  // A failure to check (the checker did not load) is not remembered; a broken file is.
  loading.catch(() => contents.delete(url));
  return loading;
}

/**
 * A value JSON.parse gave, flat, as the wasm reads it in one go (see `from_flat` in
 * src/json.rs): a code per value with the lengths of texts, lists and objects, the numbers, and
 * every key and text joined. `null` when it nests deeper than anything a content file needs.
 */
function flatten(value) {
  const shape = [];
  const numbers = [];
  const texts = [];
  const text = (string) => {
    shape.push(string.length);
    texts.push(string);
  };
  const walk = (item, depth) => {
    if (depth > 16) throw new RangeError("nests too deeply");
    if (item === null) {
      shape.push(0);
    } else if (typeof item === "boolean") {
      shape.push(item ? 2 : 1);
    } else if (typeof item === "number") {
      shape.push(3);
      numbers.push(item);
    } else if (typeof item === "string") {
      shape.push(4);
      text(item);
    } else if (Array.isArray(item)) {
      shape.push(5, item.length);
      for (const each of item) walk(each, depth + 1);
    } else {
      const keys = Object.keys(item);
      shape.push(6, keys.length);
      for (const key of keys) {
        text(key);
        walk(item[key], depth + 1);
      }
    }
  };
  try {
    walk(value, 0);
  } catch {
    return null;
  }
  return { shape: Uint32Array.from(shape), numbers: Float64Array.from(numbers), text: texts.join("") };
}

async function start(host) {
  const { source, url, startUrl, lang, own } = contentFor(host);
  // The content file, the wasm and the stylesheet are all fetched at once.
  const content = loadContent(startUrl, own).catch(() => ({ problems: [["", "the checker could not be fetched"]], arrived: false }));
  const code = loadApp().catch(() => null);
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
  root.lang = lang;
  // Until the widget runs, the element's own content shows (the page's "Loading…" in its own
  // words); an empty element shows the widget's name.
  const loading = document.createElement("div");
  loading.className = "gsc-loading";
  loading.setAttribute("role", "status");
  const pageWords = document.createElement("slot");
  pageWords.textContent = "Gut–Skin Check…";
  loading.append(pageWords);
  root.append(loading);
  shadow.append(stylesheet, root);
  shadows.push(shadow);
  if (resultsStyled) styleResults(shadow);
  // Orca calls any focusable element "clickable" (a heading taking focus, say) when an element
  // above it listens for clicks, and the widget listens on the element it is mounted on.
  // Chromium's search for such an ancestor stops at a shadow root, so click listeners go there:
  // every event inside still reaches them.
  const clickTypes = new Set(["click", "mousedown", "mouseup", "DOMActivate"]);
  for (const method of ["addEventListener", "removeEventListener"]) {
    const own = root[method].bind(root);
    root[method] = (type, ...rest) => (clickTypes.has(type) ? shadow[method](type, ...rest) : own(type, ...rest));
  }

  const notify = (name, first, second) => {
    const details = {
      complete: () => ({ focus: [...first], doctorCard: second }),
      week: () => ({ days: first, plants: second }),
    };
    const detail = details[name]?.() ?? null;
    host.dispatchEvent(new CustomEvent(`gut-skin-check:${name}`, { detail, bubbles: true, composed: true }));
    if (framed && parentOrigin !== null) window.parent.postMessage({ type: EVENT_MESSAGE, name, detail }, parentOrigin);
  };
  const [loaded, module] = await Promise.all([content, code, styled]);
  if (!module) {
    showFailure(root, loaded.json?.interface);
    return;
  }
  if (loaded.problems) {
    const { problems, arrived } = loaded;
    module.show_problems(root, source, problems.map(([path]) => path), problems.map(([, message]) => message), arrived);
    const lines = problems.map(([path, message]) => (path ? `${path}: ${message}` : message));
    console.warn(`Gut–Skin Check: ${source} cannot be used:\n${lines.join("\n")}`);
    return;
  }
  const { shape, numbers, text } = loaded.flat;
  // The whole content file, which the results module reads: the one already loaded for a
  // blogger's own; for a shipped one, fetched with the module (and again once back online).
  let whole = own ? loaded : null;
  const loadWhole = () => {
    if (whole) return;
    whole = loadContent(url, false).then((arrived) => {
      if (!arrived.flat) contents.delete(url);
      whole = arrived.flat ? arrived : { failed: true };
      module.results_module_settled();
    });
  };
  window.addEventListener("online", () => whole?.failed && ((whole = null), loadWhole()));
  // What the widget asks for its results' text: see `results_text` in src/widget/browser.rs.
  const resultsText = (request) => {
    loadWhole();
    if (resultsFailed || whole.failed) return false;
    if (!resultsModule || !whole.flat) {
      loadResults();
      return null;
    }
    const all = whole.flat;
    return resultsModule.results(url, all.shape, all.numbers, all.text, request);
  };
  root.addEventListener(
    "change",
    () => {
      loadResults();
      loadWhole();
    },
    { once: true },
  );
  if (resultsFailed) loadResults();
  // Copies share one reading of a file, found by its full address.
  const problems = module.mount(root, startUrl, shape, numbers, text, notify, resultsText);
  if (problems.length > 0) {
    console.warn(`Gut–Skin Check: ${source} cannot be used:\n${problems.join("\n")}`);
    return;
  }
  if (!workerRegistered) {
    workerRegistered = true;
    offlineCovered = keepOffline(host);
  }
  // A page the worker does not look after (a blog post outside the widget's folder, unless the
  // blog widened its scope) cannot get the rest of the widget from it once the network is gone,
  // so it fetches the rest now: the check can then be finished offline once the page has loaded.
  offlineCovered.then((covered) => {
    if (!covered) {
      loadResults();
      loadWhole();
    }
  });
}

/** When the widget's code cannot load: in the content's words when they arrived, else English. */
function showFailure(root, words) {
  const say = (key, english) => (typeof words?.[key] === "string" ? words[key] : english);
  const frame = document.createElement("div");
  frame.className = "gsc";
  // The built-in words are English, whatever the page's language.
  if (!words) frame.lang = "en";
  const title = document.createElement("h1");
  title.className = "gsc-title";
  title.textContent = say("title", "Gut–Skin Check");
  const alert = document.createElement("div");
  alert.className = "gsc-alert";
  alert.setAttribute("role", "alert");
  const heading = document.createElement("h2");
  heading.textContent = say("load_failed_title", "Sorry, the Gut–Skin Check could not load");
  const advice = document.createElement("p");
  advice.textContent = say(
    "load_failed_body",
    "Check your internet connection and reload the page. Nothing you answered has been lost.",
  );
  alert.append(heading, advice);
  frame.append(title, alert);
  root.replaceChildren(frame);
}

// Registered only once the widget runs: the worker then installs a new version while this page
// keeps the files it already has, so no page ever mixes two versions. Whether the worker looks
// after this page: true for the widget's own page, and for a page within a widened scope.
async function keepOffline(host) {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return false;
  const options = {};
  // A blog post lies outside the widget's folder; a site that serves sw.js with a
  // Service-Worker-Allowed header can widen the scope so the post itself opens offline. A site
  // that cannot set headers on a file may serve the same worker from another address of the
  // widget's folder that sends it (data-offline-worker).
  if (host.dataset.offlineScope) options.scope = new URL(host.dataset.offlineScope, location.href).href;
  const worker = host.dataset.offlineWorker ? new URL(host.dataset.offlineWorker, location.href) : new URL("sw.js", here);
  try {
    const registration = await navigator.serviceWorker.register(worker.href, options);
    const scope = new URL(registration.scope);
    const page = new URL(location.href);
    page.hash = "";
    const precached = page.href.startsWith(here.href);
    if (!precached && page.href.startsWith(scope.href)) {
      const ready = await navigator.serviceWorker.ready;
      ready.active?.postMessage({ type: KEEP_PAGE_MESSAGE });
    }
    return page.href.startsWith(scope.href);
  } catch {
    // No service worker (an old browser, a private window, file://): the widget works online.
    return false;
  }
}

// The embedding page says hello first; the height and the widget's events then go to that
// page's origin only.
function talkToParent() {
  document.documentElement.classList.add("gsc-framed");
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
