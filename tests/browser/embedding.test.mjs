// The three ways the widget is used (a script in a blog post, an iframe, its own page), each under
// the strict Content-Security-Policy, plus offline use and the move to a new version.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

import { DIST, PAGES, serve } from './support/server.mjs';
import { Widget, launch } from './support/widget.mjs';
import { changedBuild, hashedFiles } from './support/builds.mjs';
import { OMNIVORE_WITH_ACNE } from './support/readers.mjs';

const WIDGET_PATH = '/widgets/gut-skin-check/';
const POST = '/2026/11/gut-skin/';
const FOCUS_AREAS = ['Fiber', 'Processed foods', 'Probiotic & prebiotic foods'];

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** The blog's pages at the site root, the built widget in a folder of its own. */
function blog(widgetDir = DIST, headers = () => ({})) {
  return serve({ mounts: { '/': PAGES, [WIDGET_PATH]: widgetDir }, headers });
}

/** Computed styles of the widget's key elements, read inside its shadow root. */
function widgetLook(w) {
  return w.page.evaluate(() => {
    const shadow = document.querySelector('[data-gut-skin-check]').shadowRoot;
    const pick = (selector, properties) => {
      const element = shadow.querySelector(selector);
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        ...Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)])),
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    };
    const text = ['font-family', 'font-size', 'color', 'letter-spacing', 'text-transform', 'line-height', 'visibility'];
    const box = ['padding-top', 'margin-top', 'border-top-style', 'background-color', 'display'];
    return {
      root: pick('.gsc', [...text, ...box]),
      title: pick('h1', [...text, 'text-decoration-line']),
      heading: pick('h2', [...text, 'text-decoration-line']),
      option: pick('label', [...text, ...box]),
      radio: pick('input', ['display', 'appearance', 'margin-top']),
      button: pick('button', [...text, ...box, 'border-top-left-radius']),
      primary: pick('.gsc-primary', [...text, ...box, 'border-top-left-radius']),
    };
  });
}

/** Every computed style of the blog's own elements around the widget. */
function blogLook(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ['h1', 'h2', '.blog-note', '.blog-button'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector));
        return [selector, Object.fromEntries([...style].map((p) => [p, style.getPropertyValue(p)]))];
      }),
    ),
  );
}

describe('a blog post that embeds the widget with one element and one script', () => {
  test('looks as on its own page despite hostile CSS, leaves the blog alone, and completes', async () => {
    const server = await blog();
    const standalone = await Widget.open(browser, `${server.url}widgets/gut-skin-check/`);
    const post = await Widget.open(browser, `${server.url}2026/11/gut-skin/`);
    const plain = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    try {
      await post.start();
      await standalone.start();
      assert.deepEqual(await widgetLook(post), await widgetLook(standalone));
      await post.screenshot('blog-post-question');

      await plain.goto(`${server.url}2026/11/gut-skin-plain/`);
      assert.deepEqual(await blogLook(post.page), await blogLook(plain), "the blog's own styles are unchanged");

      await post.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await post.focusAreas(), FOCUS_AREAS);
      await post.screenshot('blog-post-results');
      assert.ok(server.requests.includes(`${WIDGET_PATH}embed.js`), 'the widget came from its own folder');
      assert.deepEqual(post.errors, []);
      assert.deepEqual(standalone.errors, []);
    } finally {
      await plain.close();
      await post.close();
      await standalone.close();
      await server.close();
    }
  });

  test('takes the blog’s accent colour, font and corner radius, and the reader’s dark mode', async () => {
    const server = await blog();
    const themed = await Widget.open(browser, `${server.url}2026/11/gut-skin-themed/`);
    const dark = await Widget.open(browser, `${server.url}2026/11/gut-skin-themed/`, {
      colorScheme: 'dark',
      reducedMotion: 'reduce',
    });
    try {
      await themed.start();
      await dark.start();
      const look = await widgetLook(themed);
      assert.equal(look.primary['background-color'], 'rgb(122, 31, 107)');
      assert.equal(look.primary['border-top-left-radius'], '0px');
      assert.match(look.root['font-family'], /^Georgia/);
      await themed.screenshot('blog-themed');

      const darkLook = await widgetLook(dark);
      assert.equal(darkLook.root['background-color'], 'rgb(20, 24, 22)');
      assert.equal(darkLook.root.color, 'rgb(238, 242, 239)');
      assert.equal(darkLook.primary['background-color'], 'rgb(240, 168, 224)', 'the dark accent');
      const transition = await dark.page.evaluate(() => {
        const shadow = document.querySelector('[data-gut-skin-check]').shadowRoot;
        return getComputedStyle(shadow.querySelector('button')).transitionDuration;
      });
      assert.equal(transition, '0s', 'no transitions when the reader asks for reduced motion');
      await dark.screenshot('blog-themed-dark');
      assert.deepEqual(themed.errors, []);
      assert.deepEqual(dark.errors, []);
    } finally {
      await themed.close();
      await dark.close();
      await server.close();
    }
  });
});

