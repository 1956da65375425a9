// The content editor inside WordPress, in a real WordPress (Debian's 6.1, PHP 8.2, MariaDB): an
// administrator opens Tools → Gut–Skin Check words from the plugin's row, changes the intro's
// title in the editor in its frame and saves it to the site; a logged-out reader then sees the
// new words in a published post, and the widget's own words again once the saved file is
// deleted. The REST route refuses whoever may not change the words (no nonce, a subscriber, a
// stranger) and whatever is not a content file in the route's language. The debug log must stay
// empty, the console clean, and no request may go to another site.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { Widget, shippedContent } from '../browser/support/widget.mjs';
import { Editor as ContentEditor } from '../browser/support/editor.mjs';
import { startWordPress } from './support/site.mjs';
import { Admin, PLUGIN_FILE, launch, screenshot, siteContext } from './support/admin.mjs';

const ENGLISH = shippedContent('en');
const RELEASE = resolve(import.meta.dirname, '../../dist-release');
const PLUGIN_ZIP = readdirSync(RELEASE).find((name) => /^gut-skin-check-wordpress-.+\.zip$/.test(name));
const FRAME = 'iframe.gut-skin-check-words-frame';
const NEW_TITLE = 'Is your gut showing in your skin?';
const ROUTE = '/wp-json/gut-skin-check/v1/content';

let site;
let browser;
let admin;
let editor;
const started = Date.now();
/** The published post's address. */
let post;

before(async () => {
  assert.ok(PLUGIN_ZIP, `no plugin zip in ${RELEASE}: run ./scripts/package first`);
  site = await startWordPress();
  browser = await launch();
  admin = await Admin.open(browser, site.url);
  await admin.installPlugin(resolve(RELEASE, PLUGIN_ZIP));
  await admin.usePostNamePermalinks();
  const writing = await admin.write();
  await writing.title('Your gut and your skin');
  await writing.insert('Gut–Skin Check');
  await writing.previews().first().getByText(ENGLISH.interface.intro_title).waitFor();
  post = await writing.publish();
});

after(async () => {
  await admin?.close();
  await browser?.close();
  await site?.stop();
  console.log(`WordPress editor test: ${((Date.now() - started) / 1000).toFixed(1)} s in all`, site?.timings ?? '');
});

/** The saved words' file in the site's uploads folder. */
const savedFile = (lang) => join(site.root, 'wp-content/uploads/gut-skin-check', `words-${lang}.json`);

/** A logged-out reader on the published post, watched by the widget's page object. */
async function reader(content) {
  const context = await siteContext(browser, site.url);
  const page = await context.newPage();
  const w = new Widget(page, context, site.url, { content });
  await page.goto(post);
  return w;
}

/**
 * A REST call from `page`'s browser context (its cookies), with `nonce` as X-WP-Nonce when given:
 * { status, body } with the body parsed when it is JSON.
 */
async function rest(page, method, path, { nonce, body, type = 'application/json' } = {}) {
  const headers = {};
  if (nonce) headers['X-WP-Nonce'] = nonce;
  if (body !== undefined) headers['Content-Type'] = type;
  const response = await page.request.fetch(`${site.url}${ROUTE}${path}`, { method, headers, data: body, failOnStatusCode: false });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the text as it came.
  }
  return { status: response.status(), body: parsed, type: response.headers()['content-type'] ?? '', headers: response.headers() };
}

/** The REST nonce WordPress gives the logged-in user of `page` (admin-ajax.php's own action). */
async function nonceFor(page) {
  const response = await page.request.get(`${site.url}/wp-admin/admin-ajax.php?action=rest-nonce`);
  assert.equal(response.status(), 200);
  return (await response.text()).trim();
}

