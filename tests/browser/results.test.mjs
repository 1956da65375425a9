// The results at a glance: the summary first and in order, within three screens on a phone;
// every detail in a closed section that opens by mouse and keyboard; the last result marked on
// the chart; and focus that lands somewhere named after every action, with nothing stale left.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { servedBuild } from './support/build.mjs';
import {
  BLOOD_IN_STOOL,
  HEALTHY,
  COELIAC_VEGAN_WITH_IBS,
  OMNIVORE_WITH_ACNE,
  PREGNANT_COELIAC_VEGETARIAN_WITH_LACTOSE_INTOLERANCE,
  VEGAN_WITH_IBS,
  VEGAN_WITH_IBS_AND_ECZEMA,
} from './support/readers.mjs';

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };

const build = servedBuild();

async function open(viewport = DESKTOP, options = {}) {
  build.widget = await build.open({ viewport }, options);
  return build.widget;
}

/**
 * Where each part of the results starts on the page, in px ({ top, left }), by the part's
 * accessible name; `page` is the page's whole height.
 */
async function tops(w) {
  const top = async (locator) => {
    if ((await locator.count()) === 0) return undefined;
    const box = await locator.first().boundingBox();
    const scrolled = await w.page.evaluate(() => scrollY);
    return { top: box.y + scrolled, left: box.x };
  };
  return {
    doctor: await top(w.doctorCard()),
    heading: await top(w.scope.getByRole('heading', { name: /^(Your|Shared) results$/ })),
    disclaimer: await top(w.scope.getByText(/^Not a diagnosis/)),
    chart: await top(w.region('Your eight scores')),
    focus: await top(w.region('Your top three focus areas')),
    starters: await top(w.region('Start with these')),
    plan: await top(w.region('Your first week')),
    actions: await top(w.region('Keep, share or change them')),
    details: await top(w.scope.getByText('What raised each score')),
    // The first gentle note beside the disclaimer, and the skin lines.
    notes: await top(w.scope.locator('.gsc-note:not(.gsc-skin .gsc-note)')),
    skin: await top(w.scope.locator('.gsc-skin')),
    page: await w.page.evaluate(() => document.documentElement.scrollHeight),
  };
}

/** Whether `a` comes before `b` in reading order: higher up, or level with it and to its left. */
function readsBefore(a, b) {
  return a.top < b.top - 1 || (Math.abs(a.top - b.top) <= 1 && a.left < b.left);
}

/** The keyboard and screen-reader focus, by what it says. */
async function focusIsOn(w) {
  return (await w.focused()).text;
}

describe('the summary comes first', () => {
  const readers = {
    'a vegan with IBS, eczema and symptoms on most days': VEGAN_WITH_IBS_AND_ECZEMA,
    'a vegan with IBS': VEGAN_WITH_IBS,
    'a coeliac vegan with IBS': COELIAC_VEGAN_WITH_IBS,
    'a pregnant coeliac vegetarian with lactose intolerance': PREGNANT_COELIAC_VEGETARIAN_WITH_LACTOSE_INTOLERANCE,
    'an omnivore with acne': OMNIVORE_WITH_ACNE,
    'someone with a warning sign': BLOOD_IN_STOOL,
  };
  for (const [who, reader] of Object.entries(readers)) {
    test(`in order, the plan within three screens at 320 × 640 and the summary in about a screen and a half at 1280 × 800: ${who}`, async () => {
      for (const viewport of [PHONE, DESKTOP]) {
        const w = await open(viewport);
        await w.start();
        await w.complete(reader);
        const at = await tops(w);
        const order = ['doctor', 'heading', 'disclaimer', 'chart', 'focus', 'starters', 'plan', 'actions', 'details'];
        const shown = order.filter((part) => at[part] !== undefined);
        assert.deepEqual(shown, reader === BLOOD_IN_STOOL ? order : order.slice(1), `${viewport.width}: every part`);
        for (let i = 1; i < shown.length; i++) {
          assert.ok(readsBefore(at[shown[i - 1]], at[shown[i]]), `${viewport.width}: ${shown[i - 1]} comes before ${shown[i]}`);
        }
        // The gentle notes sit with the disclaimer, before the chart; the skin lines come right
        // after the focus areas, before the foods to start with.
        if (at.notes) {
          assert.ok(readsBefore(at.disclaimer, at.notes) && readsBefore(at.notes, at.chart), `${viewport.width}: notes`);
        }
        const hasSkin = [].concat(reader.skin_concerns).some((concern) => concern !== 'none');
        assert.equal(at.skin !== undefined, hasSkin, `${viewport.width}: a skin line for each skin concern`);
        if (at.skin) {
          assert.ok(readsBefore(at.focus, at.skin) && readsBefore(at.skin, at.starters), `${viewport.width}: skin lines`);
        }
        assert.ok((await w.sections()).every((section) => !section.open), 'every section starts closed');
        if (viewport === PHONE) {
          // From the top of the results: the doctor card, when there is one.
          const first = (at.doctor ?? at.heading).top;
          const down = at.plan.top - first;
          assert.ok(down <= 3 * PHONE.height, `the plan starts ${down} px down`);
          const height = at.page - first;
          assert.ok(height <= 3200, `the page is ${height} px tall`);
        } else {
          const summary = at.actions.top - at.heading.top;
          assert.ok(summary <= 1.6 * DESKTOP.height, `the summary is ${summary} px tall`);
        }
        await w.screenshot(`results-summary-${viewport.width}-${who.replaceAll(/\W+/g, '-')}`);
        const errors = w.errors;
        await w.close();
        build.widget = undefined;
        assert.deepEqual(errors, []);
      }
    });
  }
});

