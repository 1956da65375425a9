// A reader who uses only the keyboard: Tab, arrow keys, Space and Enter, never the mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { servedBuild } from './support/build.mjs';
import { question } from './support/widget.mjs';
import { HEALTHY, OMNIVORE_WITH_ACNE } from './support/readers.mjs';

const build = servedBuild();

async function until(check, what) {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** True when `b` comes after `a` in reading order: on a lower line, or further right on the same. */
function readsAfter(a, b) {
  const sameLine = Math.abs(a.y - b.y) < Math.min(a.height, b.height) / 2;
  return sameLine ? b.x > a.x : b.y > a.y;
}

const BEFORE = 'A button before the widget';
const AFTER = 'A button after the widget';

/** Puts a button on the page before and after the widget, so leaving it either way shows. */
function surround(page) {
  return page.evaluate(([before, after]) => {
    const host = document.querySelector('[data-gut-skin-check]');
    const button = (text) => Object.assign(document.createElement('button'), { type: 'button', textContent: text });
    host.before(button(before));
    host.after(button(after));
  }, [BEFORE, AFTER]);
}

/**
 * Presses Tab until focus reaches the button after the widget, and returns each stop it made in
 * the widget. Fails if focus never gets out (a trap) or if a stop comes before the previous one
 * on screen.
 */
async function tabOut(w, what) {
  const stops = [];
  for (let i = 0; i < 20; i++) {
    await w.page.keyboard.press('Tab');
    const now = await w.focused();
    if (now.text === AFTER) return stops;
    const stop = { text: now.text, box: await w.focusedBox() };
    const last = stops.at(-1);
    if (last) {
      const jump = `${what}: Tab goes from "${last.text}" to "${stop.text}", back up the screen`;
      assert.ok(readsAfter(last.box, stop.box), jump);
    }
    stops.push(stop);
  }
  throw new Error(`${what}: Tab never leaves the widget`);
}

/** Presses Shift+Tab until an answer has focus; fails if it never gets there. */
async function shiftTabToChoice(w, what) {
  for (let i = 0; i < 20; i++) {
    await w.page.keyboard.press('Shift+Tab');
    if ((await w.focused()).tag === 'input') return;
  }
  throw new Error(`${what}: Shift+Tab never comes back to the answers`);
}

test('a keyboard-only reader completes the assessment, with focus on each new question', async () => {
  const w = await build.open();
  const { page } = w;
  const keys = page.keyboard;
  try {
    await surround(page);
    await keys.press('Tab');
    assert.equal((await w.focused()).text, BEFORE);
    await keys.press('Tab');
    assert.deepEqual(await w.focused(), {
      tag: 'button', type: 'button', text: 'Start the check', checked: undefined,
    });
    await keys.press('Enter');

    const asked = [];
    for (let step = 0; step < 40; step++) {
      if (await w.onResults()) break;
      const q = await w.currentQuestion();
      asked.push(q.id);
      const onHeading = await w.focused();
      assert.equal(onHeading.tag, 'h2', `focus is on the heading of ${q.id}`);
      assert.equal(onHeading.text, q.text);
      assert.match(await w.progress(), new RegExp(`^Question ${step + 1} of \\d+$`), 'the heading says where we are');

      // Shift+Tab from the heading leaves the widget backwards: no trap that way either.
      await keys.press('Shift+Tab');
      assert.equal((await w.focused()).text, BEFORE, `${q.id}: Shift+Tab from the heading`);
      await keys.press('Tab');
      assert.equal((await w.focused()).tag, 'input', 'Tab comes back in at the first choice');

      const wanted = [].concat(OMNIVORE_WITH_ACNE[q.id]).map((id) => q.options.findIndex((o) => o.id === id));
      if (q.kind === 'single') {
        // No radio is checked yet: Space checks the first, each arrow moves and checks the next.
        if (wanted[0] === 0) await keys.press('Space');
        for (let i = 0; i < wanted[0]; i++) await keys.press('ArrowDown');
      } else {
        // Arrows move between checkboxes as between radios; Space ticks the one with focus.
        const last = Math.max(...wanted);
        for (let i = 0; i <= last; i++) {
          assert.equal((await w.focused()).text, q.options[i].label + (q.options[i].description ?? ''));
          if (wanted.includes(i)) await keys.press('Space');
          if (i < last) await keys.press('ArrowDown');
        }
      }
      for (const index of wanted) {
        assert.ok(await w.input(q.id, q.options[index].id).isChecked(), `${q.id}: ${q.options[index].label}`);
      }

      // Tab follows the screen down to the buttons and then leaves the widget: no trap.
      const stops = (await tabOut(w, q.id)).map((stop) => stop.text);
      const go = stops.at(-1);
      assert.deepEqual(stops.slice(-2), ['Back', go === 'See my results' ? go : 'Next'], `${q.id}: ${stops}`);
      // Shift+Tab comes back in, and Enter on an answer goes on.
      await shiftTabToChoice(w, q.id);
      await keys.press('Enter');
      await until(async () => {
        const now = await w.focused();
        return now.tag === 'h2' && now.text !== q.text;
      }, `focus to leave ${q.id}`);
    }

    assert.ok(await w.onResults(), 'the results show');
    assert.equal((await w.focused()).text, 'Your results', 'focus moves to the results heading');
    assert.equal(await w.announcement(), 'Your results are ready.');
    assert.equal(asked.length, 30);
    assert.deepEqual(await w.focusAreas(), ['Fiber', 'Processed foods', 'Probiotic & prebiotic foods']);

    // No trap: Tab walks down the results, through the actions and each closed section, and then
    // out of the widget.
    const seen = (await tabOut(w, 'results')).map((stop) => stop.text);
    const sections = (await w.sections()).map((section) => section.summary);
    assert.deepEqual(seen.slice(-sections.length - 3), ['Copy share link', 'Remind me in 4 weeks', 'Delete my data', ...sections]);
    assert.ok(seen.includes('Start my first week'), `${seen}`);
    assert.ok(sections.length >= 4, `${sections}`);
    await w.screenshot('keyboard-results');
    assert.deepEqual(w.errors, []);
  } finally {
    await w.close();
  }
});

test('arrow keys move between checkboxes without ticking them, and stop at either end', async () => {
  const w = await build.open();
  const keys = w.page.keyboard;
  const intolerances = question('intolerances');
  const labels = intolerances.options.map((o) => o.label);
  try {
    await w.start();
    await w.choose('age', '25_34');
    await w.next();
    await w.choose('diet', 'omnivore');
    await w.next();
    await keys.press('Tab');
    assert.equal((await w.focused()).text, labels[0]);
    await keys.press('ArrowUp');
    assert.equal((await w.focused()).text, labels[0], 'nothing before the first');
    await keys.press('ArrowDown');
    await keys.press('ArrowRight');
    assert.equal((await w.focused()).text, labels[2]);
    await keys.press('ArrowLeft');
    assert.equal((await w.focused()).text, labels[1]);
    await keys.press('Space');
    for (let i = 0; i < labels.length; i++) await keys.press('ArrowDown');
    assert.equal((await w.focused()).text, labels.at(-1), 'nothing after the last');
    const ticked = [];
    for (const option of intolerances.options) {
      if (await w.input('intolerances', option.id).isChecked()) ticked.push(option.label);
    }
    assert.deepEqual(ticked, [labels[1]], 'only Space ticks');
    assert.deepEqual(w.errors, []);
  } finally {
    await w.close();
  }
});

test('Shift+Tab reaches Back, and Enter on it returns to the previous question', async () => {
  const w = await build.open();
  const { page } = w;
  try {
    await w.start();
    await w.choose('age', '25_34');
    await page.keyboard.press('Enter');
    await until(async () => (await w.heading()) === question('diet').text, 'the diet question');
    // The radio group is one tab stop, then the buttons in the order they are shown.
    const order = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push((await w.focused()).text);
    }
    assert.deepEqual(order, ['I eat meat, fish or both', 'Back', 'Next']);
    await page.keyboard.press('Shift+Tab');
    assert.equal((await w.focused()).text, 'Back');
    await page.keyboard.press('Enter');
    await until(async () => (await w.heading()) === question('age').text, 'the age question');
    assert.equal((await w.focused()).tag, 'h2');
    assert.ok(await w.input('age', '25_34').isChecked());
    assert.deepEqual(w.errors, []);
  } finally {
    await w.close();
  }
});

test('Start again takes focus to the intro, not back to the top of the page', async () => {
  const w = await build.open();
  const keys = w.page.keyboard;
  try {
    // On the first load the widget leaves focus where the page has it.
    assert.deepEqual(await w.focused(), { tag: 'body' });
    await w.start();
    await w.choose('age', 'under_16');
    await keys.press('Enter');
    await until(async () => (await w.focused()).text === "Sorry, this check isn't designed for you", 'the stop screen');
    await w.scope.getByRole('button', { name: 'Start again' }).focus();
    await keys.press('Enter');
    await until(async () => (await w.focused()).tag === 'h2', 'focus on the intro');
    assert.equal((await w.focused()).text, w.say('intro_title'));
    await keys.press('Tab');
    assert.equal((await w.focused()).text, 'Start the check');

    await keys.press('Enter');
    await w.complete(HEALTHY);
    await w.scope.getByRole('button', { name: 'Start again' }).focus();
    await keys.press('Enter');
    await until(async () => (await w.focused()).tag === 'h2', 'focus on the intro');
    assert.equal((await w.focused()).text, w.say('intro_title'));
    assert.deepEqual(w.errors, []);
  } finally {
    await w.close();
  }
});
