// The WordPress plugin in a real WordPress (Debian's 6.1, PHP 8.2, MariaDB), used as a blogger and
// a reader would: the plugin zip uploaded and activated through the admin screens, posts written
// in the block editor, and then, logged out, the check taken to its results in Spanish, online and
// offline, in the page and in a frame, with the shortcode and with two blocks on one page. The
// debug log must stay empty, the console clean, and no request may go to another site.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Widget, shippedContent } from '../browser/support/widget.mjs';
import { violations } from '../browser/support/screens.mjs';
import { startWordPress } from './support/site.mjs';
import { Admin, launch, screenshot, siteContext } from './support/admin.mjs';
import { answerEverything } from './support/reader.mjs';

const SPANISH = shippedContent('es');
const ENGLISH = shippedContent('en');
const RELEASE = resolve(import.meta.dirname, '../../dist-release');
const PLUGIN_ZIP = readdirSync(RELEASE).find((name) => /^gut-skin-check-wordpress-.+\.zip$/.test(name));
const FRAME = 'iframe[data-gut-skin-check-frame]';
const WIDGET_FILES = /\/wp-content\/plugins\/gut-skin-check\/widget\//;

/** The guide's snippet that passes the widget's events to a site's analytics. */
function analyticsSnippet() {
  const guide = readFileSync(resolve(import.meta.dirname, '../../docs/guide.md'), 'utf8');
  const snippet = [...guide.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((code) => code.includes('gut_skin_check_start'));
  assert.ok(snippet, 'the guide has its analytics snippet');
  return snippet;
}

let site;
let browser;
const scratch = mkdtempSync(join(tmpdir(), 'gsc-wp-files-'));
let admin;
const started = Date.now();
/** The published posts' addresses. */
const posts = {};

before(async () => {
  assert.ok(PLUGIN_ZIP, `no plugin zip in ${RELEASE}: run ./scripts/package first`);
  site = await startWordPress();
  browser = await launch();
});

after(async () => {
  await admin?.close();
  await browser?.close();
  await site?.stop();
  rmSync(scratch, { recursive: true, force: true });
  console.log(`WordPress test: ${((Date.now() - started) / 1000).toFixed(1)} s in all`, site?.timings ?? '');
});

/** A logged-out reader's page on the site, watched by the widget's page object. */
async function reader(url, { content = SPANISH, before: beforeLoad, contextOptions } = {}) {
  const context = await siteContext(browser, site.url, contextOptions);
  const page = await context.newPage();
  const w = new Widget(page, context, site.url, { content });
  await beforeLoad?.(page);
  await page.goto(url);
  return w;
}

/** Waits, at most `ms`, for `check()`. */
async function until(check, what, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('a blogger, in the admin screens', () => {
  test('uploads the plugin zip under Plugins → Add New and activates it', async () => {
    admin = await Admin.open(browser, site.url);
    await admin.installPlugin(resolve(RELEASE, PLUGIN_ZIP));
    await admin.usePostNamePermalinks();
    assert.deepEqual(admin.errors, []);
  });

  test('writes a post with the block, in Spanish, sees the intro in the editor, and publishes it', async () => {
    const editor = await admin.write();
    await editor.title('Tu intestino y tu piel');
    await editor.insert('Gut–Skin Check');
    await editor.previews().first().getByText(ENGLISH.interface.intro_title).waitFor();
    await editor.language('Spanish');
    await editor.previews().first().getByText(SPANISH.interface.intro_title).waitFor();
    await editor.customHtml(analyticsSnippet());
    await editor.selectCheck(0);
    await editor.blockSettings();
    await screenshot(admin.page, 'editor-spanish-block');
    posts.spanish = await editor.publish();
    assert.deepEqual(admin.errors, []);
  });

  test('writes a post with the shortcode, one with two blocks, and a page with the check in a frame', async () => {
    let editor = await admin.write();
    await editor.title('Gut and skin, the shortcode way');
    await editor.shortcode('[gut_skin_check lang="en" embed="element"]');
    posts.shortcode = await editor.publish();

    editor = await admin.write();
    await editor.title('Dos pruebas, two checks');
    await editor.insert('Gut–Skin Check');
    await editor.language('Spanish');
    await editor.insert('Gut–Skin Check');
    await editor.language('English');
    await until(async () => (await editor.previews().count()) === 2, 'two previews');
    await editor.previews().nth(0).getByText(SPANISH.interface.intro_title).waitFor();
    await editor.previews().nth(1).getByText(ENGLISH.interface.intro_title).waitFor();
    await screenshot(admin.page, 'editor-two-blocks');
    posts.twoBlocks = await editor.publish();

    editor = await admin.write('page');
    await editor.title('El test, en un marco');
    await editor.insert('Gut–Skin Check');
    await editor.language('Spanish');
    await editor.embedding('In a frame (iframe)');
    await editor.blockSettings();
    await screenshot(admin.page, 'editor-iframe-page');
    posts.framed = await editor.publish();
    assert.deepEqual(admin.errors, []);
  });
});

describe('a reader, logged out', () => {
  test('takes the check in Spanish to the doctor card with the network gone once the post has loaded; the events reach analytics; axe finds nothing in the widget', async () => {
    const w = await reader(posts.spanish, {
      before: (page) => page.addInitScript(() => {
        window.sent = [];
        window.gtag = (...call) => window.sent.push(call);
      }),
    });
    try {
      const html = await (await fetch(posts.spanish, { signal: AbortSignal.timeout(30_000) })).text();
      assert.match(html, /<script type="module" src='[^']*\/gut-skin-check\/widget\/embed\.js\?ver=[^']+' id='gut-skin-check-embed-js'>/);
      await w.scope.getByRole('button', { name: SPANISH.interface.start }).waitFor();
      assert.equal(await w.scope.locator('.gsc-mount').getAttribute('lang'), 'es');
      // The theme places the widget in the post's column, as it does the title.
      const column = await w.page.locator('.wp-block-post-title').boundingBox();
      const widget = await w.scope.boundingBox();
      assert.ok(Math.abs(widget.x - column.x) < 2 && Math.abs(widget.width - column.width) < 2, `${JSON.stringify({ widget, column })}`);
      assert.deepEqual(await violations(w.page, { within: '[data-gut-skin-check]' }), [], 'the intro');
      await screenshot(w.page, 'post-spanish-intro');

      // The post is outside the widget's folder, so the rest of the widget comes now.
      await until(() => w.requests.some((path) => /\/results-[0-9a-f]{16}_bg\.wasm$/.test(path)), 'the results module');
      await until(() => w.requests.some((path) => path.endsWith('/widget/content/es.json')), 'the whole content file');
      await w.page.waitForLoadState('networkidle');
      await w.context.setOffline(true);

      await w.start();
      assert.match(await w.progress(), /^Pregunta 1 de \d+$/);
      await answerEverything(w, { yesToFirstWarningSign: true });
      await w.doctorCard().waitFor();
      assert.equal(await w.doctorCard().getByRole('heading', { level: 2 }).innerText(), SPANISH.interface.doctor_title_today);
      await w.summaryShown();
      assert.ok(await w.region(SPANISH.interface.results_title).isVisible(), 'the results, in Spanish');
      assert.deepEqual(await violations(w.page, { within: '[data-gut-skin-check]' }), [], 'the results');
      await screenshot(w.page, 'post-spanish-results');

      // The week and the reminder, still offline.
      await w.scope.getByRole('button', { name: SPANISH.interface.week_start }).click();
      await w.scope.getByRole('heading', { name: SPANISH.interface.week_title, level: 2 }).waitFor();
      const [reminder] = await Promise.all([
        w.page.waitForEvent('download'),
        w.scope.getByRole('button', { name: SPANISH.interface.remind }).first().click(),
      ]);
      assert.match(reminder.suggestedFilename(), /\.ics$/);

      const sent = await w.page.evaluate(() => window.sent);
      assert.deepEqual(sent.map(([kind, name]) => `${kind} ${name}`), ['event gut_skin_check_start', 'event gut_skin_check_complete']);
      assert.equal(sent[1][2].doctor_card, true);
      const scores = new Set(SPANISH.scores.map((score) => score.id));
      const focus = sent[1][2].focus.split(',').filter(Boolean);
      assert.ok(focus.length <= 3 && focus.every((id) => scores.has(id)), `focus areas: ${sent[1][2].focus}`);

      // Without the blogger's opt-in the widget's worker looks after its own folder only.
      const scope = await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/wp-content/plugins/gut-skin-check/widget/'))?.scope);
      assert.match(scope, /\/wp-content\/plugins\/gut-skin-check\/widget\/$/);
      assert.equal(await w.page.evaluate(() => navigator.serviceWorker.controller), null, 'the post is not the worker’s');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('a page without the check loads none of it', async () => {
    const sample = site.php("echo get_permalink(get_page_by_path('sample-page'));");
    const w = await reader(sample);
    try {
      await w.page.waitForLoadState('networkidle');
      assert.deepEqual(w.requests.filter((path) => WIDGET_FILES.test(path)), []);
      assert.doesNotMatch(await w.page.content(), /gut-skin-check/);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('the shortcode puts the check in the page, in English', async () => {
    const w = await reader(posts.shortcode, { content: ENGLISH });
    try {
      await w.scope.getByRole('button', { name: ENGLISH.interface.start }).waitFor();
      await w.start();
      await answerEverything(w);
      await w.summaryShown();
      assert.equal(await w.doctorCard().count(), 0);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('two blocks on one page: two copies, each in its language, both working', async () => {
    const w = await reader(posts.twoBlocks);
    try {
      const spanish = w.copy(0, { content: SPANISH });
      const english = w.copy(1, { content: ENGLISH });
      await spanish.scope.getByRole('button', { name: SPANISH.interface.start }).waitFor();
      await english.scope.getByRole('button', { name: ENGLISH.interface.start }).waitFor();
      await english.start();
      await answerEverything(english);
      await english.summaryShown();
      await spanish.start();
      assert.match(await spanish.progress(), /^Pregunta 1 de \d+$/);
      await screenshot(w.page, 'post-two-blocks');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });

  test('a page with the check in a frame works offline after its first load, and the frame’s own page reopens offline', async () => {
    const host = await reader(posts.framed, {
      before: (page) => page.addInitScript(() => {
        window.heard = [];
        for (const type of ['gut-skin-check:start', 'gut-skin-check:complete']) {
          document.addEventListener(type, (event) => window.heard.push({ type, detail: event.detail }));
        }
      }),
    });
    const w = host.inFrame(FRAME, { content: SPANISH });
    try {
      await w.scope.getByRole('button', { name: SPANISH.interface.start }).waitFor();
      const src = await host.page.locator(FRAME).getAttribute('src');
      assert.match(src, /\/wp-content\/plugins\/gut-skin-check\/widget\/index\.html\?lang=es$/);
      const frame = host.page.frames().find((each) => each.url().includes('/widget/index.html'));
      await until(() => frame.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the worker to look after the frame');
      await host.context.setOffline(true);

      await w.start();
      await answerEverything(w, { yesToFirstWarningSign: true });
      await w.doctorCard().waitFor();
      await w.summaryShown();
      await screenshot(host.page, 'page-iframe-results-offline');
      await until(() => host.page.evaluate(() => window.heard.length === 2), 'the events on the page');
      const heard = await host.page.evaluate(() => window.heard);
      assert.deepEqual(heard.map((event) => event.type), ['gut-skin-check:start', 'gut-skin-check:complete']);
      assert.equal(heard[1].detail.doctorCard, true);

      const again = await host.context.newPage();
      await again.goto(src);
      const reopened = new Widget(again, host.context, site.url, { content: SPANISH, errors: host.errors });
      await reopened.scope.getByRole('heading', { level: 2 }).first().waitFor();
      assert.ok(await reopened.onResults(), 'the widget’s own page opens offline, on the reader’s results');
      assert.deepEqual(host.errors, []);
    } finally {
      await host.close();
    }
  });
});

describe('the blogger’s own words', () => {
  test('an administrator uploads a content file, and no author can', async () => {
    const mine = structuredClone(ENGLISH);
    mine.interface.intro_title = 'What is your gut telling your skin?';
    const file = join(scratch, 'my-words.json');
    writeFileSync(file, JSON.stringify(mine, null, 2));
    const uploaded = await admin.upload(file);
    assert.match(uploaded, /my-words/);
    assert.doesNotMatch(uploaded, /not allowed/);

    site.php("wp_insert_user(array('user_login' => 'author', 'user_pass' => 'an-author-password-2026', 'user_email' => 'author@example.com', 'role' => 'author'));");
    const author = await Admin.open(browser, site.url, { user: 'author', password: 'an-author-password-2026' });
    try {
      assert.match(await author.upload(file), /Sorry, you are not allowed to upload this file type\./);
    } finally {
      await author.close();
    }
  });

  test('a post whose block and shortcode use it shows the blogger’s words, checked in the reader’s browser', async () => {
    const url = site.php("$file = get_posts(array('post_type' => 'attachment', 'post_mime_type' => 'application/json', 'numberposts' => 1)); echo wp_get_attachment_url($file[0]->ID);");
    assert.match(url, /\/wp-content\/uploads\/.+\.json$/);
    const editor = await admin.write();
    await editor.title('In my own words');
    await editor.insert('Gut–Skin Check');
    await editor.contentFile('my-words');
    await editor.previews().first().getByText('What is your gut telling your skin?').waitFor();
    await editor.shortcode(`[gut_skin_check content="${new URL(url).pathname}"]`);
    await screenshot(admin.page, 'editor-own-words');
    const post = await editor.publish();

    const mine = JSON.parse(readFileSync(join(scratch, 'my-words.json'), 'utf8'));
    const w = await reader(post, { content: mine });
    try {
      for (const copy of [w.copy(0), w.copy(1)]) {
        await copy.scope.getByRole('heading', { name: 'What is your gut telling your skin?' }).waitFor();
      }
      assert.ok(w.requests.some((path) => path.endsWith('/widget/check-content_bg.wasm')), 'the file was checked');
      assert.equal(w.requests.filter((path) => path === new URL(url).pathname).length, 1, 'fetched once for both');
      await w.copy(0).start();
      await answerEverything(w.copy(0));
      await w.copy(0).summaryShown();
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('a blogger who lets posts open offline', () => {
  test('saves the setting (with its nonce), and the post with two blocks then reopens with the network gone', async () => {
    await admin.allowPostsOffline();
    assert.equal(site.php("echo get_option('gut_skin_check_offline_pages') ? 'on' : 'off';"), 'on');
    const w = await reader(posts.twoBlocks);
    try {
      await w.scope.first().getByRole('button', { name: SPANISH.interface.start }).waitFor();
      const kept = () => w.page.evaluate(async () => Boolean(await caches.match(location.href, { cacheName: 'gut-skin-check-pages' })));
      await until(kept, 'the post kept for offline reading');
      await w.context.setOffline(true);
      const failed = [];
      w.page.on('requestfailed', (request) => failed.push(request.url()));
      await w.page.reload();
      await w.copy(0).scope.getByRole('button', { name: SPANISH.interface.start }).waitFor();
      await w.copy(1, { content: ENGLISH }).scope.getByRole('button', { name: ENGLISH.interface.start }).waitFor();
      assert.equal(await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope), `${site.url}/`);
      // The widget's worker keeps the post's page, not the theme's and WordPress's own files:
      // those the page asks for fail, and the browser says so; none of the widget's does.
      assert.deepEqual(failed.filter((url) => WIDGET_FILES.test(url)), []);
      const offline = 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
      assert.equal(w.errors.filter((error) => error === offline).length, failed.length);
      assert.deepEqual(w.errors.filter((error) => error !== offline), []);
    } finally {
      await w.close();
    }
  });
});

describe('the end', () => {
  test('deleting the plugin removes its setting; the debug log holds nothing but the core’s known notices', async () => {
    await admin.deletePlugin();
    assert.equal(site.php("var_export(get_option('gut_skin_check_offline_pages', 'gone'));"), "'gone'");
    assert.deepEqual(admin.errors, []);
    assert.deepEqual(site.notices(), []);
  });
});