describe('an iframe in a blog post', () => {
  test('is sized to the widget at every step, with no scrollbar inside the frame', async () => {
    const server = await blog();
    const framed = await Widget.open(browser, `${server.url}2026/11/gut-skin-frame/`, {}, {
      frame: 'iframe[data-gut-skin-check-frame]',
    });
    try {
      const fits = async () => {
        const frame = await framed.page.$('iframe[data-gut-skin-check-frame]');
        const inside = await (await frame.contentFrame()).evaluate(() => ({
          content: Math.ceil(document.body.getBoundingClientRect().height),
          scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
        }));
        const outer = (await frame.boundingBox()).height;
        return { ...inside, outer };
      };
      const settled = async () => {
        let now;
        for (let i = 0; i < 100; i++) {
          now = await fits();
          if (Math.abs(now.outer - now.content) <= 1 && !now.scrolls) return now;
          await new Promise((r) => setTimeout(r, 20));
        }
        assert.fail(`the frame never fitted: ${JSON.stringify(now)}`);
      };
      const intro = await settled();
      await framed.start();
      const question = await settled();
      assert.notEqual(question.outer, intro.outer, 'the frame follows the content');
      await framed.complete(OMNIVORE_WITH_ACNE);
      const results = await settled();
      assert.ok(
        results.outer > 1.5 * question.outer,
        `the results are long (${results.outer}px) and the frame shows them all`,
      );
      assert.deepEqual(await framed.focusAreas(), FOCUS_AREAS);
      await framed.screenshot('blog-iframe-results');

      // A height from anywhere but the frame is ignored.
      await framed.page.evaluate(() => window.postMessage({ type: 'gut-skin-check:height', height: 10 }, '*'));
      await framed.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      assert.equal((await fits()).outer, results.outer);
      assert.deepEqual(framed.errors, []);
    } finally {
      await framed.close();
      await server.close();
    }
  });
});

describe('the strict Content-Security-Policy', () => {
  test('is enforced, so a violation would be seen by the tests', async () => {
    const server = await blog();
    const w = await Widget.open(browser, `${server.url}2026/11/gut-skin/`);
    try {
      await w.page.evaluate(() => {
        const sneaky = document.createElement('div');
        sneaky.setAttribute('style', 'color: red');
        document.body.append(sneaky);
      });
      await w.page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      assert.ok(
        w.errors.some((e) => e.includes('CSP violation')),
        `an inline style was blocked and reported: ${w.errors}`,
      );
    } finally {
      await w.close();
      await server.close();
    }
  });
});

/** Waits for the service worker to control a reload: active, with every file of the build cached. */
async function workerReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    return { active: Boolean(registration.active), caches: names };
  });
}

async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/**
 * Waits until a new version's worker is active, with a cache other than the `known` ones, and
 * returns that cache's name.
 */
