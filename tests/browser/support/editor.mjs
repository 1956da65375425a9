// A page object for the content editor (editor.html): tests read like what a blogger does ("open
// the question about bloating", "write in its Question field"), found by roles and labels.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';

export const EDITOR_SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/editor');

/** How long the editor may take to check, keep a draft or update its preview (it waits for a pause in typing first). */
const SETTLE = 15_000;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Editor {
  /**
   * Opens `url` (an editor.html) in a fresh browser context, or in `page` when given, and waits
   * until the form can be used. Every console error, uncaught exception, failed request, CSP
   * violation and request to another origin is kept in `errors`.
   */
  static async open(browser, url, { contextOptions = {}, page } = {}) {
    const context = page ? page.context() : await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...contextOptions });
    const editor = new Editor(page ?? (await context.newPage()), context, new URL(url).origin);
    await editor.goto(url);
    return editor;
  }

  constructor(page, context, origin) {
    this.page = page;
    this.context = context;
    this.errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) this.errors.push(`${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) this.errors.push(`request to ${request.url()}`);
    });
    page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      }, true);
    });
  }

  /** The editor's own frame or page: in WordPress the editor sits in a frame of the admin page. */
  get scope() {
    return this.within ?? this.page;
  }

  async goto(url) {
    await this.page.goto(url);
    await this.ready();
  }

  async ready() {
    await this.scope.getByRole('button', { name: /^The intro\b/ }).waitFor({ timeout: SETTLE });
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  async close() {
    await this.context.close();
  }

  async screenshot(name) {
    mkdirSync(EDITOR_SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: resolve(EDITOR_SCREENSHOTS, `${name}.png`) });
  }

  /** A group's heading button, by the start of its title ("Question 7", "Food: Kimchi"). */
  groupButton(title) {
    return this.scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  /** Opens a group of the form (if it is not open) and returns its body. */
  async openGroup(title) {
    const button = this.groupButton(title);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    const body = this.scope.locator(`#${await button.getAttribute('aria-controls')}`);
    await body.waitFor();
    return body;
  }

  /** The field labelled `label` in the group titled `group`. */
  async field(group, label) {
    const body = await this.openGroup(group);
    return body.getByLabel(label, { exact: true });
  }

  /** Writes `text` in a field, as typing would. */
  async write(field, text) {
    await field.fill(text);
  }

  /** The checks' messages tied to a field (through aria-describedby), once they have run. */
  async errorsAt(field) {
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ').find((id) => id.endsWith('-error'));
    if (!errorId) return [];
    return this.scope.locator(`#${errorId} li`).allInnerTexts();
  }

  /** Waits until the field carries exactly the messages `expected` (or, a function, until it holds). */
  async waitForErrors(field, expected) {
    const deadline = Date.now() + SETTLE;
    let found;
    for (;;) {
      found = await this.errorsAt(field);
      const fine = typeof expected === 'function' ? expected(found) : JSON.stringify(found) === JSON.stringify(expected);
      if (fine) return found;
      if (Date.now() > deadline) assert.fail(`the field's messages: ${JSON.stringify(found)}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** The widget in the preview frame. */
  preview() {
    return this.scope.frameLocator('iframe[title^="Preview"]').locator('[data-gut-skin-check]');
  }

  /** The words the preview points at (outlined), once it has found them. */
  edited() {
    return this.preview().locator('[data-gsc-edited]');
  }

  /**
   * Whatever scrolls sideways or sticks out of the screen: the page itself, and every element of
   * the editor (the preview frame's inside is the widget's, tested in its own files).
   */
  overflow() {
    return this.page.evaluate(() => {
      const problems = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth) problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
      for (const element of document.querySelectorAll('.ed *')) {
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;
        const what = `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 40)}"`;
        if (box.left < -0.5 || box.right > doc.clientWidth + 0.5) problems.push(`${what} sticks out: ${box.left}–${box.right} of 0–${doc.clientWidth}`);
        if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && !['TEXTAREA', 'INPUT', 'SELECT'].includes(element.tagName)) {
          problems.push(`${what} scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`);
        }
      }
      return problems;
    });
  }

  button(name) {
    return this.scope.getByRole('button', { name, exact: true });
  }

  /** What the editor keeps in this browser for `lang`, parsed (null when nothing). */
  draft(lang = 'en') {
    return this.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `gut-skin-check-editor:${lang}`);
  }

  /** Waits until the draft for `lang` holds `check(file)`. */
  async draftHolds(check, lang = 'en') {
    const deadline = Date.now() + SETTLE;
    while (!check((await this.draft(lang))?.file)) {
      if (Date.now() > deadline) assert.fail(`the draft for ${lang} never held what was written`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Clicks "Download the file" and returns the download, once the checks found nothing. */
  async download(buttonName = 'Download the file') {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: SETTLE }), this.button(buttonName).click()]);
    return download;
  }
}
