// The blogger's widget: their language (chosen by <html lang> or data-lang, laid out right to
// left when the language is), their own content file (checked before use, and a broken one
// explained), their numbers (the start and complete events), and saved data across languages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST, PAGES, serve } from './support/server.mjs';
import { CONTENT, Widget, launch, shippedContent } from './support/widget.mjs';
import { BLOOD_IN_STOOL, OMNIVORE_WITH_ACNE } from './support/readers.mjs';
import { horizontalOverflow, violations } from './support/screens.mjs';

const SPANISH = shippedContent('es');
const WIDGET_PATH = '/widgets/gut-skin-check/';
const OWN_CONTENT = '/blogger/my-content.json';
/** OMNIVORE_WITH_ACNE's focus areas, by id, highest first. */
const FOCUS_IDS = ['fiber', 'processed', 'probiotic_prebiotic'];
const PHONE = { width: 320, height: 640 };

let browser;
const folders = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/**
 * The test blog at the site root, the built widget in its folder, and the blogger's own content
 * files (`{ name: JSON value or text }`) under /blogger/.
 */
function blog(files = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'gsc-blogger-'));
  folders.push(folder);
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(folder, name), typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  }
  return serve({ mounts: { '/': PAGES, [WIDGET_PATH]: DIST, '/blogger/': folder } });
}

/** A copy of a content file, changed by `edit`. */
function editedContent(edit, content = CONTENT) {
  const copy = structuredClone(content);
  edit(copy);
  return copy;
}

/** Whether the service worker's cache of this version holds each of `files` (of the widget). */
function kept(w, files, folder = '/') {
  return w.page.evaluate(
    async ({ files, folder }) => {
      const names = (await caches.keys()).filter((name) => name.startsWith('gut-skin-check-') && !name.endsWith('pages'));
      const found = {};
      for (const file of files) {
        const url = new URL(folder + file, location.origin).href;
        found[file] = (await Promise.all(names.map((name) => caches.match(url, { cacheName: name })))).some(Boolean);
      }
      return found;
    },
    { files, folder },
  );
}

/** The widget's root inside its shadow root: the lang and dir it carries. */
function rootLanguage(w) {
  return w.scope.locator('.gsc-mount').evaluate((root) => ({
    lang: root.getAttribute('lang'),
    dir: root.getAttribute('dir'),
    direction: getComputedStyle(root).direction,
  }));
}

/**
 * The English interface texts found in `text`: each text's words outside its placeholders,
 * where they are long enough to mean something and the translation does not say the same.
 */
function englishIn(text, translation) {
  const found = [];
  for (const [key, english] of Object.entries(CONTENT.interface)) {
    if (english === translation.interface[key]) continue;
    for (const part of english.split(/\{\w+\}/)) {
      const words = part.trim().replace(/^[:;,.“”()]+|[:;,.“”()]+$/g, '').trim();
      if (words.length >= 8 && /\s/.test(words) && text.includes(words)) found.push(`${key}: “${words}”`);
    }
  }
  return found;
}

/** Everything the results say, every section open. */
async function everything(w) {
  await w.openAllSections();
  return w.results().innerText();
}

/** Completes the check as OMNIVORE_WITH_ACNE in the widget's language and checks the results. */
async function completeInSpanish(w) {
  await w.start();
  assert.match(await w.progress(), /^Pregunta 1 de \d+$/);
  await w.complete(OMNIVORE_WITH_ACNE);
  assert.equal(await w.heading(), SPANISH.interface.results_title);
  const names = Object.fromEntries(SPANISH.scores.map((score) => [score.id, score.name]));
  assert.deepEqual(await w.focusAreas(), FOCUS_IDS.map((id) => names[id]));
  const text = await everything(w);
  assert.ok(text.includes(SPANISH.interface.disclaimer), 'the disclaimer, in Spanish');
  assert.ok(text.includes(SPANISH.interface.plan_title), 'the first week, in Spanish');
  assert.deepEqual(englishIn(text, SPANISH), [], 'no English interface text on the results');
}