describe('an administrator, on Tools → Gut–Skin Check words', () => {
  test('opens the page from the plugin’s row and from the settings page: the editor is ready in its frame, given the route, a nonce and the site’s language', async () => {
    const page = admin.page;
    await page.goto(`${site.url}/wp-admin/plugins.php`);
    await page.locator(`tr[data-plugin="${PLUGIN_FILE}"]`).getByRole('link', { name: 'Edit the words' }).click();
    await page.waitForURL(/\/wp-admin\/tools\.php\?page=gut-skin-check-words$/);
    await page.getByRole('heading', { level: 1, name: 'Gut–Skin Check: your words' }).waitFor();

    const words = await page.evaluate(() => window.gutSkinCheckWords);
    // rest_url() as WordPress gives it here: PHP's server is no Apache, so the address has index.php.
    assert.equal(words.rest, site.php("echo rest_url('gut-skin-check/v1/content');"));
    assert.match(words.rest, /\/wp-json\/gut-skin-check\/v1\/content$/);
    assert.match(words.nonce, /^[0-9a-f]{10}$/);
    assert.equal(words.siteLanguage, 'en');

    const frame = page.locator(FRAME);
    assert.equal(await frame.getAttribute('title'), 'The Gut–Skin Check content editor');
    assert.match(await frame.getAttribute('src'), /\/wp-content\/plugins\/gut-skin-check\/widget\/editor\.html\?wordpress$/);
    editor = new ContentEditor(page, page.context(), site.url);
    editor.within = page.frameLocator(FRAME);
    await editor.ready();
    const box = await frame.boundingBox();
    const content = await page.locator('#wpbody-content .wrap').boundingBox();
    assert.ok(box.height >= 600, `the frame is ${box.height} px tall`);
    assert.ok(Math.abs(box.width - content.width) < 2, `the frame fills the page's width: ${box.width} of ${content.width}`);
    await editor.button('Save to the site').waitFor();
    await screenshot(page, 'words-page');

    await page.goto(`${site.url}/wp-admin/options-general.php?page=gut-skin-check`);
    await page.locator('#wpbody-content').getByRole('link', { name: 'Edit the words' }).click();
    await page.waitForURL(/\/wp-admin\/tools\.php\?page=gut-skin-check-words$/);
    await editor.ready();
    assert.deepEqual(admin.errors, []);
  });

  test('changes the intro’s title and saves it to the site: the file in the uploads folder holds it', async () => {
    const title = await editor.field('The intro', 'Intro title');
    await editor.write(title, NEW_TITLE);
    await editor.button('Save to the site').click();
    await editor.scope.getByRole('status').filter({ hasText: /^Saved to your site\./ }).waitFor();
    // Where the words now live, said at once, not after a reload.
    await editor.scope.getByText('The words saved on your site: 1 text changed, saved.').waitFor();
    const saved = JSON.parse(readFileSync(savedFile('en'), 'utf8'));
    assert.equal(saved.lang, 'en');
    assert.equal(saved.interface.intro_title, NEW_TITLE);
    await screenshot(admin.page, 'words-saved');

    // The route gives the file back as it was saved, for the editor to open.
    const nonce = await admin.page.evaluate(() => window.gutSkinCheckWords.nonce);
    const got = await rest(admin.page, 'GET', '/en', { nonce });
    assert.equal(got.status, 200);
    assert.match(got.type, /^application\/json/);
    assert.match(got.headers['cache-control'], /no-cache/, 'never kept by a cache');
    assert.deepEqual(got.body, saved);

    // Opened again, the editor opens the site's words.
    await admin.page.reload();
    await editor.ready();
    await editor.scope.getByRole('status').filter({ hasText: 'Opened the words saved on your site.' }).waitFor();
    assert.equal(await (await editor.field('The intro', 'Intro title')).inputValue(), NEW_TITLE);
    assert.deepEqual(admin.errors, []);
  });

  test('the block’s preview in the post editor shows the saved words', async () => {
    const writing = await admin.write();
    await writing.insert('Gut–Skin Check');
    await writing.previews().first().getByText(NEW_TITLE).waitFor();
    await writing.blockSettings();
    await admin.page.getByText('The words saved for your site in this language').waitFor();
    await writing.title('The saved words, in the editor');
    await writing.publish();
    assert.deepEqual(admin.errors, []);
  });
});

