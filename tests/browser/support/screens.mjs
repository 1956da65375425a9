// Every distinct screen of the widget, and the measurements the accessibility tests take on each.
import { AxeBuilder } from '@axe-core/playwright';
import { HEALTHY, VEGAN_WITH_IBS_AND_ECZEMA } from './readers.mjs';
import { settledFocus } from './widget.mjs';

/** A reader who meets every kind of question (stool form included) and a warning sign. */
const WALKER = { ...VEGAN_WITH_IBS_AND_ECZEMA, warn_blood: 'yes' };

/** The questions that stand for each kind of question the widget asks. */
const KINDS = {
  intolerances: 'question-multiple-choice',
  stool_form: 'question-option-descriptions',
  warn_blood: 'question-warning-sign',
};

/**
 * Walks one session through every distinct screen, calling `visit(name)` on each: the intro, a
 * single-choice question, the "please choose an answer" alert, the under-16 stop screen, a
 * multiple-choice question, the Bristol stool form, a yes/no warning sign, the results with the
 * doctor card (sections closed, then open), the share link and the delete confirmation under
 * them, a question while editing answers, the results without the doctor card but with the
 * history (sections closed, then open), shared results, the
 * notices for a bad share link, bad stored data and blocked storage, and the intro after
 * "Delete my data".
 * Returns the names visited, in order.
 */