describe('a Spanish-speaking blog', () => {
  test('gets the whole check in Spanish from the page’s <html lang>, axe-clean, without the checker', async () => {
    const server = await blog();
    const w = await Widget.open(browser, `${server.url}2026/11/intestino-piel/`, {}, { content: SPANISH });
    try {
      assert.deepEqual(await rootLanguage(w), { lang: 'es', dir: 'ltr', direction: 'ltr' });
      assert.deepEqual(await violations(w.page), [], 'the intro');
      await w.start();
      assert.deepEqual(await violations(w.page), [], 'the first question');
      await w.back();
      await completeInSpanish(w);
      assert.deepEqual(await violations(w.page), [], 'the results, every section open');
      await w.screenshot('spanish-results');
      assert.ok(w.requests.includes(`${WIDGET_PATH}content/es.json`));
      assert.ok(!w.requests.some((path) => path.includes('check-content')), 'the shipped file is not re-checked');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('an element with data-lang="es" speaks Spanish on an English page', async () => {
    const server = await blog();
    const w = await Widget.open(browser, `${server.url}2026/11/data-lang/`, {}, { content: SPANISH });
    try {
      assert.equal(await w.page.evaluate(() => document.documentElement.lang), 'en');
      assert.deepEqual(await rootLanguage(w), { lang: 'es', dir: 'ltr', direction: 'ltr' });
      await completeInSpanish(w);
      assert.deepEqual(await violations(w.page), []);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a regional tag (es-MX) finds Spanish; a language with no file (fr) gets English', async () => {
    const server = await blog();
    const withLang = (lang) => async (page) => {
      await page.route('**/2026/11/gut-skin/', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`);
        await route.fulfill({ response, body: html });
      });
    };
    const mexican = await Widget.open(browser, `${server.url}2026/11/gut-skin/`, {}, { content: SPANISH, before: withLang('es-MX') });
    const french = await Widget.open(browser, `${server.url}2026/11/gut-skin/`, {}, { before: withLang('fr') });
    try {
      assert.equal((await rootLanguage(mexican)).lang, 'es');
      assert.equal((await rootLanguage(french)).lang, 'en');
      assert.deepEqual([...mexican.errors, ...french.errors], []);
    } finally {
      await mexican.close();
      await french.close();
      await server.close();
    }
  });

  test('works offline in Spanish after one visit to the Spanish standalone page', async () => {
    const server = await serve();
    const url = `${server.url}?lang=es`;
    const w = await Widget.open(browser, url, {}, { content: SPANISH });
    try {
      await w.page.evaluate(() => navigator.serviceWorker.ready);
      assert.deepEqual(await rootLanguage(w), { lang: 'es', dir: 'ltr', direction: 'ltr' });
      assert.deepEqual(await kept(w, ['content/en.json', 'content/es.json', 'check-content_bg.wasm']), {
        'content/en.json': true,
        'content/es.json': true,
        'check-content_bg.wasm': false,
      }, 'both content files are kept for offline use; the checker, which this page never needs, is not');
      await w.context.setOffline(true);
      await server.close();
      await w.goto(url);
      await completeInSpanish(w);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });
});

describe('saved data and share links across languages', () => {
  test('answers given in English resume in Spanish, and an English share link opens in Spanish', async () => {
    const server = await blog();
    const english = await Widget.open(browser, `${server.url}2026/11/gut-skin/`);
    try {
      await english.start();
      for (const id of ['age', 'diet', 'intolerances']) {
        await english.choose(id, OMNIVORE_WITH_ACNE[id]);
        await english.next();
      }
      const waiting = await english.currentQuestion();

      const spanish = new Widget(english.page, english.context, english.origin, {
        content: SPANISH,
        errors: english.errors,
      });
      await english.page.goto(`${server.url}2026/11/intestino-piel/`);
      await spanish.scope.getByRole('group').waitFor();
      const resumed = await spanish.currentQuestion();
      assert.equal(resumed.id, waiting.id, 'the same question, now in Spanish');
      assert.notEqual(resumed.text, waiting.text);
      await spanish.complete(OMNIVORE_WITH_ACNE);

      await english.page.goto(`${server.url}2026/11/gut-skin/`);
      await english.scope.getByRole('button', { name: english.say('edit_answers') }).waitFor();
      await english.scope.getByRole('button', { name: english.say('copy_link') }).click();
      const link = await english.scope.getByRole('textbox', { name: english.say('share_link') }).inputValue();
      const fragment = new URL(link).hash;
      assert.match(fragment, /^#gsc=/);

      const shared = await Widget.open(browser, `${server.url}2026/11/intestino-piel/${fragment}`, {}, {
        content: SPANISH,
        ready: (w) => w.scope.getByRole('heading', { name: SPANISH.interface.shared_results_title }).waitFor(),
      });
      try {
        const names = Object.fromEntries(SPANISH.scores.map((score) => [score.id, score.name]));
        assert.deepEqual(await shared.focusAreas(), FOCUS_IDS.map((id) => names[id]));
        assert.deepEqual(shared.errors, []);
      } finally {
        await shared.close();
      }
      assert.deepEqual(english.errors, []);
    } finally {
      await english.close();
      await server.close();
    }
  });
});

describe('the blogger’s own content file', () => {
  test('the checker runs as a command with Node.js from the built folder, no Rust needed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'gsc-check-'));
    folders.push(folder);
    const broken = editedContent((content) => {
      content.questions[4].section = 'skn';
      delete content.interface.next;
    });
    writeFileSync(join(folder, 'broken.json'), JSON.stringify(broken, null, 2));
    writeFileSync(join(folder, 'not-json.json'), '{\n  "version": 2,,\n}');
    const run = (...files) =>
      spawnSync(process.execPath, [join(DIST, 'check-content.mjs'), ...files], { cwd: folder, encoding: 'utf8' });

    const sound = run(join(DIST, 'content/en.json'), join(DIST, 'content/es.json'));
    assert.equal(sound.status, 0, sound.stdout + sound.stderr);
    assert.match(sound.stdout, /en\.json: no problems\n.*es\.json: no problems\n$/s);

    const found = run('broken.json', 'not-json.json');
    assert.equal(found.status, 1, found.stderr);
    const lines = found.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 4), [
      'broken.json: 2 problems',
      '  $.questions[4].section: names unknown section `skn`',
      '  $.interface.next: this interface text is missing',
      'not-json.json: 1 problem',
    ]);
    assert.match(lines[4], /^  line 2, column 16: not valid JSON: /);
    assert.equal(lines.length, 5);
  });

  test('an edited file is checked, then shown in place of the built-in words', async () => {
    const mine = editedContent((content) => {
      content.interface.intro_title = 'What is your gut telling your skin?';
      content.interface.start = 'Begin';
      content.questions.find((q) => q.id === 'water').text = 'How many big glasses of water do you drink a day?';
      content.foods.find((f) => f.id === 'sauerkraut').variants[0].first_step =
        'Have a forkful of sauerkraut with lunch, twice this week.';
    });
    const server = await blog({ 'my-content.json': mine });
    const w = await Widget.open(browser, `${server.url}2026/11/own-content/`, {}, { content: mine });
    try {
      assert.equal(await w.heading(), 'What is your gut telling your skin?');
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      const text = await everything(w);
      assert.ok(text.includes('Have a forkful of sauerkraut with lunch, twice this week.'), 'the edited first step');
      assert.ok(w.requests.includes(`${WIDGET_PATH}check-content_bg.wasm`), 'the checker ran');
      assert.ok(w.requests.includes(OWN_CONTENT));
      assert.ok(!w.requests.includes(`${WIDGET_PATH}content/en.json`), 'the built-in file is not fetched');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a broken file gets an alert naming the file and its first problems; saved data is untouched', async () => {
    const broken = editedContent((content) => {
      content.rules[1].target.foods = ['kimchee'];
      delete content.interface.next;
      content.restrictions[6].terms[0] = 'Soy Sauce';
      content.foods[4].list = 'prebiotics';
      content.questions[0].options[0].lable = content.questions[0].options[0].label;
      content.interface.question_number = 'Question {number} of {total}';
    });
    const server = await blog({ 'my-content.json': broken });
    const warnings = [];
    const w = await Widget.open(browser, `${server.url}2026/11/gut-skin/`);
    try {
      // A reader part-way through, on the blog's other page.
      await w.start();
      await w.choose('age', '25_34');
      await w.next();
      const saved = await w.stored();
      assert.ok(saved);

      w.page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await w.page.goto(`${server.url}2026/11/own-content/`);
      const alert = w.scope.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /could not load/);
      assert.ok(text.includes(OWN_CONTENT), 'names the file');
      // Unknown fields are found while reading; the rest by the checks. Either way, with paths.
      assert.match(text, /\$\.questions\[0\]\.options\[0\]\.lable: `lable` is not a field here/);
      assert.equal(await w.stored(), saved, 'saved data untouched');
      assert.equal(await w.scope.getByRole('button').count(), 0, 'no assessment on broken words');
      assert.deepEqual(await violations(w.page), []);
      await w.screenshot('own-content-broken');
      assert.deepEqual(w.errors, []);
      assert.ok(warnings.some((line) => line.includes(OWN_CONTENT)), 'the console has the problems');
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('every problem the checks find is listed: the first five in the alert, all in the console', async () => {
    const broken = editedContent((content) => {
      content.rules[1].target.foods = ['kimchee'];
      delete content.interface.next;
      content.restrictions[6].terms[0] = 'Soy Sauce';
      content.foods[4].list = 'prebiotics';
      content.interface.question_number = 'Question {number} of {total}';
      content.foods[3].variants[1].first_step = 'Add a spoonful of vegan kimchi to rice, eggs or a soup.';
    });
    const server = await blog({ 'my-content.json': broken });
    const warnings = [];
    const w = await Widget.open(browser, `${server.url}2026/11/own-content/`, {}, {
      before: (page) => page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())),
      ready: (w) => w.scope.getByRole('alert').waitFor(),
    });
    try {
      const items = (await w.scope.getByRole('alert').getByRole('listitem').allInnerTexts()).map((t) => t.trim());
      assert.equal(items.length, 5, items.join('\n'));
      const expected = [
        '$.foods[4].list: names unknown list `prebiotics`',
        '$.restrictions[6].terms[0]: `Soy Sauce` must be a word or words, in small letters',
        '$.rules[1].target.foods[0]: names unknown food `kimchee`',
        '$.interface.next: this interface text is missing',
        '$.interface.question_number: must contain {count}',
        '$.foods[3].variants[1].first_step: names `eggs`, which restriction `vegan` rules out',
      ];
      const console = warnings.join('\n');
      for (const line of expected) assert.ok(console.includes(line), `the console says ${line}`);
      for (const item of items) assert.ok(console.includes(item), `${item} is in the console too`);
      assert.match(await w.scope.getByRole('alert').innerText(), /The other \d+ are listed in the browser's console\./);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a checker that cannot be fetched is not blamed on the file, and is tried again for the next copy', async () => {
    const server = await blog({ 'my-content.json': CONTENT });
    let blocked = true;
    const ready = (w) => w.scope.getByRole('alert').waitFor();
    const before = (page) =>
      page.route('**/check-content_bg.wasm', (route) => (blocked ? route.abort() : route.continue()));
    const w = await Widget.open(browser, `${server.url}2026/11/own-content/`, {}, { before, ready });
    try {
      const said = await w.scope.getByRole('alert').innerText();
      assert.match(said, /could not be fetched/);
      assert.match(said, /the checker could not be fetched/);
      assert.doesNotMatch(said, /mistakes/);
      // The network is back: a copy added now checks the file and shows the check.
      blocked = false;
      await w.page.evaluate((file) => {
        const late = document.createElement('div');
        late.dataset.gutSkinCheck = '';
        late.dataset.content = file;
        late.id = 'late';
        document.body.append(late);
      }, OWN_CONTENT);
      const late = w.copy(1);
      await late.scope.getByRole('button', { name: CONTENT.interface.start }).waitFor();
      // The browser reports the blocked fetch itself; nothing else goes wrong.
      assert.ok(w.errors.length > 0 && w.errors.every((e) => e.includes('net::ERR_FAILED')), `${w.errors}`);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a file that is not JSON is reported at its line and column; a missing one as not fetched', async () => {
    const server = await blog({ 'my-content.json': '{\n  "version": 2,\n  "lang": "en"\n  "dir": "ltr"\n}\n' });
    const ready = (w) => w.scope.getByRole('alert').waitFor();
    const notJson = await Widget.open(browser, `${server.url}2026/11/own-content/`, {}, { ready });
    const missing = await Widget.open(browser, `${server.url}2026/11/own-content-rtl/`, {}, { ready });
    try {
      const said = await notJson.scope.getByRole('alert').innerText();
      assert.match(said, /line 4, column 3: not valid JSON/);
      assert.match(said, /mistakes in it/);
      assert.deepEqual(notJson.errors, []);
      const gone = await missing.scope.getByRole('alert').innerText();
      assert.match(gone, /could not be fetched/);
      assert.match(gone, /the server answered 404/);
      // The browser itself reports the missing file; nothing else goes wrong.
      assert.ok(missing.errors.length > 0 && missing.errors.every((e) => e.includes('404')), `${missing.errors}`);
    } finally {
      await notJson.close();
      await missing.close();
      await server.close();
    }
  });

  test('a right-to-left file lays the widget out right to left, with no sideways scrolling at 320 px', async () => {
    // Test-only: the English words, declared as a right-to-left language.
    const rtl = editedContent((content) => {
      content.lang = 'ar';
      content.dir = 'rtl';
    });
    const server = await blog({ 'rtl-test.json': rtl });
    const w = await Widget.open(browser, `${server.url}2026/11/own-content-rtl/`, { viewport: PHONE }, { content: rtl });
    try {
      assert.deepEqual(await rootLanguage(w), { lang: 'ar', dir: 'rtl', direction: 'rtl' });
      const overflow = [];
      overflow.push(...(await horizontalOverflow(w.page)).map((p) => `intro: ${p}`));
      await w.start();
      overflow.push(...(await horizontalOverflow(w.page)).map((p) => `question: ${p}`));
      // Mirrored: the first button (Back) sits on the right, Next to its left.
      const back = await w.scope.getByRole('button', { name: w.say('back'), exact: true }).boundingBox();
      const next = await w.scope.getByRole('button', { name: w.say('next'), exact: true }).boundingBox();
      assert.ok(back.x > next.x, `Back (${back.x}) right of Next (${next.x})`);
      await w.screenshot('rtl-question-320');
      await w.complete(OMNIVORE_WITH_ACNE);
      await w.openAllSections();
      overflow.push(...(await horizontalOverflow(w.page)).map((p) => `results: ${p}`));
      assert.deepEqual(overflow, []);
      // The chart grows from the right: each bar's fill ends at the track's right edge.
      const bars = await w.scope.locator('.gsc-chart-fill').evaluateAll((fills) =>
        fills.map((fill) => {
          const track = fill.previousElementSibling.getBoundingClientRect();
          const box = fill.getBoundingClientRect();
          return box.width === 0 || Math.abs(box.right - track.right) < 1;
        }),
      );
      assert.ok(bars.length === 8 && bars.every(Boolean), `${bars}`);
      await w.screenshot('rtl-results-320');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });
});

/** Records the widget's events as the page hears them, on `target` (the document by default). */
function listenForEvents(page, selector = null) {
  return page.addInitScript((selector) => {
    window.heard = [];
    const listen = () => {
      const target = selector ? document.querySelector(selector) : document;
      // The script runs in every frame; only the blog's page has the iframe.
      if (!target) return;
      for (const type of ['gut-skin-check:start', 'gut-skin-check:complete', 'gut-skin-check:week']) {
        target.addEventListener(type, (event) =>
          window.heard.push({
            type: event.type,
            detail: event.detail,
            bubbles: event.bubbles,
            composed: event.composed,
          }),
        );
      }
    };
    if (selector) document.addEventListener('DOMContentLoaded', listen);
    else listen();
  }, selector);
}

const heard = (w) => w.page.evaluate(() => window.heard);

describe('events for the blogger’s own counting', () => {
  test('start and complete are each told once, bubbling out of the widget, with no answer in them', async () => {
    const server = await blog();
    const w = await Widget.open(browser, `${server.url}2026/11/gut-skin/`, {}, { before: (page) => listenForEvents(page) });
    try {
      assert.deepEqual(await heard(w), []);
      await w.start();
      assert.deepEqual(await heard(w), [{ type: 'gut-skin-check:start', detail: null, bubbles: true, composed: true }]);
      await w.complete(OMNIVORE_WITH_ACNE);
      const told = await heard(w);
      assert.equal(told.length, 2);
      assert.deepEqual(told[1], {
        type: 'gut-skin-check:complete',
        detail: { focus: FOCUS_IDS, doctorCard: false },
        bubbles: true,
        composed: true,
      });

      // Changing an answer and going back to the results is not another completion.
      await w.scope.getByRole('button', { name: w.say('edit_answers') }).click();
      await w.scope.getByRole('button', { name: w.say('back_to_results') }).click();
      await w.scope.getByRole('button', { name: w.say('edit_answers') }).waitFor();
      assert.equal((await heard(w)).length, 2);

      // Nor is reloading the results; starting again is a new start.
      await w.page.reload();
      await w.scope.getByRole('button', { name: w.say('start_again') }).click();
      await w.start();
      assert.deepEqual((await heard(w)).map((e) => e.type), ['gut-skin-check:start']);
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('a completion with a warning sign says the doctor card showed', async () => {
    const server = await blog();
    const w = await Widget.open(browser, `${server.url}2026/11/gut-skin/`, {}, { before: (page) => listenForEvents(page) });
    try {
      await w.start();
      await w.complete(BLOOD_IN_STOOL);
      const [, complete] = await heard(w);
      assert.equal(complete.detail.doctorCard, true);
      assert.deepEqual(Object.keys(complete.detail).sort(), ['doctorCard', 'focus']);
      assert.ok(complete.detail.focus.every((id) => CONTENT.scores.some((score) => score.id === id)));
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
      await server.close();
    }
  });

  test('in an iframe, the events reach the iframe element on the blog’s page', async () => {
    const server = await blog();
    const page = await Widget.open(browser, `${server.url}2026/11/gut-skin-frame/`, {}, {
      before: (page) => listenForEvents(page, 'iframe[data-gut-skin-check-frame]'),
      ready: () => Promise.resolve(),
    });
    const w = page.inFrame('iframe[data-gut-skin-check-frame]');
    try {
      await w.scope.getByRole('button', { name: w.say('start') }).waitFor();
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      await page.page.waitForFunction(() => window.heard.length === 2);
      assert.deepEqual(
        (await heard(page)).map(({ type, detail }) => ({ type, detail })),
        [
          { type: 'gut-skin-check:start', detail: null },
          { type: 'gut-skin-check:complete', detail: { focus: FOCUS_IDS, doctorCard: false } },
        ],
      );
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
      await server.close();
    }
  });

  test('in an iframe, a week over reaches the iframe element too, with its counts only', async () => {
    const server = await blog();
    const firstDay = new Date('2026-12-02T10:00:00');
    const page = await Widget.open(browser, `${server.url}2026/11/gut-skin-frame/`, {}, {
      before: async (page) => {
        await page.clock.setFixedTime(firstDay);
        await listenForEvents(page, 'iframe[data-gut-skin-check-frame]');
      },
      ready: () => Promise.resolve(),
    });
    const w = page.inFrame('iframe[data-gut-skin-check-frame]');
    try {
      await w.scope.getByRole('button', { name: w.say('start') }).waitFor();
      await w.start();
      await w.complete(OMNIVORE_WITH_ACNE);
      await w.scope.getByRole('button', { name: w.say('week_start') }).click();
      await w.scope.locator('.gsc-week-days').waitFor();
      await w.scope.getByRole('checkbox', { name: /^Day 1,/ }).check();
      await page.page.clock.setFixedTime(new Date(firstDay.getTime() + 8 * 24 * 60 * 60 * 1000));
      await page.page.reload();
      await w.scope.getByRole('heading', { name: w.say('week_over_title') }).waitFor();
      await w.scope.getByRole('checkbox', { name: 'Basil', exact: true }).check();
      await page.page.waitForFunction(() => window.heard.length === 1);
      assert.deepEqual(
        (await heard(page)).map(({ type, detail }) => ({ type, detail })),
        [{ type: 'gut-skin-check:week', detail: { days: 1, plants: 1 } }],
      );
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
