// WCAG 2.2 AA on every screen: axe-core scans in light and dark, reflow at 320 px and at 200%
// zoom, tap targets, focus rings, the live region, text for every chart, motion and language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { servedBuild } from './support/build.mjs';
import { DIST, serve } from './support/server.mjs';
import { hashedFiles } from './support/builds.mjs';
import { Widget, question } from './support/widget.mjs';
import { HEALTHY, OMNIVORE_WITH_ACNE } from './support/readers.mjs';
import {
  EVERY_SCREEN,
  contrast,
  focusRing,
  horizontalOverflow,
  tapTargets,
  violations,
  visitEveryScreen,
} from './support/screens.mjs';

const SCHEMES = ['light', 'dark'];
const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
// 200% zoom: a 1280 × 800 window zoomed to 200% lays the page out in 640 × 400 CSS pixels, so that
// is the viewport here. (A deviceScaleFactor of 2 would only sharpen the pixels, not zoom.)
const ZOOMED = { width: 640, height: 400 };

const build = servedBuild();

/** The score bands in words, as the results show them beside each bar. */
const BANDS = ['little attention needed', 'some attention needed', 'most attention needed'];

const size = ({ width, height }) => `${width}x${height}`;


/** Switches the colour scheme and waits for the colours to finish fading to it. */
async function useScheme(page, colorScheme) {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction(
    () => document.querySelector('[data-gut-skin-check]').shadowRoot.getAnimations().length === 0,
  );
}

/** Runs `check` once in each colour scheme, then goes back to light. */
async function inEachScheme(page, check) {
  for (const colorScheme of SCHEMES) {
    await useScheme(page, colorScheme);
    await check(colorScheme);
  }
  await useScheme(page, 'light');
}

/** Opens the standalone page with the widget's wasm file missing, so the loader fails. */
async function openWithoutWasm(viewport) {
  const broken = await serve({ mounts: { '/': DIST, [`/${hashedFiles(DIST).wasm}`]: '/nonexistent' } });
  const context = await build.browser.newContext({ viewport });
  const page = await context.newPage();
  const w = new Widget(page, context, new URL(broken.url).origin);
  await page.goto(broken.url);
  await w.scope.getByRole('alert').waitFor();
  return { w, broken };
}

/** What the page reports when only the wasm is missing: its 404, and Chromium's note of it. */
function missingWasmErrors(origin) {
  return [
    `404 for ${origin}/${hashedFiles(DIST).wasm}`,
    'Failed to load resource: the server responded with a status of 404 (Not Found)',
  ];
}

describe('axe-core (WCAG 2.2 A and AA)', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`finds no violation on any screen, light or dark, at ${size(viewport)}`, async () => {
      const w = await build.open({ viewport });
      try {
        const found = [];
        const seen = await visitEveryScreen(w, (screen) =>
          inEachScheme(w.page, async (scheme) => {
            for (const v of await violations(w.page)) found.push(`${screen}, ${scheme}: ${v}`);
          }),
        );
        assert.deepEqual(seen, EVERY_SCREEN);
        assert.deepEqual(found, []);
        assert.deepEqual(w.errors, []);
      } finally {
        await w.close();
      }
    });

    test(`finds no violation on the loader's "could not load" alert at ${size(viewport)}`, async () => {
      const { w, broken } = await openWithoutWasm(viewport);
      try {
        const alert = w.scope.getByRole('alert');
        assert.match(await alert.innerText(), /could not load/);
        assert.match(await alert.innerText(), /reload the page/);
        const found = [];
        await inEachScheme(w.page, async (scheme) => {
          for (const v of await violations(w.page)) found.push(`${scheme}: ${v}`);
          await w.screenshot(`${size(viewport)}-${scheme}-could-not-load`);
        });
        assert.deepEqual(found, []);
        // Nothing else went wrong: no other failed request, console error or CSP violation.
        assert.deepEqual(w.errors, missingWasmErrors(new URL(broken.url).origin));
      } finally {
        await w.close();
        await broken.close();
      }
    });
  }
});

