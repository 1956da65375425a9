// Page objects for WordPress's own admin screens, as a blogger uses them: logging in, uploading
// and activating a plugin, a setting, and writing a post in the block editor. WordPress's screens
// are found by the selectors its own end-to-end tests use; the plugin's controls by their labels.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { launch } from '../../browser/support/widget.mjs';
import { ADMIN } from './site.mjs';

export const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts/wordpress');
export const PLUGIN_FILE = 'gut-skin-check/gut-skin-check.php';
const STEP = 30_000;

export { launch };

/**
 * A fresh browser context on the site that refuses every other origin at once (WordPress asks
 * for avatars and emoji from elsewhere), and notes the page's console errors and failed responses.
 */
export async function siteContext(browser, url, options = {}) {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route((address) => address.origin !== origin, (route) => route.abort());
  context.setDefaultTimeout(STEP);
  return context;
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

export class Admin {
  /** Logs in, as the administrator unless `user` ({ user, password }) says otherwise. */
  static async open(browser, url, user = ADMIN) {
    const context = await siteContext(browser, url);
    const page = await context.newPage();
    const admin = new Admin(page, url);
    await admin.login(user);
    return admin;
  }

  constructor(page, url) {
    this.page = page;
    this.url = url;
    /** Console errors on the admin's screens, less the refused requests to other sites. */
    this.errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('net::ERR_FAILED')) this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  async close() {
    await this.page.context().close();
  }

  async login(user = ADMIN) {
    await this.page.goto(`${this.url}/wp-login.php`);
    await this.page.locator('#user_login').fill(user.user);
    await this.page.locator('#user_pass').fill(user.password);
    // A subscriber lands on their profile, everyone else on the dashboard.
    await Promise.all([this.page.waitForURL(/\/wp-admin\/(profile\.php)?$/), this.page.locator('#wp-submit').click()]);
  }

  /** Plugins → Add New → Upload Plugin, then Activate Plugin. */
  async installPlugin(zip) {
    await this.page.goto(`${this.url}/wp-admin/plugins.php`);
    await this.page.locator('#wpbody .page-title-action').click();
    await this.page.locator('a.upload-view-toggle').click();
    await this.page.locator('#pluginzip').setInputFiles(zip);
    await Promise.all([this.page.waitForURL(/update\.php\?action=upload-plugin/), this.page.locator('#install-plugin-submit').click()]);
    await this.page.getByRole('link', { name: 'Activate Plugin' }).click();
    await this.page.locator(`tr.active[data-plugin="${PLUGIN_FILE}"]`).waitFor();
  }

  /** Deactivate, then Delete, from the Plugins screen. */
  async deletePlugin() {
    await this.page.goto(`${this.url}/wp-admin/plugins.php`);
    const row = this.page.locator(`tr[data-plugin="${PLUGIN_FILE}"]`);
    await row.locator('.deactivate a').click();
    await this.page.locator(`tr.inactive[data-plugin="${PLUGIN_FILE}"]`).waitFor();
    this.page.once('dialog', (dialog) => dialog.accept());
    await this.page.locator(`tr[data-plugin="${PLUGIN_FILE}"] .delete a`).click();
    await this.page.locator(`tr.plugin-deleted-tr`).waitFor();
  }

  /** Settings → Permalinks: addresses such as /my-post/ rather than /?p=5. */
  async usePostNamePermalinks() {
    await this.page.goto(`${this.url}/wp-admin/options-permalink.php`);
    await this.page.getByLabel('Post name').check();
    await this.page.locator('#submit').click();
    await this.page.getByText('Permalink structure updated.').waitFor();
  }

  /** Settings → Gut–Skin Check → Posts offline. */
  async allowPostsOffline() {
    await this.page.goto(`${this.url}/wp-admin/options-general.php`);
    await this.page.locator('#adminmenu').getByRole('link', { name: 'Gut–Skin Check', exact: true }).click();
    await this.page.getByLabel(/Let readers open the posts that show the check/).check();
    await this.page.getByRole('button', { name: 'Save Changes' }).click();
    await this.page.getByText('Settings saved.').waitFor();
  }

  /**
   * Media → Add New: uploads a file and returns what the uploader then says of it (its name when
   * it went in, the error when it did not).
   */
  async upload(file) {
    await this.page.goto(`${this.url}/wp-admin/media-new.php`);
    await this.page.locator('#plupload-upload-ui input[type=file]').setInputFiles(file);
    // Done when the item offers its Edit link, or says why it was refused.
    const item = this.page.locator('#media-items .media-item').last();
    await item.locator('.edit-attachment, .error-div').first().waitFor();
    return (await item.innerText()).trim();
  }

  /** A new post (or page) in the block editor. */
  async write(type = 'post') {
    await this.page.goto(`${this.url}/wp-admin/post-new.php${type === 'post' ? '' : `?post_type=${type}`}`);
    const editor = new Editor(this.page);
    await editor.ready();
    return editor;
  }
}

export class Editor {
  constructor(page) {
    this.page = page;
  }

  async ready() {
    await this.page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), null, { timeout: STEP });
    const guide = this.page.locator('.edit-post-welcome-guide');
    if (await guide.isVisible().catch(() => false)) {
      await guide.getByRole('button', { name: 'Close' }).click();
    } else {
      // The guide may open a moment after the editor is ready.
      await guide.waitFor({ timeout: 2000 }).then(
        () => guide.getByRole('button', { name: 'Close' }).click(),
        () => {},
      );
    }
  }

  async title(text) {
    await this.page.getByRole('textbox', { name: 'Add title' }).fill(text);
  }

  /** Adds a block from the inserter, found by its name as the inserter lists it. */
  async insert(name) {
    const toggle = this.page.getByRole('button', { name: 'Toggle block inserter' });
    await toggle.click();
    await this.page.getByRole('searchbox', { name: 'Search for blocks and patterns' }).fill(name);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.page.getByRole('listbox', { name: 'Blocks' }).getByRole('option', { name: new RegExp(`${escaped}$`) }).first().click();
    if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  }

  /** The settings sidebar, open on the selected block. */
  async blockSettings() {
    const settings = this.page.getByRole('button', { name: 'Settings', exact: true }).first();
    if ((await settings.getAttribute('aria-pressed')) === 'false') await settings.click();
    const tab = this.page.getByRole('button', { name: /^Block/ }).filter({ hasText: /^Block$/ });
    if (await tab.count()) await tab.first().click();
    return this.page.locator('.interface-complementary-area');
  }

  /** The selected Gut–Skin Check block's language, by the label its sidebar shows. */
  async language(label) {
    const sidebar = await this.blockSettings();
    const select = sidebar.getByLabel('Language');
    const value = await select.locator('option', { hasText: label }).first().getAttribute('value');
    await select.selectOption(value);
  }

  async embedding(label) {
    const sidebar = await this.blockSettings();
    await sidebar.getByLabel(label).check();
  }

  /** Selects the `index`th Gut–Skin Check block on the canvas. */
  async selectCheck(index) {
    await this.page.locator('.wp-block-gut-skin-check-check').nth(index).click({ position: { x: 5, y: 5 } });
  }

  /** The previews of the Gut–Skin Check blocks: the widget's host elements in the canvas. */
  previews() {
    return this.page.locator('.gut-skin-check-preview [data-gut-skin-check]');
  }

  /** Chooses the selected block's content file from the media library, by its title. */
  async contentFile(title) {
    const sidebar = await this.blockSettings();
    await sidebar.getByRole('button', { name: 'Choose your content file' }).click();
    const modal = this.page.locator('.media-modal');
    await modal.getByRole('tab', { name: 'Media Library' }).click();
    await modal.locator(`.attachments .attachment[aria-label="${title}"]`).click();
    await modal.getByRole('button', { name: 'Select', exact: true }).click();
    await modal.waitFor({ state: 'hidden' });
  }

  async customHtml(code) {
    await this.insert('Custom HTML');
    await this.page.getByRole('textbox', { name: 'HTML', exact: true }).last().fill(code);
  }

  async shortcode(text) {
    await this.insert('Shortcode');
    await this.page.getByRole('textbox', { name: 'Shortcode text' }).last().fill(text);
  }

  /** Publishes, and returns the published post's address. */
  async publish() {
    await this.page.locator('.editor-post-publish-panel__toggle').click();
    await this.page.locator('.editor-post-publish-button').click();
    await this.page.locator('.post-publish-panel__postpublish-header').waitFor();
    return this.page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
  }
}