export async function visitEveryScreen(w, visit) {
  const seen = [];
  const at = async (name) => {
    seen.push(name);
    await visit(name);
  };
  const button = (name) => w.scope.getByRole('button', { name, exact: true });

  await at('intro');
  await w.start();
  await at('question-single-choice');
  await button('Next').click();
  await w.scope.getByRole('alert').waitFor();
  await at('question-unanswered-alert');
  await w.choose('age', 'under_16');
  await w.next();
  await at('not-for-you');
  await w.back();

  for (let step = 0; step < 60 && !(await w.onResults()); step++) {
    const q = await w.currentQuestion();
    await w.choose(q.id, WALKER[q.id]);
    if (KINDS[q.id]) await at(KINDS[q.id]);
    await w.next();
  }
  await at('results-doctor-card');
  await w.openAllSections();
  await at('results-doctor-card-sections-open');
  await button('Copy share link').click();
  await w.scope.getByRole('textbox', { name: 'Share link' }).waitFor();
  await at('results-share-link');
  const link = await w.scope.getByRole('textbox', { name: 'Share link' }).inputValue();
  await button('Delete my data').click();
  await button('Keep my data').waitFor();
  await at('results-delete-confirmation');
  await button('Keep my data').click();

  await button('Edit my answers').click();
  await button('Back to my results').waitFor();
  await at('question-editing-answers');
  await button('Back to my results').click();
  await button('Start again').waitFor();
  await button('Start again').click();
  await w.start();
  await w.complete(HEALTHY);
  await w.scope.getByText('Your past results (1)').waitFor();
  await at('results-with-history');
  await w.openAllSections();
  await at('results-sections-open');

  // Screens that start from a fresh load: a share link, bad links and data, blocked storage.
  const reload = async (url, ready) => {
    await w.page.goto('about:blank');
    await w.page.goto(url);
    await ready.waitFor();
  };
  await reload(link, w.scope.getByRole('heading', { name: 'Shared results' }));
  await at('results-shared');
  await reload(`${new URL('#gsc=gsc.broken', link)}`, w.scope.getByRole('alert'));
  await at('notice-bad-share-link');
  await w.page.evaluate(() => localStorage.setItem('gut-skin-check', '{"version":2,'));
  await reload(new URL('/', link).href, w.scope.getByRole('alert'));
  await at('notice-bad-stored-data');
  await w.page.addInitScript(() => {
    let blocked = false;
    try {
      blocked = Boolean(sessionStorage.getItem('block-storage'));
    } catch {
      // about:blank has no storage of its own.
    }
    if (blocked) {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  await w.page.evaluate(() => sessionStorage.setItem('block-storage', 'yes'));
  await reload(new URL('/', link).href, w.scope.getByRole('alert'));
  await at('notice-storage-unavailable');
  await w.page.evaluate(() => sessionStorage.removeItem('block-storage'));
  await reload(new URL('/', link).href, w.scope.getByRole('button', { name: 'Start the check' }));
  await w.start();
  await w.complete(HEALTHY);
  await button('Delete my data').click();
  await button('Yes, delete everything').click();
  await w.scope.getByText(/has been deleted/).waitFor();
  await at('intro-after-delete');
  return seen;
}

/** Every screen `visitEveryScreen` reaches, so a test can check that none was skipped. */
export const EVERY_SCREEN = [
  'intro',
  'question-single-choice',
  'question-unanswered-alert',
  'not-for-you',
  'question-multiple-choice',
  'question-option-descriptions',
  'question-warning-sign',
  'results-doctor-card',
  'results-doctor-card-sections-open',
  'results-share-link',
  'results-delete-confirmation',
  'question-editing-answers',
  'results-with-history',
  'results-sections-open',
  'results-shared',
  'notice-bad-share-link',
  'notice-bad-stored-data',
  'notice-storage-unavailable',
  'intro-after-delete',
];

/**
 * Horizontal overflow on the page and inside the widget: the document's scroll width against
 * its client width, and every element of the widget that sticks out of the widget's box or
 * scrolls sideways itself. Returns a list of problems (empty when none).
 */
export function horizontalOverflow(page) {
  return page.evaluate(() => {
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    }
    const host = document.querySelector('[data-gut-skin-check]');
    const edge = host.getBoundingClientRect();
    const describe = (el) => {
      const classes = el.getAttribute('class') ? `.${el.getAttribute('class').replaceAll(' ', '.')}` : '';
      return `${el.tagName.toLowerCase()}${classes} "${el.textContent.trim().slice(0, 40)}"`;
    };
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      // The live region is 1 px and clipped on purpose; empty boxes cannot overflow.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5) {
        problems.push(`${describe(el)} sticks out: ${box.left}–${box.right} of ${edge.left}–${edge.right}`);
      }
      // Shapes and text inside an SVG never scroll; their client sizes are not a CSS box's.
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !el.ownerSVGElement) {
        problems.push(`${describe(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return problems;
  });
}

/**
 * The tap target of every button, section summary, radio button and checkbox on screen: the
 * button's or summary's box, or for a choice the box of the label around it (clicking anywhere
 * on the label picks it).
 */
export function tapTargets(w) {
  return w.page.evaluate(() => {
    const root = document.querySelector('[data-gut-skin-check]').shadowRoot;
    return [...root.querySelectorAll('button, summary, input[type=radio], input[type=checkbox]')].map((el) => {
      const target = el.tagName === 'INPUT' ? (el.closest('label') ?? el) : el;
      const box = target.getBoundingClientRect();
      return {
        name: (target.textContent.trim() || el.value).slice(0, 40),
        width: box.width,
        height: box.height,
      };
    });
  });
}

/** WCAG's relative luminance of an `rgb(...)`/`rgba(...)` colour. */
function luminance(color) {
  const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque colours as the browser computes them. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The element with keyboard focus (looking inside shadow roots), whether it matches
 * :focus-visible, its outline, and the opaque background colour behind it.
 */
export async function focusRing(page) {
  await settledFocus(page);
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el);
    const behind = (start) => {
      for (let node = start.parentElement ?? start.getRootNode().host; node; ) {
        const bg = getComputedStyle(node).backgroundColor;
        if (!/^rgba\(.*, 0\)$|^transparent$/.test(bg)) return bg;
        node = node.parentElement ?? node.getRootNode().host;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    // Named as a sighted reader sees it, without the words only a screen reader is given.
    const shown = (el.closest('label') ?? el).cloneNode(true);
    for (const hidden of shown.querySelectorAll('.gsc-visually-hidden')) hidden.remove();
    return {
      name: shown.textContent.trim().slice(0, 40),
      tag: el.tagName.toLowerCase(),
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineOffset: parseFloat(style.outlineOffset),
      outlineColor: style.outlineColor,
      background: behind(el),
    };
  });
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 A and AA violations axe-core finds on the page (or only within the elements that
 * `within` selects, such as the widget on a page that is not ours), one line per element.
 */
export async function violations(page, { within } = {}) {
  // No CSSOM preload: it copies the stylesheets into inline <style> elements, which the strict
  // CSP rightly blocks, and no rule in the WCAG tags needs it.
  const axe = new AxeBuilder({ page }).options({ preload: false }).withTags(WCAG_TAGS);
  if (within) axe.include(within);
  const results = await axe.analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' > ')}: ${node.failureSummary}`),
  );
}
