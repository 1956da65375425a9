// Gut–Skin Check: the content editor's live preview, run by preview.html before the widget's
// own loader (embed.js) starts the widget.
//
// The editor leaves in session storage what to show: the edited content, the stored record
// that opens the widget where the text being edited is seen (a question, the results of a
// reader shown one version of a food, the week), and the words to point at. This script then
// answers the loader's requests for content files with that content, and gives the widget a
// storage of its own in memory, seeded with that record, so a preview never reads or changes
// what the blogger's browser keeps for the real widget. Without such a hand-over it shows
// nothing: the page is only ever the editor's.
const PREVIEW_KEY = "gut-skin-check-editor:preview";
const WIDGET_KEY = "gut-skin-check";
// How long to look for the words to point at: the results' text comes a moment after the rest.
const LOOK_FOR = 8000;

const here = new URL(".", import.meta.url);
const host = document.querySelector("[data-gut-skin-check]");
let preview = null;
try {
  preview = JSON.parse(sessionStorage.getItem(PREVIEW_KEY) ?? "null");
} catch {
  preview = null;
}

if (preview && typeof preview.content === "string") {
  isolate(preview);
  if (typeof preview.highlight === "string" && preview.highlight.trim()) pointAt(preview.highlight.trim());
} else {
  // Nothing to show yet: the loader finds no element to fill.
  host.removeAttribute("data-gut-skin-check");
  host.replaceChildren(Object.assign(document.createElement("p"), { textContent: "The preview starts with the editor." }));
}

function isolate({ content, record }) {
  const kept = new Map(typeof record === "string" ? [[WIDGET_KEY, record]] : []);
  const storage = {
    getItem: (key) => (kept.has(String(key)) ? kept.get(String(key)) : null),
    setItem: (key, value) => void kept.set(String(key), String(value)),
    removeItem: (key) => void kept.delete(String(key)),
    clear: () => kept.clear(),
    key: (index) => [...kept.keys()][index] ?? null,
    get length() {
      return kept.size;
    },
  };
  Object.defineProperty(window, "localStorage", { value: storage, configurable: true });
  // The preview keeps nothing offline: no service worker of its own.
  Object.defineProperty(navigator, "serviceWorker", { value: undefined, configurable: true });
  const contentFolder = new URL("content/", here).href;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.href.startsWith(contentFolder) && url.pathname.endsWith(".json")) {
      return Promise.resolve(new Response(content, { headers: { "Content-Type": "application/json" } }));
    }
    return realFetch(input, init);
  };
  // The widget moves focus as it opens; in the preview that must not take it from the editor.
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function focusWhenFocused(options) {
    if (document.hasFocus()) focus.call(this, options);
  };
}

/** Finds `words` on the widget's screen, opens the sections around them and scrolls to them. */
function pointAt(words) {
  const deadline = Date.now() + LOOK_FOR;
  const look = () => {
    const found = host.shadowRoot && find(host.shadowRoot, words);
    if (found) {
      mark(found);
    } else if (Date.now() < deadline) {
      setTimeout(look, 100);
    }
  };
  setTimeout(look, 100);
}

function find(root, words) {
  for (const link of root.querySelectorAll("a[href]")) {
    if (link.getAttribute("href") === words) return link;
  }
  const holding = [...root.querySelectorAll("*")].filter((element) => element.textContent.includes(words));
  // The innermost element that holds the words.
  return holding.find((element) => ![...element.children].some((child) => child.textContent.includes(words))) ?? null;
}

function mark(element) {
  for (let section = element.closest("details"); section; section = section.parentElement?.closest("details")) {
    section.open = true;
  }
  element.scrollIntoView({ block: "center" });
  // Through the CSSOM, which the strict Content-Security-Policy allows.
  // Red that keeps 3:1 against the widget's own background, light or dark.
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  element.style.outline = `3px dashed ${dark ? "#ff9a8f" : "#b3261e"}`;
  element.style.outlineOffset = "3px";
  element.dataset.gscEdited = "";
}
