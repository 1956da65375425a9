// A page object for the widget: tests read like what a reader does, by roles and labels.
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** A content file the widget ships with, by language ("en", "es"). */
export function shippedContent(lang) {
  return JSON.parse(readFileSync(new URL(`../../../content/${lang}.json`, import.meta.url), 'utf8'));
}

export const CONTENT = shippedContent('en');

/** The element a page gives the widget to fill. */
const HOST = '[data-gut-skin-check]';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screens');

// Without the networking flags Chromium keeps trying to reach the internet from a closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export function question(id, content = CONTENT) {
  const found = content.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in content`);
  return found;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for an interface text with `{placeholders}`: each placeholder named in `groups`
 * captures (in the order given there), any other matches anything.
 */
export function templatePattern(template, groups = {}) {
  let pattern = '';
  let rest = template;
  for (let match; (match = /\{(\w+)\}/.exec(rest)); ) {
    pattern += escapeRegExp(rest.slice(0, match.index));
    pattern += groups[match[1]] !== undefined ? `(?<${match[1]}>${groups[match[1]]})` : '.+?';
    rest = rest.slice(match.index + match[0].length);
  }
  return new RegExp(`^${pattern}${escapeRegExp(rest)}$`);
}

/** The accessible name of an option's input: its label, then its description if it has one. */
function optionName(option) {
  return option.description ? new RegExp(`^${escapeRegExp(option.label)}\\b`) : option.label;
}

async function until(check, what, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Waits for focus to settle: the widget moves it in a later task, and when what had it is gone it
 * rests on the widget's title first (for a second at most).
 */
export async function settledFocus(page) {
  // A task queued now runs after the widget's own, queued with the same zero delay.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await page
    .waitForFunction(
      () => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return !el?.classList?.contains('gsc-title');
      },
      null,
      { timeout: 1000 },
    )
    .catch(() => {});
}

export class Widget {
  /**
   * Opens the widget in a fresh browser context and waits until it can be started. `frame` is
   * the selector of an iframe holding the widget; `before(page)` runs before the page loads;
   * `ready(widget)` waits for something other than the start button (shared results, say).
   */
  static async open(browser, url, contextOptions = {}, { frame, before, ready, content } = {}) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...contextOptions });
    const page = await context.newPage();
    const widget = new Widget(page, context, new URL(url).origin, { content });
    if (frame) widget.scope = page.frameLocator(frame).locator(HOST);
    await before?.(page);
    if (ready) {
      await page.goto(url);
      await ready(widget);
    } else {
      await widget.goto(url);
    }
    return widget;
  }

  /**
   * Watches `page` for console errors, uncaught exceptions (a Rust panic lands there too),
   * Content-Security-Policy violations and any request to an origin other than `origin`. A
   * copy of the widget elsewhere on a page already watched passes that watch's `errors` and
   * its own `scope`. `content` is the content file the widget speaks (English by default): the
   * page object finds every button and heading by its words.
   */
  constructor(page, context, origin, { scope, errors, content = CONTENT } = {}) {
    this.page = page;
    this.context = context;
    this.origin = origin;
    this.content = content;
    /** The widget's host element, in the page or in an iframe of it. */
    this.scope = scope ?? page.locator(HOST);
    if (errors) {
      this.errors = errors;
      return;
    }
    this.errors = [];
    /** The paths the page itself requested (not its service worker), in order. */
    this.requests = [];
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) this.errors.push(`${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) this.errors.push(`request to ${request.url()}`);
      this.requests.push(new URL(request.url()).pathname);
    });
    page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      }, true);
    });
  }

  /**
   * The copy of the widget in the page's `index`th host element (counting from 0), sharing this
   * page, its browser context and its watch for errors.
   */
  copy(index, { content = this.content } = {}) {
    const scope = this.page.locator(HOST).nth(index);
    return new Widget(this.page, this.context, this.origin, { scope, errors: this.errors, content });
  }

  /** The copy of the widget in the page's iframe that `frame` selects. */
  inFrame(frame, { content = this.content } = {}) {
    const scope = this.page.frameLocator(frame).locator(HOST);
    return new Widget(this.page, this.context, this.origin, { scope, errors: this.errors, content });
  }

  /** An interface text of the widget's language, by its key in the content file. */
  say(key) {
    const text = this.content.interface[key];
    if (typeof text !== 'string') throw new Error(`no interface text ${key}`);
    return text;
  }

  /** Loads `url` and waits until the widget can be started. */
  async goto(url) {
    await this.page.goto(url);
    await this.scope.getByRole('button', { name: this.say('start') }).waitFor();
  }

  /** What the widget keeps in this browser's storage (null when nothing). */
  stored() {
    return this.page.evaluate(() => localStorage.getItem('gut-skin-check'));
  }

  /**
   * The element with keyboard focus, looking inside shadow roots: tag, type, text or label. When
   * the element that had focus is gone, focus rests on the widget's title for a moment before it
   * moves on (see src/widget/hooks.rs); this waits for it to move on.
   */
  async focused() {
    await settledFocus(this.page);
    return this.page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return { tag: 'body' };
      // What a sighted reader sees of it: without the words only a screen reader is given.
      const shown = (el.closest('label') ?? el).cloneNode(true);
      for (const hidden of shown.querySelectorAll('.gsc-visually-hidden')) hidden.remove();
      return {
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute('type'),
        text: shown.textContent.trim(),
        checked: el.checked,
      };
    });
  }

  /** Where the element with keyboard focus is on the page (not the viewport), or null. */
  focusedBox() {
    return this.page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x: x + scrollX, y: y + scrollY, width, height };
    });
  }

  async close() {
    await this.context.close();
  }

  async screenshot(name) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  async start() {
    await this.scope.getByRole('button', { name: this.say('start') }).click();
    await this.scope.getByRole('group').waitFor();
  }

  /**
   * The level-2 heading on screen as a sighted reader sees it: the question, or the first
   * heading of the results.
   */
  async heading() {
    return this.scope
      .getByRole('heading', { level: 2 })
      .first()
      .evaluate((el) => {
        const shown = el.cloneNode(true);
        for (const hidden of shown.querySelectorAll('.gsc-visually-hidden')) hidden.remove();
        return shown.textContent.trim();
      });
  }

  /**
   * What a screen reader is given as the level-2 heading takes focus: its text, then what
   * describes it (where the reader is, the hint), as "text | description".
   */
  async headingSaid() {
    return this.scope
      .getByRole('heading', { level: 2 })
      .first()
      .evaluate((el) => {
        const root = el.getRootNode();
        const described = (el.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => root.getElementById(id).textContent.trim());
        return [el.textContent.trim(), described.join(' ')].filter(Boolean).join(' | ');
      });
  }

  /** The question on screen, from the content. */
  async currentQuestion() {
    const text = await this.heading();
    const found = this.content.questions.find((q) => q.text === text);
    if (!found) throw new Error(`"${text}" is not a question`);
    return found;
  }

  /** The widget's polite live region: it has no role, so that it is never heard as one. */
  liveRegion() {
    return this.scope.locator('[aria-live="polite"]');
  }

  /** What the polite live region last announced ("Your results are ready."). */
  async announcement() {
    return (await this.liveRegion().innerText()).trim();
  }

  /** "Question 7 of 28", as shown above the question; fails unless the heading says it too. */
  async progress() {
    const pattern = templatePattern(this.say('question_number'), { number: '\\d+', count: '\\d+' });
    const shown = (await this.scope.getByText(pattern).allInnerTexts()).map((t) => t.trim());
    if (shown.length !== 1) throw new Error(`shown ${shown}`);
    const said = await this.headingSaid();
    if (!said.includes(`${shown[0]}.`)) throw new Error(`shown ${shown[0]}, the heading says “${said}”`);
    return shown[0];
  }

  group(id) {
    return this.scope.getByRole('group', { name: question(id, this.content).text });
  }

  input(id, optionId) {
    const q = question(id, this.content);
    const option = q.options.find((o) => o.id === optionId);
    if (!option) throw new Error(`question ${id} has no option ${optionId}`);
    const role = q.kind === 'single' ? 'radio' : 'checkbox';
    return this.group(id).getByRole(role, { name: optionName(option), exact: true });
  }

  /** Picks the options (one id, or a list for a multi-choice question), with the mouse. */
  async choose(id, choice) {
    for (const optionId of [].concat(choice)) {
      await this.input(id, optionId).check();
    }
  }

  /** Clicks a navigation button and waits for the screen to change. */
  async #go(buttonName) {
    const before = await this.heading();
    await this.scope.getByRole('button', { name: buttonName, exact: true }).click();
    await until(async () => (await this.heading()) !== before, `the screen after "${buttonName}"`);
  }

  async next() {
    const last = await this.scope.getByRole('button', { name: this.say('see_results') }).count();
    await this.#go(this.say(last ? 'see_results' : 'next'));
  }

  async back() {
    await this.#go(this.say('back'));
  }

  async onResults() {
    return (await this.scope.getByRole('button', { name: this.say('edit_answers') }).count()) > 0;
  }

  /**
   * Answers whatever question is on screen from the reader's profile ({ questionId: option or
   * [options] }) until the results show. Fails if the widget asks something the profile lacks.
   */
  async complete(profile, { screenshotEach = false } = {}) {
    const asked = [];
    for (let step = 0; step < 60 && !(await this.onResults()); step++) {
      const q = await this.currentQuestion();
      if (!(q.id in profile)) throw new Error(`the reader has no answer for "${q.id}"`);
      asked.push(q.id);
      await this.choose(q.id, profile[q.id]);
      if (screenshotEach) await this.screenshot(`question-${q.id}`);
      await this.next();
    }
    if (!(await this.onResults())) throw new Error('the results never showed');
    return asked;
  }

  /** The doctor card, whichever of its headings (by how urgent) it has. */
  doctorCard() {
    const titles = ['doctor_title_today', 'doctor_title_soon', 'doctor_title_gp'].map((key) => this.say(key));
    return this.scope.getByRole('region').filter({
      has: this.page.getByRole('heading', { level: 2 }).filter({ hasText: new RegExp(`^(${titles.join('|')})$`) }),
    });
  }

  region(name) {
    return this.scope.getByRole('region', { name, exact: true });
  }

  /**
   * Every score as the chart's text alternative gives it: { name: { value, last } }, where
   * `last` is the last result's value when the chart marks one.
   */
  async chart() {
    await this.summaryShown();
    const whole = templatePattern(this.say('chart_text'), { scores: '.+' });
    const chart = this.scope.getByRole('img', { name: whole });
    const name = await chart.evaluate((svg) => svg.querySelector('title').textContent);
    const now = templatePattern(this.say('chart_score'), { name: '.+?', value: '\\d+' });
    const then = templatePattern(this.say('chart_score_was'), { name: '.+?', value: '\\d+', was: '\\d+' });
    const scores = {};
    for (const part of name.match(whole).groups.scores.split('; ')) {
      const found = (part.match(then) ?? part.match(now))?.groups;
      if (!found) throw new Error(`unreadable score: ${part}`);
      scores[found.name] = {
        value: Number(found.value),
        last: found.was === undefined ? undefined : Number(found.was),
      };
    }
    return scores;
  }

  /** { score name: value } for one kind of score ('mechanism' or 'habit'), from the chart. */
  async scores(kind) {
    const chart = await this.chart();
    const names = this.content.scores.filter((s) => s.kind === kind).map((s) => s.name);
    return Object.fromEntries(names.map((name) => [name, chart[name].value]));
  }

  async mechanismScores() {
    return this.scores('mechanism');
  }

  async habitScores() {
    return this.scores('habit');
  }

  /** The results' closed and open sections (native <details>), by their summary lines. */
  async sections() {
    await this.summaryShown();
    const groups = await this.results().getByRole('group').all();
    const sections = [];
    for (const group of groups) {
      const section = await group.evaluate((el) =>
        el.tagName === 'DETAILS' ? { summary: el.querySelector('summary').textContent, open: el.open } : null,
      );
      if (section) sections.push(section);
    }
    return sections;
  }

  /**
   * The section of the results whose summary line is `summary` (text or a pattern), opened with
   * a click, as a reader would, if it was closed.
   */
  async section(summary) {
    await this.summaryShown();
    const line = this.scope.getByText(summary, { exact: typeof summary === 'string' });
    if (!(await line.evaluate((el) => el.closest('details').open))) await line.click();
    return this.scope.getByRole('group').filter({ has: this.page.getByText(summary) });
  }

  async openSection(summary) {
    await this.section(summary);
  }

  /** Opens every section of the results. */
  async openAllSections() {
    for (const { summary, open } of await this.sections()) {
      if (!open) await this.openSection(summary);
    }
  }

  /**
   * Waits for the results' summary and details, which the results module writes: a moment after
   * the heading when the results open on a page that has just loaded (a share link).
   */
  async summaryShown() {
    await this.region(this.say('chart_title')).waitFor();
  }

  /** The results: the region the results' own heading names (the first, after any doctor card). */
  results() {
    const titles = [this.say('results_title'), this.say('shared_results_title')];
    const pattern = new RegExp(`^(${titles.map(escapeRegExp).join('|')})$`);
    return this.scope.getByRole('region', { name: pattern }).first();
  }

  async focusAreas() {
    await this.summaryShown();
    const items = await this.region(this.say('focus_title')).getByRole('listitem').all();
    return Promise.all(items.map(async (item) => (await item.innerText()).split(':')[0].trim()));
  }

  /** The foods to start with, by name, in order. */
  async starters() {
    await this.summaryShown();
    const region = this.region(this.say('starters_title'));
    const names = await region.getByRole('heading', { level: 4 }).allInnerTexts();
    return names.map((name) => name.trim());
  }

  /** The lists in the details, in the order shown, each with its foods' names and text. */
  async foodLists() {
    await this.openSection(this.say('foods_section'));
    const lists = [];
    for (const name of this.content.lists.map((list) => list.name)) {
      const region = this.region(name);
      const box = await region.boundingBox();
      const foods = await region.getByRole('heading', { level: 5 }).allInnerTexts();
      lists.push({ name, top: box.y, foods: foods.map((f) => f.trim()), text: await region.innerText() });
    }
    // In the order the page reads them (by position, the lists can sit side by side).
    const order = (await this.scope.getByRole('heading', { level: 4 }).allInnerTexts()).map((t) => t.trim());
    return lists.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  }

  /** Every food shown, by name: each list's foods include the ones to start with. */
  async foods() {
    const lists = await this.foodLists();
    return lists.flatMap((list) => list.foods);
  }

  /** The text of one food's card, or cards: its card to start with and its card in the list. */
  async food(name) {
    await this.openSection(this.say('foods_section'));
    const cards = this.scope
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
    return (await cards.allInnerTexts()).join('\n');
  }

  /** Every sentence the results show, in order, with every closed section opened first. */
  async resultSentences() {
    await this.openAllSections();
    const text = await this.results().innerText();
    return text
      .split('\n')
      .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡“"(])/))
      .map((sentence) => sentence.trim())
      .filter((sentence) => /[.!?)]$/.test(sentence));
  }
}