describe('the details', () => {
  test('each section opens and closes with the mouse and with the keyboard', async () => {
    const w = await open();
    await w.start();
    await w.complete(OMNIVORE_WITH_ACNE);
    const summaries = (await w.sections()).map((section) => section.summary);
    assert.deepEqual(summaries, [
      'What raised each score',
      'More foods, and what was left out',
      'Water and processed foods',
      'The research, with sources',
    ]);
    const isOpen = async (summary) => (await w.sections()).find((s) => s.summary === summary).open;
    for (const summary of summaries) {
      const line = w.scope.getByText(summary, { exact: true });
      await line.click();
      assert.ok(await isOpen(summary), `${summary}: opens with a click`);
      await line.click();
      assert.ok(!(await isOpen(summary)), `${summary}: closes with a click`);
      await line.focus();
      await w.page.keyboard.press('Enter');
      assert.ok(await isOpen(summary), `${summary}: opens with Enter`);
      await w.page.keyboard.press('Space');
      assert.ok(!(await isOpen(summary)), `${summary}: closes with Space`);
    }
    await w.openAllSections();
    await w.screenshot('results-sections-open');
  });

  test('a second result marks the last one on every bar of the chart', async () => {
    const w = await open(PHONE, { before: (page) => page.clock.setFixedTime(new Date('2026-10-03T10:00:00')) });
    await w.start();
    await w.complete(OMNIVORE_WITH_ACNE);
    const first = await w.chart();
    assert.ok(Object.values(first).every((s) => s.last === undefined), 'nothing to mark the first time');
    assert.equal(await w.scope.getByText(/marks your last result/).count(), 0);

    await w.page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
    await w.scope.getByRole('button', { name: 'Start again' }).click();
    await w.start();
    await w.complete({ ...OMNIVORE_WITH_ACNE, whole_grains: '3_plus', water: '0_2' });
    const second = await w.chart();
    for (const [name, score] of Object.entries(second)) {
      assert.equal(score.last, first[name].value, `${name}: the last result is ${first[name].value}`);
    }
    assert.ok(second.Fiber.value < first.Fiber.value && second.Hydration.value > first.Hydration.value);
    const markers = await w.page.evaluate(
      () => document.querySelector('[data-gut-skin-check]').shadowRoot.querySelectorAll('.gsc-chart-last').length,
    );
    assert.equal(markers, 8, 'a mark on every bar');
    assert.ok(await w.scope.getByText('The dark line on each bar marks your last result, on 3 Oct.').isVisible());
    await w.screenshot('results-chart-with-last-result');
  });

  test('a reader whose habits need nothing is not told to start on foods they already eat', async () => {
    const w = await open();
    await w.start();
    await w.complete(HEALTHY);
    assert.match(await w.region('Start with these').innerText(), /You already eat from all three lists/);
    assert.match(await w.region('Your first week').innerText(), /Nothing needs to change this week/);
    assert.deepEqual(await w.starters(), []);
  });
});

