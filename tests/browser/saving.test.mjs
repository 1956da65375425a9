// What the widget keeps on the device, and what it does with bad data: resuming after a reload,
// history and the change since the last result, share links, printing, deleting everything,
// and stored data, links and storage that are broken.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { servedBuild } from './support/build.mjs';
import { SCREENSHOTS, Widget, question } from './support/widget.mjs';
import { HEALTHY, OMNIVORE_WITH_ACNE } from './support/readers.mjs';

const KEY = 'gut-skin-check';
const build = servedBuild();

/** Runs before every load of the page: puts `text` in the widget's storage key. */
const seed = (text) => (page) =>
  page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, text]);

/** A stored record in the current schema, from { question: option or [options] } answers. */
function record({ progress = null, history = [] }) {
  const answers = (profile) =>
    Object.fromEntries(Object.entries(profile).map(([q, a]) => [q, [].concat(a)]));
  return JSON.stringify({
    version: 2,
    progress: progress && { step: progress.step, answers: answers(progress.answers) },
    history: history.map((h) => ({ on: h.on, answers: answers(h.answers) })),
  });
}

async function alertText(w) {
  return (await w.scope.getByRole('alert').innerText()).trim();
}

/** The share link the results offer. */
async function shareLink(w) {
  await w.scope.getByRole('button', { name: 'Copy share link' }).click();
  return w.scope.getByRole('textbox', { name: 'Share link' }).inputValue();
}