async function nextCache(page, known) {
  for (let i = 0; i < 400; i++) {
    const now = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        settled: !registration?.installing && !registration?.waiting && registration?.active?.state === 'activated',
        names: await caches.keys(),
      };
    });
    const found = now.names.find((name) => !known.includes(name) && name !== 'gut-skin-check-pages');
    if (found && now.settled) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no new version beside ${known}`);
}

async function until(condition) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('offline, after one visit', () => {
  test('the standalone page loads and the whole assessment completes with the network off', async () => {
    const server = await serve();
    const w = await Widget.open(browser, server.url);
    try {
      const ready = await workerReady(w.page);
      assert.ok(ready.active);
      assert.equal(ready.caches.length, 1, `one version cached: ${ready.caches}`);
      // The browser's own check for a new sw.js is not covered by the context's offline mode,
      // so the server goes away too.
      await w.context.setOffline(true);
      await server.close();
      await w.goto(server.url);
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await w.focusAreas(), FOCUS_AREAS);
      await w.screenshot('offline-results');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a blog post the worker does not keep still completes with the network off once it has loaded', async () => {
    const server = await blog();
    const w = await Widget.open(browser, `${server.url}2026/11/gut-skin/`);
    try {
      // Outside the worker's scope, the page fetches the rest of the widget itself, at once.
      const resultsModule = () => w.requests.some((path) => /\/results-[0-9a-f]{16}_bg\.wasm$/.test(path));
      const wholeContent = () => w.requests.includes(`${WIDGET_PATH}content/en.json`);
      await until(() => resultsModule() && wholeContent());
      assert.ok(resultsModule() && wholeContent(), `${w.requests}`);
      await w.page.waitForLoadState('networkidle');
      assert.equal(await w.page.evaluate(() => navigator.serviceWorker.controller), null, 'the post is not the worker’s');
      await w.context.setOffline(true);
      await server.close();
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await w.focusAreas(), FOCUS_AREAS);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a blog post that lets the worker keep it opens and completes with the network off', async () => {
    const server = await blog(DIST, (path) =>
      path === `${WIDGET_PATH}sw.js` ? { 'service-worker-allowed': '/' } : {},
    );
    const page = '2026/11/gut-skin-offline/';
    const w = await Widget.open(browser, `${server.url}${page}`);
    try {
      await workerReady(w.page);
      const kept = () =>
        w.page.evaluate(async () => Boolean(await caches.match(location.href, { cacheName: 'gut-skin-check-pages' })));
      for (let i = 0; i < 100 && !(await kept()); i++) await new Promise((r) => setTimeout(r, 20));
      assert.ok(await kept(), 'the post is kept for offline reading');

      await w.context.setOffline(true);
      await server.close();
      await w.goto(`${server.url}${page}`);
      assert.equal(await w.page.getByRole('heading', { level: 1, name: 'Your gut and your skin' }).count(), 1);
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await w.focusAreas(), FOCUS_AREAS);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });
});

describe('a new version', () => {
  test('replaces the old one whole: after two reloads every file is new, and only the version before is kept', async () => {
    const changed = join(tmpdir(), 'gut-skin-check-build-b');
    const third = join(tmpdir(), 'gut-skin-check-build-c');
    const next = changedBuild(DIST, changed);
    const first = hashedFiles(DIST);
    const server = await serve();
    const w = await Widget.open(browser, server.url);
    try {
      const [oldCache] = (await workerReady(w.page)).caches;
      server.mount('/', changed);

      await w.goto(server.url);
      const newCache = await nextCache(w.page, [oldCache]);
      assert.deepEqual(await cacheNames(w.page), [oldCache, newCache], 'the version before is kept');

      const loaded = [];
      w.page.on('response', (response) => loaded.push(new URL(response.url()).pathname.slice(1)));
      await w.goto(server.url);
      await w.start();
      // The first answer fetches the results module.
      await w.choose('age', OMNIVORE_WITH_ACNE.age);
      await until(() => loaded.includes(next.resultsWasm));
      for (const file of Object.values(next)) assert.ok(loaded.includes(file), `${file} comes from the new version`);
      for (const file of Object.values(first)) assert.ok(!loaded.includes(file), `${file} is not loaded`);
      const builtInto = await w.page.evaluate(async () => {
        const shadow = document.querySelector('[data-gut-skin-check]').shadowRoot;
        return shadow.querySelector('link[rel=stylesheet]').href;
      });
      assert.ok(builtInto.endsWith(next.stylesheet));

      // A third version: the first one's cache goes.
      changedBuild(DIST, third, 'c');
      server.mount('/', third);
      // The reader is under way now, so the page opens on their question.
      await w.page.goto(server.url);
      await w.scope.getByRole('group').waitFor();
      const thirdCache = await nextCache(w.page, [oldCache, newCache]);
      assert.deepEqual(await cacheNames(w.page), [newCache, thirdCache], 'only the version before is kept');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
      rmSync(changed, { recursive: true, force: true });
      rmSync(third, { recursive: true, force: true });
    }
  });

  test('a page still open on the old version gets its results module from that version', async () => {
    const changed = join(tmpdir(), 'gut-skin-check-build-d');
    const first = hashedFiles(DIST);
    changedBuild(DIST, changed, 'd');
    const server = await serve();
    const w = await Widget.open(browser, server.url);
    try {
      const [oldCache] = (await workerReady(w.page)).caches;
      // The new version goes live, and another tab takes it up while this page stays open.
      server.mount('/', changed);
      const other = await w.context.newPage();
      await other.goto(server.url);
      await nextCache(other, [oldCache]);
      await other.close();

      const fetched = [];
      w.page.on('response', (response) => fetched.push(new URL(response.url()).pathname.slice(1)));
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await w.focusAreas(), FOCUS_AREAS);
      assert.ok(fetched.includes(first.resultsWasm), `${fetched}`);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
      rmSync(changed, { recursive: true, force: true });
    }
  });
});

describe('without a service worker', () => {
  test('a missing sw.js leaves the widget working online', async () => {
    const server = await serve({ mounts: { '/': DIST, '/sw.js': join(tmpdir(), 'gut-skin-check-nothing-here') } });
    const w = await Widget.open(browser, server.url);
    try {
      const registered = await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
      assert.equal(registered, 0);
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await w.focusAreas(), FOCUS_AREAS);
      // The browser reports the missing file itself; the widget adds nothing to that.
      assert.deepEqual(w.errors, ['A bad HTTP response code (404) was received when fetching the script.']);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a refused registration (a private window, say) leaves the widget working online', async () => {
    const server = await serve();
    const w = await Widget.open(browser, server.url, {}, {
      before: (page) =>
        page.addInitScript(() => {
          ServiceWorkerContainer.prototype.register = () =>
            Promise.reject(new DOMException('Service workers are not allowed here', 'SecurityError'));
        }),
    });
    try {
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await w.focusAreas(), FOCUS_AREAS);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a browser without service workers still runs the widget', async () => {
    const server = await serve();
    const w = await Widget.open(browser, server.url, {}, {
      before: (page) =>
        page.addInitScript(() => {
          Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });
        }),
    });
    try {
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      assert.deepEqual(await w.focusAreas(), FOCUS_AREAS);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });
});
