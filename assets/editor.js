// Gut–Skin Check content editor: the loader of editor.html.
//
// It fetches the content files the widget ships, starts the editor's wasm (src/bin/editor/) in
// the page, and gives it the browser's JSON.parse, the value handed over flat as the widget's
// own loader hands it (assets/embed.js; `from_flat` in src/json.rs reads it). The editor is
// never part of the widget's first load: only this page loads it.
//
// In WordPress the plugin's admin page shows this page in a frame (editor.html?wordpress) and
// gives it, on the admin page's own window, the address of the plugin's REST route and a nonce
// (see wordpress/gut-skin-check/includes/words.php); the editor then opens and saves the site's
// file through that route.
//
// The build (scripts/post-build.mjs) fills in the editor's hashed file names and the languages
// the widget ships; every URL is relative to this script.
const EDITOR_SCRIPT = "__GSC_EDITOR_JS__";
const EDITOR_WASM = "__GSC_EDITOR_WASM__";
const LANGUAGES = __GSC_LANGUAGES__;

const here = new URL(".", import.meta.url);
const root = document.getElementById("gsc-editor");

start().catch((error) => fail(error?.message ?? String(error)));

async function start() {
  const site = wordPress();
  // The content files and the editor's code are fetched side by side: neither waits for the other.
  const files = Promise.all(
    LANGUAGES.map(async (lang) => {
      const response = await fetch(new URL(`content/${lang}.json`, here));
      if (!response.ok) throw new Error(`content/${lang}.json: the server answered ${response.status}`);
      return response.text();
    }),
  );
  const code = import(new URL(EDITOR_SCRIPT, here).href).then(async (module) => {
    await module.default({ module_or_path: fetch(new URL(EDITOR_WASM, here)) });
    return module;
  });
  // Both are awaited together, so a failure of one is not left unhandled while awaiting the other.
  const [shipped, module] = await Promise.all([files, code]);
  const problem = module.start(root, LANGUAGES, shipped, {
    read,
    site: site?.calls ?? null,
    siteLanguage: site?.language ?? navigatorLanguage(),
  });
  if (problem) fail(problem);
}

/** The shipped language closest to the browser's, for a first visit. */
function navigatorLanguage() {
  const wanted = (navigator.language ?? "").toLowerCase();
  return LANGUAGES.find((lang) => lang === wanted) ?? LANGUAGES.find((lang) => lang === wanted.split("-")[0]) ?? null;
}

/** `text` parsed by the browser and flattened, or why it is not JSON. */
function read(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const place = /line (\d+) column (\d+)/.exec(error.message);
    return place ? `line ${place[1]}, column ${place[2]}: ${error.message}` : error.message;
  }
  const flat = flatten(value);
  return flat ? [flat.shape, flat.numbers, flat.text] : "nests too deeply to be content";
}

/**
 * A value JSON.parse gave, flat: a code per value with the lengths of texts, lists and objects,
 * the numbers, and every key and text joined. The same hand-over as the widget's loader's
 * (assets/embed.js), which must stay out of the widget's first load, so it is written here again.
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

/**
 * In WordPress (editor.html?wordpress in the plugin's admin page): the site's file for each
 * language, through the plugin's REST route, with the nonce the admin page was given. The
 * settings are read from the admin page's window, which only a page of the same site can do.
 */
function wordPress() {
  if (!new URLSearchParams(location.search).has("wordpress")) return null;
  let settings = null;
  try {
    settings = window.parent !== window ? window.parent.gutSkinCheckWords : null;
  } catch {
    // Another site's page framed this one: it gets nothing.
  }
  if (!settings || typeof settings.rest !== "string" || typeof settings.nonce !== "string") return null;
  const route = (lang) => {
    const url = new URL(settings.rest, location.href);
    if (url.origin !== location.origin) throw new Error("the site's address is not this page's");
    // With plain permalinks the route is a query: ?rest_route=/gut-skin-check/v1/content
    if (url.searchParams.has("rest_route")) {
      url.searchParams.set("rest_route", `${url.searchParams.get("rest_route").replace(/\/$/, "")}/${lang}`);
    } else {
      url.pathname = `${url.pathname.replace(/\/$/, "")}/${encodeURIComponent(lang)}`;
    }
    return url;
  };
  const call = async (lang, method, body) => {
    const response = await fetch(route(lang), {
      method,
      body,
      credentials: "same-origin",
      headers: { "X-WP-Nonce": settings.nonce, ...(body ? { "Content-Type": "application/json" } : {}) },
      signal: AbortSignal.timeout(30_000),
    });
    // 204: the site has no words of its own saved for this language.
    if (method === "GET" && response.status === 204) return null;
    const answer = await response.text();
    if (!response.ok) {
      let message = `the site answered ${response.status}`;
      try {
        message = JSON.parse(answer).message ?? message;
      } catch {
        // Not the REST API's JSON: the status says enough.
      }
      throw new Error(message);
    }
    return answer;
  };
  return {
    language: typeof settings.siteLanguage === "string" ? settings.siteLanguage : null,
    calls: {
      load: (lang) => call(lang, "GET"),
      save: (lang, text) => call(lang, "POST", text),
      discard: (lang) => call(lang, "DELETE"),
    },
  };
}

/** When the editor cannot start: why, in words. */
function fail(message) {
  const alert = document.createElement("div");
  alert.className = "ed-failed";
  alert.setAttribute("role", "alert");
  const heading = document.createElement("h1");
  heading.textContent = "The editor could not start";
  const why = document.createElement("p");
  why.textContent = `${message}. Reload the page to try again.`;
  alert.append(heading, why);
  root.replaceChildren(alert);
}