describe('focus after each action', () => {
  test('Copy share link, Delete my data and its Keep and Delete, Edit my answers, Start again', async () => {
    const w = await open();
    await w.start();
    await w.complete(OMNIVORE_WITH_ACNE);
    const button = (name) => w.scope.getByRole('button', { name, exact: true });

    await button('Copy share link').click();
    await w.scope.getByRole('textbox', { name: 'Share link' }).waitFor();
    assert.equal(await focusIsOn(w), 'Copy share link', 'the button stays, and so does focus');

    await button('Delete my data').click();
    assert.match(await focusIsOn(w), /^Delete your answers and past results/, 'the question takes focus');
    await button('Keep my data').click();
    assert.equal(await focusIsOn(w), 'Delete my data', 'back to the button that asked');
    assert.equal(await w.scope.getByRole('group', { name: /Delete your answers/ }).count(), 0);

    await button('Edit my answers').click();
    assert.equal(await focusIsOn(w), 'How old are you?', 'the first question');
    await button('Back to my results').click();
    assert.equal(await focusIsOn(w), 'Your results');
    assert.equal(await w.scope.getByRole('textbox', { name: 'Share link' }).count(), 0, 'no stale "Link copied"');

    await button('Delete my data').click();
    await button('Edit my answers').click();
    await button('Back to my results').click();
    assert.equal(await w.scope.getByRole('button', { name: 'Keep my data' }).count(), 0, 'the confirmation closed');

    await button('Start again').click();
    assert.equal(await focusIsOn(w), w.say('intro_title'), 'the intro');
    await w.start();
    await w.complete(OMNIVORE_WITH_ACNE);
    await button('Delete my data').click();
    await button('Yes, delete everything').click();
    assert.equal(await focusIsOn(w), 'Everything this check saved on this device has been deleted.');
    await button('Dismiss').click();
    assert.equal(await focusIsOn(w), w.say('intro_title'), 'Dismiss hands over to the heading');
  });

  test('Save to my history and Go to my own check on shared results, with nothing stale left', async () => {
    const w = await open();
    await w.start();
    await w.complete(OMNIVORE_WITH_ACNE);
    const button = (name) => w.scope.getByRole('button', { name, exact: true });
    await button('Copy share link').click();
    const link = await w.scope.getByRole('textbox', { name: 'Share link' }).inputValue();

    // The reader's own results, then someone's shared results in the same browser.
    await w.page.goto('about:blank');
    await w.page.goto(link);
    await w.scope.getByRole('heading', { name: 'Shared results' }).waitFor();
    await button('Copy share link').click();
    await w.scope.getByRole('textbox', { name: 'Share link' }).waitFor();
    await button('Delete my data').click();
    await button('Go to my own check').click();
    assert.equal(await focusIsOn(w), 'Your results', 'the reader\'s own results');
    assert.equal(await w.scope.getByRole('textbox', { name: 'Share link' }).count(), 0, 'no stale "Link copied"');
    assert.equal(await w.scope.getByRole('button', { name: 'Keep my data' }).count(), 0, 'no stale confirmation');

    await w.page.goto('about:blank');
    await w.page.goto(link);
    await w.scope.getByRole('heading', { name: 'Shared results' }).waitFor();
    await button('Save to my history').click();
    assert.equal(await focusIsOn(w), 'These results are now in your history on this device.');
    await button('Dismiss').click();
    assert.equal(await focusIsOn(w), 'Your results', 'Dismiss hands over to the heading');
  });
});

describe('the results module', () => {
  const fetched = (w) => w.requests.filter((path) => /\/results-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(path));

  test('is not fetched for the first question, only once the reader has answered one', async () => {
    const w = await open(PHONE);
    await w.start();
    assert.deepEqual(fetched(w), [], 'nothing of the results before the first answer');
    await w.complete(OMNIVORE_WITH_ACNE);
    assert.equal(fetched(w).length, 2, `${fetched(w)}`);
    await w.region('Your first week').waitFor();
    assert.ok(await w.region('Start with these').isVisible());
  });

  test('that cannot be fetched leaves the doctor card, the heading and the actions, says so, and comes once the network is back', async () => {
    let blocked = true;
    // With no service worker, which would serve the module from its cache past the block.
    const w = await build.open(
      { viewport: PHONE, serviceWorkers: 'block' },
      {
        before: (page) =>
          page.route(/results-[0-9a-f]{16}_bg\.wasm$/, (route) => (blocked ? route.abort() : route.continue())),
      },
    );
    build.widget = w;
    await w.start();
    await w.complete(BLOOD_IN_STOOL);
    const alert = w.scope.getByRole('alert').filter({ hasText: w.say('load_failed_title') });
    await alert.waitFor();
    assert.match(await alert.innerText(), new RegExp(w.say('load_failed_body').replace(/[.]/g, '\\.')));
    assert.equal(await focusIsOn(w), w.say('doctor_title_today'), 'focus is on the doctor card');
    assert.ok(await w.region('Keep, share or change them').isVisible());
    assert.equal(await w.region('Your first week').count(), 0);
    assert.equal(await w.announcement(), '', 'the results are not announced as ready');

    blocked = false;
    await w.context.setOffline(true);
    await w.context.setOffline(false);
    await w.region('Your first week').waitFor();
    assert.equal(await alert.count(), 0, 'the message is gone');
    assert.equal(await focusIsOn(w), w.say('doctor_title_today'), 'focus stays on the doctor card');
    assert.equal(await w.announcement(), '', 'the doctor card, which has focus, is what is heard');
    // The browser reports the blocked fetch itself; nothing else goes wrong.
    const errors = w.errors.splice(0);
    assert.ok(errors.length > 0 && errors.every((e) => e.includes('net::ERR_FAILED')), `${errors}`);
  });
});
