// A reader who uses only the keyboard: Tab, arrow keys, Space and Enter, never the mouse.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { serve } from './support/server.mjs';
import { Widget, launch, question } from './support/widget.mjs';
import { OMNIVORE_WITH_ACNE } from './support/readers.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function until(check, what) {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('a keyboard-only reader completes the assessment, with focus on each new question', async () => {
  const w = await Widget.open(browser, server.url);
  const { page } = w;
  const keys = page.keyboard;
  try {
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

      const wanted = [].concat(OMNIVORE_WITH_ACNE[q.id]).map((id) => q.options.findIndex((o) => o.id === id));
      await keys.press('Tab');
      assert.equal((await w.focused()).tag, 'input', 'Tab goes from the heading to the first choice');
      if (q.kind === 'single') {
        // No radio is checked yet: Space checks the first, each arrow moves and checks the next.
        if (wanted[0] === 0) await keys.press('Space');
        for (let i = 0; i < wanted[0]; i++) await keys.press('ArrowDown');
      } else {
        const last = Math.max(...wanted);
        for (let i = 0; i <= last; i++) {
          if (wanted.includes(i)) await keys.press('Space');
          if (i < last) await keys.press('Tab');
        }
      }
      for (const index of wanted) {
        assert.ok(await w.input(q.id, q.options[index].id).isChecked(), `${q.id}: ${q.options[index].label}`);
      }
      await keys.press('Enter');
      await until(async () => {
        const now = await w.focused();
        return now.tag === 'h2' && now.text !== q.text;
      }, `focus to leave ${q.id}`);
    }

    assert.ok(await w.onResults(), 'the results show');
    assert.equal((await w.focused()).text, 'Your results', 'focus moves to the results heading');
    assert.equal(asked.length, 28);
    assert.deepEqual(await w.focusAreas(), ['Fiber', 'Processed foods', 'Probiotic & prebiotic foods']);

    // No trap: Tab walks through the results to the last action and then out of the widget.
    const seen = [];
    for (let i = 0; i < 20; i++) {
      await keys.press('Tab');
      const now = await w.focused();
      seen.push(now.text ?? now.tag);
      if (now.tag === 'body') break;
    }
    assert.deepEqual(seen.slice(-3), ['Copy share link', 'Delete my data', 'body']);
    await w.screenshot('keyboard-results');
    assert.deepEqual(w.errors, []);
  } finally {
    await w.close();
  }
});

test('Shift+Tab reaches Back, and Enter on it returns to the previous question', async () => {
  const w = await Widget.open(browser, server.url);
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