describe('answers kept on the device', () => {
  test('a reader who closes the page mid-way comes back to the same question, answers kept', async () => {
    const w = await build.open();
    try {
      await w.start();
      await w.choose('age', '25_34');
      await w.next();
      await w.choose('diet', 'vegan');
      await w.next();
      const where = await w.heading();
      const progress = await w.progress();
      await w.page.reload();
      await w.scope.getByRole('group').waitFor();
      assert.equal(await w.heading(), where);
      assert.equal(await w.progress(), progress);
      await w.back();
      assert.ok(await w.input('diet', 'vegan').isChecked(), 'the earlier answer is still chosen');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('a retake shows its change since the last result for every score, and the history', async () => {
    const w = await build.open({}, {
      before: (page) => page.clock.setFixedTime(new Date('2026-10-03T10:00:00')),
    });
    try {
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      const first = await w.habitScores();
      assert.equal(await w.scope.getByText(/^What changed since/).count(), 0, 'nothing to compare the first time');

      await w.page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
      await w.scope.getByRole('button', { name: 'Start again' }).click();
      await w.start();
      await w.complete({ ...OMNIVORE_WITH_ACNE, whole_grains: '3_plus', fruit_veg: '6_plus' });
      const second = await w.habitScores();
      assert.notEqual(second.Fiber, first.Fiber);

      const since = await w.section('What changed since your last result, on 3 Oct');
      const changes = (await since.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
      assert.equal(changes.length, 8, 'one line per score');
      assert.ok(changes.includes(`fiber habit: ${first.Fiber} → ${second.Fiber} since 3 Oct`), changes.join('\n'));
      assert.ok(changes.includes(`hydration habit: ${first.Hydration}, unchanged since 3 Oct`), changes.join('\n'));
      const history = await (await w.section('Your past results (1)')).getByRole('listitem').allInnerTexts();
      assert.equal(history.length, 1);
      assert.match(history[0], /^3 Oct 2026: focus on /);
      await w.screenshot('results-since-last');

      const stored = JSON.parse(await w.stored());
      assert.deepEqual(stored.history.map((h) => h.on), ['2026-11-25', '2026-10-03'], 'newest first');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('share links', () => {
  test('open in another browser profile with the same scores, marked shared, saved only on request', async () => {
    const w = await build.open();
    const elsewhere = { w: null };
    try {
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      const link = await shareLink(w);
      assert.match(link, /#gsc=gsc\.[A-Za-z0-9_-]+$/);
      const scores = { ...(await w.mechanismScores()), ...(await w.habitScores()) };

      elsewhere.w = await Widget.open(build.browser, link, {}, {
        ready: (o) => o.scope.getByRole('heading', { name: 'Shared results' }).waitFor(),
      });
      const other = elsewhere.w;
      assert.deepEqual({ ...(await other.mechanismScores()), ...(await other.habitScores()) }, scores);
      assert.ok(await other.scope.getByText(/These results come from a share link/).isVisible());
      assert.equal(await other.stored(), null, 'nothing is added to this profile');
      assert.equal(await other.scope.getByRole('button', { name: 'Edit my answers' }).count(), 0);
      await other.screenshot('results-shared');

      await other.scope.getByRole('button', { name: 'Save to my history' }).click();
      await other.scope.getByRole('heading', { name: 'Your results', exact: true }).waitFor();
      const saved = JSON.parse(await other.stored());
      assert.equal(saved.history.length, 1);
      assert.equal(new URL(other.page.url()).hash, '', 'the link is dropped from the address bar');
      assert.deepEqual(w.errors, []);
      assert.deepEqual(other.errors, []);
    } finally {
      await w.close();
      await elsewhere.w?.close();
    }
  });

  test('a broken, tampered, foreign or huge link says so and overwrites nothing', async () => {
    const w = await build.open();
    let link;
    try {
      await w.start();
      await w.complete(HEALTHY);
      link = await shareLink(w);
    } finally {
      await w.close();
    }
    const code = link.split('#gsc=')[1];
    const tampered = code.slice(0, -6) + (code.at(-6) === 'A' ? 'B' : 'A') + code.slice(-5);
    const otherVersion = `gsc.${Buffer.from([9, 1, 2, 3, 4, 5, 6, 7]).toString('base64url')}`;
    const cases = [
      ['truncated', code.slice(0, -4), /cut short or changed/],
      ['tampered', tampered, /cut short or changed/],
      ['from another version', otherVersion, /different version/],
      ['not ours', 'hello-world', /does not hold answers from this check/],
      ['huge', `gsc.${'A'.repeat(5000)}`, /too long/],
    ];
    const own = record({ progress: { step: 'diet', answers: { age: '25_34' } } });
    for (const [what, bad, message] of cases) {
      const v = await Widget.open(build.browser, `${build.server.url}#gsc=${bad}`, {}, {
        before: (page) =>
          page.addInitScript(([key, value]) => {
            if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
            sessionStorage.setItem('seeded', 'yes');
          }, [KEY, own]),
        ready: (o) => o.scope.getByRole('alert').waitFor(),
      });
      try {
        assert.match(await alertText(v), message, what);
        assert.equal(await v.heading(), question('diet').text, `${what}: the reader's own check goes on`);
        assert.equal(await v.stored(), own, `${what}: nothing overwritten`);
        await v.choose('diet', 'vegan');
        await v.next();
        assert.deepEqual(v.errors, [], what);
      } finally {
        await v.close();
      }
    }
  });
});

describe('bad stored data', () => {
  const good = { on: '2026-10-03', answers: HEALTHY };
  const cases = [
    ['corrupt JSON', '{"version":2,"progress":', /could not be read/, 0],
    ['not JSON at all', 'hello', /could not be read/, 0],
    ['an unknown schema version', JSON.stringify({ version: 7, history: [] }), /different version/, 0],
    [
      'a past result that names a question that no longer exists',
      record({ history: [good, { on: '2026-09-01', answers: { ...HEALTHY, retired_question: 'yes' } }] }),
      /no longer fit/,
      1,
    ],
    [
      'answers in progress with an option that no longer exists',
      record({ progress: { step: 'diet', answers: { age: '12_15_and_a_half' } }, history: [good] }),
      /no longer fit/,
      1,
    ],
  ];
  for (const [what, text, message, keptResults] of cases) {
    test(`${what}: a short message, a working check, and what was fine is kept`, async () => {
      const w = await build.open({}, { before: seed(text) });
      try {
        assert.match(await alertText(w), message);
        await w.scope.getByRole('button', { name: 'Dismiss' }).click();
        assert.equal(await w.scope.getByRole('alert').count(), 0);
        await w.start();
        await w.complete(OMNIVORE_WITH_ACNE);
        const summary = w.scope.getByText(/^Your past results/);
        if (keptResults === 0) {
          assert.equal(await summary.count(), 0, 'no past results to show');
        } else {
          const past = await w.section(`Your past results (${keptResults})`);
          assert.equal(await past.getByRole('listitem').count(), keptResults);
        }
        assert.deepEqual(w.errors, []);
      } finally {
        await w.close();
      }
    });
  }

  test('an older schema version is migrated, with its history', async () => {
    const v1 = JSON.stringify({
      version: 1,
      answers: { age: '25_34' },
      step: 1,
      results: [{ date: '2026-09-01', answers: Object.fromEntries(Object.entries(HEALTHY)) }],
    });
    const w = await build.open({}, {
      before: seed(v1),
      ready: (o) => o.scope.getByRole('group').waitFor(),
    });
    try {
      assert.equal(await w.scope.getByRole('alert').count(), 0, 'no message for a migrated record');
      assert.equal(await w.heading(), question('diet').text, 'resumed at the question saved as step 1');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('storage that cannot be used', () => {
  test('blocked storage: the check works without saving and says so once', async () => {
    const w = await build.open({}, {
      before: (page) =>
        page.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }),
    });
    try {
      assert.match(await alertText(w), /not letting the check save anything/);
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.equal(await w.scope.getByRole('alert').count(), 1, 'said once');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('full storage: the first failed save is reported once and the check goes on', async () => {
    const w = await build.open({}, {
      before: (page) =>
        page.addInitScript(() => {
          Storage.prototype.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }),
    });
    try {
      assert.equal(await w.scope.getByRole('alert').count(), 0, 'nothing to save yet, nothing to say');
      await w.start();
      assert.match(await alertText(w), /not letting the check save anything/);
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.equal(await w.scope.getByRole('alert').count(), 1);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('deleting and printing', () => {
  test('"Delete my data" asks first, then empties storage', async () => {
    const w = await build.open();
    try {
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.notEqual(await w.stored(), null);
      await w.scope.getByRole('button', { name: 'Delete my data' }).click();
      const confirm = w.scope.getByRole('group', { name: /Delete your answers and past results/ });
      // Focus moves to the confirmation, one group named by its question, heard once.
      assert.equal((await w.focused()).tag, 'div', 'focus moves to the confirmation');
      assert.equal(await confirm.evaluate((el) => el === el.getRootNode().activeElement), true);
      await confirm.getByRole('button', { name: 'Keep my data' }).click();
      assert.notEqual(await w.stored(), null, 'keeping changes nothing');

      await w.scope.getByRole('button', { name: 'Delete my data' }).click();
      await confirm.getByRole('button', { name: 'Yes, delete everything' }).click();
      await w.scope.getByRole('button', { name: 'Start the check' }).waitFor();
      assert.equal(await w.stored(), null);
      assert.match(await w.scope.getByText(/has been deleted/).innerText(), /Everything this check saved/);
      await w.page.reload();
      await w.scope.getByRole('button', { name: 'Start the check' }).waitFor();
      assert.equal(await w.stored(), null);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('the print view is a clean page with every section open: no buttons, chart and disclaimer kept', async () => {
    const w = await build.open({}, { colorScheme: 'dark' });
    try {
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      const hidden = w.scope.getByText('Your answers that raised your fiber score most', { exact: false });
      assert.equal(await hidden.isVisible(), false, 'the details start closed on screen');
      await w.page.emulateMedia({ media: 'print' });
      const buttons = await w.scope.getByRole('button').all();
      for (const button of buttons) assert.equal(await button.isVisible(), false, 'no buttons in print');
      assert.ok(await w.scope.getByText(/^Not a diagnosis/).first().isVisible(), 'the disclaimer is printed');
      assert.ok(await w.scope.getByRole('img', { name: /^Your eight scores/ }).isVisible(), 'the chart is printed');
      // Every section prints open, even one the reader never opened.
      for (const text of [
        'Your answers that raised your fiber score most',
        'Fiber keeps things moving',
        'Wastyk et al., Cell, 2021',
      ]) {
        assert.ok(await w.scope.getByText(text, { exact: false }).first().isVisible(), `"${text}" is printed`);
      }
      const background = await w.page.evaluate(() => {
        const shadow = document.querySelector('[data-gut-skin-check]').shadowRoot;
        return getComputedStyle(shadow.querySelector('.gsc')).backgroundColor;
      });
      assert.equal(background, 'rgb(255, 255, 255)', 'white paper even in dark mode');
      mkdirSync(SCREENSHOTS, { recursive: true });
      const pdf = await w.page.pdf({ path: resolve(SCREENSHOTS, 'results.pdf'), format: 'A4', printBackground: true });
      assert.ok(pdf.length > 10000);
      await w.screenshot('results-print');

      // Printing from the browser's own menu opens the sections on screen too.
      await w.page.emulateMedia({ media: 'screen' });
      await w.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      assert.ok((await w.sections()).every((section) => section.open), 'every section is open');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

});
