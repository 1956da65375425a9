// Several live copies at once: two elements on one page, an element added after load, two tabs,
// and a frame beside an element, all on one origin. Every copy works on its own, every finished
// result is kept, and a delete anywhere holds everywhere.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { DIST, PAGES, serve } from './support/server.mjs';
import { Widget, launch } from './support/widget.mjs';
import { HEALTHY, OMNIVORE_WITH_ACNE } from './support/readers.mjs';

const WIDGET_PATH = '/widgets/gut-skin-check/';
let server;
let browser;

before(async () => {
  server = await serve({ mounts: { '/': PAGES, [WIDGET_PATH]: DIST } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const start = (w) => w.scope.getByRole('button', { name: 'Start the check' });

/** The past results stored in this browser, by their days. */
async function storedHistory(w) {
  const stored = JSON.parse((await w.stored()) ?? '{"history":[]}');
  return stored.history;
}

/** Opens `path` on the blog and waits for every copy of the widget on it to be ready. */
async function openPage(path, copies, contextOptions = {}) {
  return Widget.open(browser, `${server.url}${path}`, contextOptions, {
    ready: async (w) => {
      for (let i = 0; i < copies; i++) await start(w.copy(i)).waitFor();
    },
  });
}

/** Waits until `check` holds, polling. */
async function until(check, what) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('two copies on one page', () => {
  test('both mount and complete, each with its own screen, focus and live region', async () => {
    const page = await openPage('2026/11/two-posts/', 2);
    try {
      const [first, second] = [page.copy(0), page.copy(1)];
      assert.deepEqual(
        [await first.liveRegion().count(), await second.liveRegion().count()],
        [1, 1],
        'a live region each',
      );

      await first.start();
      assert.equal(await start(second).count(), 1, 'the second copy stays on its intro');
      await first.complete(OMNIVORE_WITH_ACNE);
      assert.equal(await first.heading(), 'Your results');
      assert.equal((await first.focused()).text, 'Your results', 'focus on the copy being used');

      await second.start();
      await second.complete(HEALTHY);
      assert.equal(await second.heading(), 'Your results');
      assert.equal((await storedHistory(page)).length, 2, 'both results are kept');
      // The first copy, still showing its results, learned of the second one's.
      await until(
        async () => (await first.scope.getByText('Your past results (1)').count()) === 1,
        'the first copy to show the other result as a past one',
      );
      await page.screenshot('copies-two-on-one-page');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  test('an element added after the page loaded mounts its own copy', async () => {
    const page = await openPage('2026/11/two-posts/', 2);
    try {
      await page.page.evaluate(() => {
        const article = document.createElement('article');
        article.innerHTML = '<h1>A post loaded by infinite scroll</h1><div data-gut-skin-check></div>';
        document.body.append(article);
      });
      const added = page.copy(2);
      await start(added).waitFor();
      await added.start();
      await added.choose('age', '25_34');
      await added.next();
      assert.equal(await added.heading(), 'Which best describes how you eat?');
      assert.equal(await start(page.copy(0)).count(), 1, 'the others are untouched');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
});

describe('two tabs', () => {
  test('both finish, and both results are kept', async () => {
    const one = await openPage('2026/11/gut-skin/', 1);
    const two = await one.context.newPage();
    const other = new Widget(two, one.context, new URL(server.url).origin);
    try {
      await other.goto(`${server.url}2026/11/gut-skin/`);
      // The tab a reader uses is in front; the browser slows the timers of the others.
      await one.page.bringToFront();
      await one.start();
      await one.complete(OMNIVORE_WITH_ACNE);
      // The second tab loaded before the first finished, and finishes after it.
      await two.bringToFront();
      await other.start();
      await other.complete(HEALTHY);
      const history = await storedHistory(one);
      assert.equal(history.length, 2, JSON.stringify(history));
      assert.notEqual(history[0].id, history[1].id);
      assert.deepEqual([...one.errors, ...other.errors], []);
    } finally {
      await one.close();
    }
  });

  test('a delete in one tab holds in the other: nothing comes back', async () => {
    const one = await openPage('2026/11/gut-skin/', 1);
    try {
      await one.start();
      await one.complete(OMNIVORE_WITH_ACNE);
      const two = await one.context.newPage();
      const other = new Widget(two, one.context, new URL(server.url).origin);
      await two.goto(`${server.url}2026/11/gut-skin/`);
      await other.scope.getByRole('heading', { name: 'Your results', exact: true }).waitFor();

      await one.page.bringToFront();
      await one.scope.getByRole('button', { name: 'Delete my data' }).click();
      await one.scope.getByRole('button', { name: 'Yes, delete everything' }).click();
      assert.equal(await one.stored(), null);

      // The other tab forgets too, and says so, before the reader does anything there.
      await two.bringToFront();
      await other.scope.getByText(/has been deleted/).waitFor();
      await other.start();
      await other.choose('age', '65_plus');
      await other.next();
      const stored = JSON.parse(await other.stored());
      assert.deepEqual(stored.history, [], 'the deleted result did not come back');
      assert.deepEqual(Object.keys(stored.progress.answers), ['age'], 'nor did the deleted answers');
      assert.deepEqual([...one.errors, ...other.errors], []);
    } finally {
      await one.close();
    }
  });
});

describe('a frame and an element on one origin', () => {
  test('share one history', async () => {
    const frame = 'iframe[data-gut-skin-check-frame]';
    const page = await Widget.open(browser, `${server.url}2026/11/frame-and-element/`, {}, {
      ready: async (w) => {
        await start(w).waitFor();
        await start(w.inFrame(frame)).waitFor();
      },
    });
    try {
      const framed = page.inFrame(frame);
      await page.start();
      await page.complete(OMNIVORE_WITH_ACNE);
      await framed.start();
      await framed.complete(HEALTHY);
      await framed.scope.getByText('Your past results (1)').waitFor();
      assert.equal((await storedHistory(page)).length, 2);
      await until(
        async () => (await page.scope.getByText('Your past results (1)').count()) === 1,
        'the element copy to learn of the frame copy\'s result',
      );
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
});