describe('reflow: no horizontal scrolling', () => {
  for (const viewport of [PHONE, ZOOMED, DESKTOP]) {
    test(`on any screen at ${size(viewport)}${viewport === ZOOMED ? ' (1280 × 800 at 200% zoom)' : ''}`, async () => {
      const w = await build.open({ viewport });
      try {
        const found = [];
        await visitEveryScreen(w, async (screen) => {
          for (const problem of await horizontalOverflow(w.page)) found.push(`${screen}: ${problem}`);
          await w.screenshot(`${size(viewport)}-light-${screen}`);
          if (viewport === PHONE) {
            await useScheme(w.page, 'dark');
            await w.screenshot(`${size(viewport)}-dark-${screen}`);
            await useScheme(w.page, 'light');
          }
        });
        assert.deepEqual(found, []);
        assert.deepEqual(w.errors, []);
      } finally {
        await w.close();
      }
    });
  }

  test('with the text spacing WCAG 1.4.12 allows a reader to set, at 320 px', async () => {
    const w = await build.open({ viewport: PHONE });
    try {
      const found = [];
      await visitEveryScreen(w, async (screen) => {
        // Set through CSSOM, as a reader's bookmarklet would; the strict CSP allows that.
        await w.page.evaluate(() => {
          for (const el of document.querySelector('[data-gut-skin-check]').shadowRoot.querySelectorAll('*')) {
            el.style.setProperty('line-height', '1.5', 'important');
            el.style.setProperty('letter-spacing', '0.12em', 'important');
            el.style.setProperty('word-spacing', '0.16em', 'important');
            if (el.tagName === 'P') el.style.setProperty('margin-bottom', '2em', 'important');
          }
        });
        for (const problem of await horizontalOverflow(w.page)) found.push(`${screen}: ${problem}`);
        if (screen === 'question-option-descriptions') await w.screenshot(`${size(PHONE)}-text-spacing-${screen}`);
      });
      assert.deepEqual(found, []);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('tap targets', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`every button and choice is at least 24 × 24 px on any screen at ${size(viewport)}`, async () => {
      const w = await build.open({ viewport });
      try {
        const small = [];
        let measured = 0;
        await visitEveryScreen(w, async (screen) => {
          for (const target of await tapTargets(w)) {
            measured++;
            if (target.width < 24 || target.height < 24) {
              small.push(`${screen}: "${target.name}" is ${target.width} × ${target.height}`);
            }
          }
        });
        assert.ok(measured >= 50, `measured ${measured} targets`);
        assert.deepEqual(small, []);
        assert.deepEqual(w.errors, []);
      } finally {
        await w.close();
      }
    });
  }
});

describe('the focus ring', () => {
  for (const colorScheme of SCHEMES) {
    test(`is a solid outline of 2 px or more with 3:1 contrast on every kind of control, ${colorScheme}`, async () => {
      const w = await build.open({ viewport: DESKTOP, colorScheme });
      const keys = w.page.keyboard;
      try {
        const rings = [];
        await keys.press('Tab');
        rings.push(await focusRing(w.page)); // Start the check
        await keys.press('Enter');
        await w.scope.getByRole('group').waitFor();
        rings.push(await focusRing(w.page)); // the question's heading
        await keys.press('Tab');
        rings.push(await focusRing(w.page)); // a radio button
        await keys.press('Tab');
        rings.push(await focusRing(w.page)); // Back
        await keys.press('Tab');
        rings.push(await focusRing(w.page)); // Next (the primary button)
        for (const id of ['age', 'diet']) {
          await w.choose(id, HEALTHY[id]);
          await w.next();
        }
        await w.scope.getByRole('checkbox').first().focus();
        await keys.press('Space');
        rings.push(await focusRing(w.page)); // a checked checkbox, on the chosen option's colours
        await w.complete(HEALTHY);
        await w.scope.getByRole('button', { name: 'Edit my answers' }).focus();
        await keys.press('Enter');
        await w.scope.getByRole('button', { name: 'Back to my results' }).waitFor();
        // From the heading: the chosen radio button, Back, Next, then the link-styled button.
        for (let i = 0; i < 4; i++) await keys.press('Tab');
        rings.push(await focusRing(w.page)); // Back to my results

        assert.deepEqual(rings.map((r) => r.name), [
          'Start the check',
          question('age').text,
          'Under 16',
          'Back',
          'Next',
          question('intolerances').options[0].label,
          'Back to my results',
        ]);
        for (const ring of rings) {
          const what = `${ring.tag} "${ring.name}"`;
          assert.ok(ring.focusVisible, `${what} shows it has focus`);
          assert.equal(ring.outlineStyle, 'solid', what);
          assert.ok(ring.outlineWidth >= 2, `${what}: outline ${ring.outlineWidth} px`);
          const ratio = contrast(ring.outlineColor, ring.background);
          assert.ok(ratio >= 3, `${what}: ${ring.outlineColor} on ${ring.background} is ${ratio.toFixed(2)}:1`);
        }
        assert.deepEqual(w.errors, []);
      } finally {
        await w.close();
      }
    });
  }
});

describe('controls', () => {
  for (const colorScheme of SCHEMES) {
    test(`stand out from the background at 3:1 or more, ${colorScheme}`, async () => {
      const w = await build.open({ viewport: DESKTOP, colorScheme });
      try {
        await w.start();
        await w.choose('age', HEALTHY.age);
        // The edge that shows where each control is: an answer's border (chosen or not), the
        // outlined button's border, and the filled button's fill.
        const edges = await w.page.evaluate(() => {
          const root = document.querySelector('[data-gut-skin-check]').shadowRoot;
          const style = (selector) => getComputedStyle(root.querySelector(selector));
          const background = style('.gsc').backgroundColor;
          return {
            background,
            answer: style('.gsc-option:not(:has(:checked))').borderTopColor,
            'chosen answer': style('.gsc-option:has(:checked)').borderTopColor,
            'Back button': style('.gsc-button:not(.gsc-primary)').borderTopColor,
            'Next button': style('.gsc-primary').backgroundColor,
          };
        });
        const { background, ...controls } = edges;
        for (const [what, color] of Object.entries(controls)) {
          const ratio = contrast(color, background);
          assert.ok(ratio >= 3, `${what}: ${color} on ${background} is ${ratio.toFixed(2)}:1`);
        }
        assert.deepEqual(w.errors, []);
      } finally {
        await w.close();
      }
    });
  }
});

describe('what a screen reader is given on each step', () => {
  test('the heading says the part when it changes and the count, the live region only news', async () => {
    const w = await build.open();
    try {
      const live = w.liveRegion();
      assert.equal(await live.count(), 1);
      assert.equal(await live.getAttribute('role'), null, 'no role: a "status" is heard even empty');
      assert.equal(await live.getAttribute('aria-atomic'), 'true');
      assert.equal(await w.announcement(), '', 'nothing to announce on the intro');
      // A live region must already be in the page when its text changes, or nothing is read out.
      await live.evaluate((el) => {
        el.dataset.sameRegion = 'yes';
      });

      await w.start();
      assert.equal(await w.headingSaid(), 'How old are you? | Part 1 of 6: About you. Question 1 of 29.');
      assert.equal(await w.announcement(), '', 'the step is heard from its heading, not the live region');
      await w.choose('age', 'under_16');
      await w.next();
      assert.equal(await w.announcement(), 'This assessment is not designed for you.');
      await w.back();
      await w.choose('age', OMNIVORE_WITH_ACNE.age);
      await w.next();
      assert.equal(
        await w.headingSaid(),
        'Which best describes how you eat? | Question 2 of 29.',
        'the same part is not said again',
      );
      // A box that unticks others says which, as they change out of sight.
      await w.choose('diet', OMNIVORE_WITH_ACNE.diet);
      await w.next();
      await w.choose('intolerances', ['lactose', 'ibs']);
      assert.equal(await w.announcement(), '');
      await w.choose('intolerances', 'none');
      assert.equal(
        await w.announcement(),
        'Unticked: Lactose intolerance and IBS, or a diagnosed FODMAP sensitivity.',
      );
      await w.choose('intolerances', 'gluten');
      assert.equal(await w.announcement(), 'Unticked: None of these.');
      await w.input('intolerances', 'gluten').uncheck();
      assert.equal(await w.announcement(), '', 'unticking a box is heard as it happens');
      await w.choose('intolerances', 'none');
      await w.next();
      assert.equal(await w.announcement(), '', 'said once, not again on the next step');

      const heard = [];
      for (let step = 0; step < 40 && !(await w.onResults()); step++) {
        const q = await w.currentQuestion();
        heard.push(await w.headingSaid());
        await w.choose(q.id, OMNIVORE_WITH_ACNE[q.id]);
        await w.next();
      }
      // The count grows to 30 once a skin concern makes "how much did it bother you" relevant,
      // and each part is named on its first question.
      assert.deepEqual(heard.slice(0, 5), [
        `${question('circumstances').text} | Question 4 of 29. ${question('circumstances').hint}`,
        `${question('food_allergies').text} | Question 5 of 29. ${question('food_allergies').hint}`,
        `${question('skin_concerns').text} | Part 2 of 6: Your skin. Question 6 of 29.`,
        `${question('skin_bother').text} | Question 7 of 30.`,
        `${question('bloating').text} | Part 3 of 6: Gut comfort, last 7 days. Question 8 of 30.`,
      ]);
      assert.equal(heard.length, 27);
      assert.equal(await w.announcement(), 'Your results are ready.');
      await w.scope.getByRole('button', { name: 'Edit my answers' }).click();
      assert.equal(await w.headingSaid(), 'How old are you? | Part 1 of 6: About you. Question 1 of 30.');
      assert.equal(await live.getAttribute('data-same-region'), 'yes', 'the region was never replaced');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('each question is a new element tree, its group named by the question and described by its hint', async () => {
    const w = await build.open();
    try {
      await w.start();
      await w.choose('age', OMNIVORE_WITH_ACNE.age);
      await w.next();
      await w.choose('diet', OMNIVORE_WITH_ACNE.diet);
      await w.next();
      const heading = await w.scope.getByRole('heading', { level: 2 }).elementHandle();
      const group = await w.group('intolerances').elementHandle();
      const option = await w.input('intolerances', 'lactose').elementHandle();
      const hint = question('intolerances').hint;
      assert.equal(
        await w.headingSaid(),
        `${question('intolerances').text} | Question 3 of 29. ${hint}`,
        'the heading, which takes focus, is described by where the reader is and the hint',
      );
      assert.equal(await w.group('intolerances').getAttribute('aria-describedby'), 'gsc-hint-intolerances');
      await w.choose('intolerances', 'none');
      await w.next();
      for (const [what, handle] of [['heading', heading], ['group', group], ['option', option]]) {
        assert.equal(await handle.evaluate((el) => el.isConnected), false, `the ${what} was replaced, not reused`);
      }
      // The next question's group and checkboxes are its own.
      assert.equal(await w.group('circumstances').count(), 1);
      assert.equal(await w.input('circumstances', 'salt').getAttribute('type'), 'checkbox');
    } finally {
      await w.close();
    }
  });
});

describe('messages', () => {
  test('"Please choose an answer" is an alert that describes the question it belongs to', async () => {
    const w = await build.open();
    try {
      await w.start();
      await w.scope.getByRole('button', { name: 'Next' }).click();
      const alert = w.scope.getByRole('alert');
      assert.equal(await alert.innerText(), 'Please choose an answer to go on.');
      const group = w.group('age');
      const alertId = await alert.getAttribute('id');
      assert.ok((await group.getAttribute('aria-describedby')).split(' ').includes(alertId));
      assert.equal(await group.getAttribute('aria-invalid'), 'true');
      // Not colour alone: the message is text, in bold, with a bar beside it.
      const look = await alert.evaluate((el) => {
        const s = getComputedStyle(el);
        return { weight: s.fontWeight, bar: s.borderLeftStyle };
      });
      assert.deepEqual(look, { weight: '700', bar: 'solid' });
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('charts and colour', () => {
  test('the chart, its bars and the progress bar say the same in text, and colour is never alone', async () => {
    const w = await build.open();
    try {
      await w.start();
      for (const id of ['age', 'diet', 'intolerances']) {
        await w.choose(id, HEALTHY[id]);
        await w.next();
      }
      const bar = await w.page.evaluate(() => {
        const p = document.querySelector('[data-gut-skin-check]').shadowRoot.querySelector('progress');
        return { value: p.value, max: p.max, hidden: p.closest('[aria-hidden]')?.getAttribute('aria-hidden') };
      });
      assert.equal(await w.progress(), `Question 4 of ${bar.max}`);
      assert.deepEqual(bar, { value: 4, max: 29, hidden: 'true' });

      // A chosen option is marked by its checked control and a thicker border, not colour alone.
      const border = (id, option) =>
        w.input(id, option).evaluate((el) => getComputedStyle(el.closest('label')).borderTopWidth);
      await w.choose('circumstances', 'none');
      assert.equal(await border('circumstances', 'none'), '2px');
      assert.equal(await border('circumstances', 'pregnant'), '1px');

      await w.back();
      await w.back();
      await w.back();
      await w.complete(OMNIVORE_WITH_ACNE);
      // The chart is one image whose text alternative gives every value; each bar's length and
      // the number printed beside it say the same.
      const named = await w.chart();
      const bars = await w.page.evaluate(() => {
        const svg = document.querySelector('[data-gut-skin-check]').shadowRoot.querySelector('svg.gsc-chart');
        const width = svg.viewBox.baseVal.width;
        const fills = [...svg.querySelectorAll('.gsc-chart-fill')].map((r) => Number(r.getAttribute('width')));
        const values = [...svg.querySelectorAll('.gsc-chart-value')].map((t) => t.textContent);
        return { role: svg.getAttribute('role'), width, fills, values };
      });
      assert.equal(bars.role, 'img');
      assert.equal(bars.fills.length, 8);
      const values = Object.values(named).map((s) => s.value);
      assert.deepEqual(bars.values, values.map(String), 'the numbers beside the bars');
      assert.deepEqual(bars.fills, values.map((v) => Math.floor((v * bars.width) / 100)), 'the bars');
      // The details say each score in words too.
      const headings = await (await w.section('What raised each score'))
        .getByRole('heading', { level: 4 })
        .allInnerTexts();
      assert.deepEqual(headings, Object.entries(named).map(([name, s]) => `${name}, ${s.value} out of 100`));
      // The focus areas name their band in words, so colour never carries it.
      const scores = (await w.region('Your top three focus areas').getByRole('listitem').allInnerTexts()).map((t) => ({
        text: t,
      }));
      // "Fiber: 91, most attention needed; start with vegetables."
      const bandOf = (text) => text.split(', ')[1]?.split(';')[0].replace(/\.$/, '');
      for (const score of scores) {
        assert.ok(BANDS.includes(bandOf(score.text)), `the band is in words: "${score.text}"`);
      }
      assert.ok(new Set(scores.map((s) => bandOf(s.text))).size >= 2, 'this reader has several bands');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('motion', () => {
  /** Every transition and animation on the widget's elements. */
  const motion = (w) =>
    w.page.evaluate(() =>
      [...document.querySelector('[data-gut-skin-check]').shadowRoot.querySelectorAll('*')]
        .map((el) => {
          const s = getComputedStyle(el);
          return { el: el.tagName.toLowerCase(), transition: s.transitionDuration, animation: s.animationName };
        })
        .filter((m) => m.transition.split(', ').some((d) => d !== '0s') || m.animation !== 'none'),
    );

  test('a reader who asks for reduced motion gets none; nothing ever animates or flashes', async () => {
    const calm = await build.open({ reducedMotion: 'reduce' });
    const moving = await build.open({ reducedMotion: 'no-preference' });
    try {
      for (const w of [calm, moving]) {
        await w.start();
        await w.choose('age', HEALTHY.age);
      }
      assert.deepEqual(await motion(calm), []);
      const fades = await motion(moving);
      assert.ok(fades.length > 0, 'without the setting, buttons and choices fade their background');
      assert.ok(fades.every((m) => m.animation === 'none'), 'and nothing has a keyframe animation');
      assert.ok(
        fades.every((m) => m.transition.split(', ').every((d) => parseFloat(d) <= 0.2)),
        'each fade is short and happens once',
      );
      assert.deepEqual(calm.errors, []);
      assert.deepEqual(moving.errors, []);
    } finally {
      await calm.close();
      await moving.close();
    }
  });
});

describe('language', () => {
  test('the page and the widget say they are in English, even inside a page in another language', async () => {
    const w = await build.open();
    try {
      assert.equal(await w.page.evaluate(() => document.documentElement.lang), 'en');
      await w.start();
      // The widget's own lang, inside its shadow root, holds wherever a blog embeds it.
      await w.page.evaluate(() => {
        document.documentElement.lang = 'de';
      });
      const lang = await w.scope
        .getByRole('heading', { name: question('age').text })
        .evaluate((el) => el.closest('[lang]')?.lang ?? null);
      assert.equal(lang, 'en');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});