describe('a reader, logged out', () => {
  test('sees the saved words in the post, fetched from the uploads folder with the file’s time as its query', async () => {
    const mine = JSON.parse(readFileSync(savedFile('en'), 'utf8'));
    const w = await reader(mine);
    try {
      await w.scope.getByRole('heading', { name: NEW_TITLE }).waitFor();
      const content = await w.page.locator('[data-gut-skin-check]').getAttribute('data-content');
      assert.match(content, /\/wp-content\/uploads\/gut-skin-check\/words-en\.json\?ver=\d+$/);
      await w.start();
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('the route refuses', () => {
  test('an administrator’s cookie without the nonce, or with a wrong one', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const body = method === 'POST' ? JSON.stringify(ENGLISH) : undefined;
      const bare = await rest(admin.page, method, '/en', { body });
      assert.ok([401, 403].includes(bare.status), `${method} without a nonce: ${bare.status}`);
      const wrong = await rest(admin.page, method, '/en', { body, nonce: '0123456789' });
      assert.equal(wrong.status, 403, `${method} with a wrong nonce`);
      assert.equal(wrong.body.code, 'rest_cookie_invalid_nonce');
    }
    assert.equal(JSON.parse(readFileSync(savedFile('en'), 'utf8')).interface.intro_title, NEW_TITLE, 'the words are as saved');
  });

  test('a subscriber, even with a nonce of their own, and a stranger', async () => {
    site.php("wp_insert_user(array('user_login' => 'reader', 'user_pass' => 'a-reader-password-2026', 'user_email' => 'reader@example.com', 'role' => 'subscriber'));");
    const subscriber = await Admin.open(browser, site.url, { user: 'reader', password: 'a-reader-password-2026' });
    try {
      const nonce = await nonceFor(subscriber.page);
      for (const method of ['GET', 'POST', 'DELETE']) {
        const body = method === 'POST' ? JSON.stringify(ENGLISH) : undefined;
        const refused = await rest(subscriber.page, method, '/en', { body, nonce });
        assert.equal(refused.status, 403, `${method} by a subscriber`);
        assert.equal(refused.body.code, 'rest_forbidden');
      }
      await subscriber.page.goto(`${site.url}/wp-admin/tools.php?page=gut-skin-check-words`);
      await subscriber.page.getByText('Sorry, you are not allowed to access this page.').waitFor();
    } finally {
      await subscriber.close();
    }
    const stranger = await siteContext(browser, site.url);
    try {
      const page = await stranger.newPage();
      for (const method of ['GET', 'POST', 'DELETE']) {
        const body = method === 'POST' ? JSON.stringify(ENGLISH) : undefined;
        const refused = await rest(page, method, '/en', { body });
        assert.equal(refused.status, 401, `${method} by a stranger`);
      }
    } finally {
      await stranger.close();
    }
    assert.equal(JSON.parse(readFileSync(savedFile('en'), 'utf8')).interface.intro_title, NEW_TITLE, 'the words are as saved');
  });

  test('what is not a content file in the route’s language, with a message that says why', async () => {
    const nonce = await nonceFor(admin.page);
    const refusals = [
      [{ body: '{"lang": "en", "interface": ' }, 400, /JSON/],
      [{ body: 'not JSON at all', type: 'text/plain' }, 400, /^The words are not JSON/],
      [{ body: '["en"]' }, 400, /^The words must be a JSON object/],
      [{ body: JSON.stringify({ ...ENGLISH, lang: 'es' }) }, 400, /“lang” is “es”, but it was sent to be saved as “en”/],
      [{ body: JSON.stringify({ lang: 'en', interface: 'words' }) }, 400, /no “interface” object/],
      [{ body: JSON.stringify({ lang: 'en', interface: {}, padding: 'x'.repeat(2 * 1024 * 1024) }) }, 413, /larger than 2 MB/],
    ];
    for (const [call, status, message] of refusals) {
      const refused = await rest(admin.page, 'POST', '/en', { ...call, nonce });
      assert.equal(refused.status, status, `${call.body.slice(0, 40)}: ${JSON.stringify(refused.body).slice(0, 200)}`);
      assert.match(refused.body.message, message);
    }
    assert.equal(JSON.parse(readFileSync(savedFile('en'), 'utf8')).interface.intro_title, NEW_TITLE, 'the words are as saved');
    assert.deepEqual(readdirSync(join(site.root, 'wp-content/uploads/gut-skin-check')), ['words-en.json'], 'nothing else was written');
  });
});

describe('the saved words, deleted', () => {
  test('DELETE removes the file, GET then answers 204 (no words of the site’s own), and the post shows the widget’s own words again', async () => {
    const nonce = await nonceFor(admin.page);
    const deleted = await rest(admin.page, 'DELETE', '/en', { nonce });
    assert.equal(deleted.status, 200);
    assert.equal(deleted.body.deleted, true);
    assert.equal(existsSync(savedFile('en')), false);
    const none = await rest(admin.page, 'GET', '/en', { nonce });
    assert.equal(none.status, 204);
    assert.equal(none.body, '');

    // The editor, opened again, shows the widget's own words, not the deleted ones it had kept.
    await admin.page.goto(`${site.url}/wp-admin/tools.php?page=gut-skin-check-words`);
    await editor.ready();
    await editor.scope.getByText("The widget's own English words: no text changed, saved.").waitFor();
    assert.equal(await (await editor.field('The intro', 'Intro title')).inputValue(), ENGLISH.interface.intro_title);

    const w = await reader(ENGLISH);
    try {
      await w.scope.getByRole('button', { name: ENGLISH.interface.start }).waitFor();
      await w.scope.getByRole('heading', { name: ENGLISH.interface.intro_title }).waitFor();
      assert.equal(await w.page.locator('[data-gut-skin-check]').getAttribute('data-content'), null);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('the end', () => {
  test('deleting the plugin removes the saved words; the debug log holds nothing but the core’s known notices', async () => {
    // Saved again, so there is something to remove.
    await admin.page.goto(`${site.url}/wp-admin/tools.php?page=gut-skin-check-words`);
    await editor.ready();
    await editor.write(await editor.field('The intro', 'Intro title'), NEW_TITLE);
    await editor.button('Save to the site').click();
    await editor.scope.getByRole('status').filter({ hasText: /^Saved to your site\./ }).waitFor();
    assert.ok(existsSync(savedFile('en')));

    // The page's own button deletes them too, and says so.
    await admin.page.reload();
    await admin.page.getByRole('button', { name: 'Use the widget’s own words in English again' }).click();
    await admin.page.getByText('Your words in English are deleted').waitFor();
    assert.equal(existsSync(savedFile('en')), false);
    await editor.ready();
    await screenshot(admin.page, 'words-deleted');

    await editor.write(await editor.field('The intro', 'Intro title'), NEW_TITLE);
    await editor.button('Save to the site').click();
    await editor.scope.getByRole('status').filter({ hasText: /^Saved to your site\./ }).waitFor();
    await admin.deletePlugin();
    assert.equal(existsSync(join(site.root, 'wp-content/uploads/gut-skin-check')), false, 'the folder is gone');
    assert.deepEqual(admin.errors, []);
    // The editor's page object watches the whole admin page: WordPress's own toolbar asks for the
    // administrator's avatar from another site, which the browser context refuses.
    const wordPressOwn = (error) => /^request to https?:\/\/[^/]*gravatar\.com\//.test(error) || error === 'Failed to load resource: net::ERR_FAILED';
    assert.deepEqual(editor.errors.filter((error) => !wordPressOwn(error)), []);
    assert.deepEqual(site.notices(), []);
  });
});
