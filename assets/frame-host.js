// Sizes every <iframe data-gut-skin-check-frame> on the embedding page to the widget's height,
// so the reader never meets a second scrollbar inside the frame, and dispatches the widget's
// events (gut-skin-check:start, gut-skin-check:complete, gut-skin-check:week) on the iframe
// element, as an embedded element would on itself.
//
// The page greets the frame; the frame answers with its height and its events to this page's
// origin only. Messages are accepted only from that frame's own window and origin, and only in
// the expected shape. Sizes are set through CSSOM, which a strict Content-Security-Policy allows.
const HEIGHT_MESSAGE = "gut-skin-check:height";
const HELLO_MESSAGE = "gut-skin-check:hello";
const EVENT_MESSAGE = "gut-skin-check:event";
/** Each event the frame may send, with its detail rebuilt so only the expected fields pass. */
const EVENTS = { start: () => null, complete: completion, week };
const TALLEST = 100000;

for (const frame of document.querySelectorAll("iframe[data-gut-skin-check-frame]")) {
  fit(frame);
}

function fit(frame) {
  const origin = new URL(frame.src, location.href).origin;
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.border = "0";

  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    const data = event.data;
    if (typeof data !== "object" || data === null) return;
    if (data.type === EVENT_MESSAGE && Object.hasOwn(EVENTS, data.name)) {
      const detail = EVENTS[data.name](data.detail);
      frame.dispatchEvent(new CustomEvent(`gut-skin-check:${data.name}`, { detail, bubbles: true, composed: true }));
      return;
    }
    if (data.type !== HEIGHT_MESSAGE) return;
    const height = data.height;
    if (!Number.isFinite(height) || height <= 0 || height > TALLEST) return;
    frame.style.height = `${Math.ceil(height)}px`;
  });

  const greet = () => frame.contentWindow?.postMessage({ type: HELLO_MESSAGE }, origin);
  frame.addEventListener("load", greet);
  // The frame may have loaded before this script ran.
  greet();
}

/** A completion's detail, rebuilt from the message so only the expected fields pass. */
function completion(detail) {
  const focus = Array.isArray(detail?.focus) ? detail.focus.filter((id) => typeof id === "string").slice(0, 3) : [];
  return { focus, doctorCard: detail?.doctorCard === true };
}

/** A finished week's detail: how many days were ticked off and plants counted. */
function week(detail) {
  const count = (value) => (Number.isInteger(value) && value >= 0 ? value : 0);
  return { days: count(detail?.days), plants: count(detail?.plants) };
}
