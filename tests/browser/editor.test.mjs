// The content editor (editor.html), as a blogger uses it: a text changed and seen at once in the
// live widget beside the form; the content checks at the field as they type (a placeholder lost,
// wheat in the coeliac version of whole grains); a draft kept over a reload and a closed tab, with
// undo; the file downloaded and passing check-content; a recipe link on kimchi seen in a reader's
// results, in the same tab with their answers kept, and `javascript:` refused; translating; and an
// older file brought up to date. Then accessibility: axe in both colour schemes, 320 px to
// desktop, keyboard only.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST, PAGES, serve } from './support/server.mjs';
import { CONTENT, Widget, launch, shippedContent } from './support/widget.mjs';
import { Editor } from './support/editor.mjs';
import { HEALTHY } from './support/readers.mjs';
import { violations } from './support/screens.mjs';

const SPANISH = shippedContent('es');
const WIDGET_PATH = '/widgets/gut-skin-check/';
const PHONE = { width: 320, height: 640 };

let server;
let browser;
let editor;
const scratch = mkdtempSync(join(tmpdir(), 'gsc-editor-'));
const blogger = join(scratch, 'blogger');
mkdirSync(blogger);
const recipe = join(scratch, 'recipes');
mkdirSync(join(recipe, 'kimchi'), { recursive: true });
writeFileSync(
  join(recipe, 'kimchi', 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My kimchi</title><link rel="icon" href="/favicon.svg"></head><body><h1>My kimchi recipe</h1></body></html>',
);

before(async () => {
  server = await serve({ mounts: { '/': PAGES, [WIDGET_PATH]: DIST, '/blogger/': blogger, '/recipes/': recipe } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

afterEach(async () => {
  const errors = editor?.errors ?? [];
  await editor?.close();
  editor = undefined;
  assert.deepEqual(errors, [], 'console errors, failed requests or CSP violations');
});

const EDITOR = () => `${server.url}${WIDGET_PATH.slice(1)}editor.html`;
const question = (id) => CONTENT.questions.findIndex((q) => q.id === id) + 1;
const BLOATING = `Question ${question('bloating')}:`;

describe('editing', () => {
  test('a question edited shows in the live widget beside the form, on that question', async () => {
    editor = await Editor.open(browser, EDITOR());
    const field = await editor.field(BLOATING, 'Question');
    assert.equal(await field.inputValue(), CONTENT.questions.find((q) => q.id === 'bloating').text);
    await editor.write(field, 'How often did your tummy feel swollen last week?');
    const heading = editor.preview().getByRole('heading', { name: 'How often did your tummy feel swollen last week?' });
    await heading.waitFor({ timeout: 15_000 });
    // The preview opens on that question (its number there depends on the answers before it:
    // the skin question after "none" is not asked).
    assert.match(await editor.preview().getByText(/^Question \d+ of \d+$/).innerText(), /^Question \d+ of \d+$/);
    const firstOption = CONTENT.questions.find((q) => q.id === 'bloating').options[0].label;
    await editor.preview().getByRole('radio', { name: firstOption }).waitFor();
    await editor.edited().waitFor();
    // The group's heading follows the new words, and "What I changed" lists them.
    await editor.groupButton(`${BLOATING} How often did your tummy feel swollen`).waitFor();
    await editor.scope.getByText('What I changed (1)').waitFor();
    assert.equal(await editor.page.evaluate(() => localStorage.getItem('gut-skin-check')), null, 'the preview never touches the widget’s own storage');
    await editor.screenshot('question-edited-desktop');
  });

  test('a placeholder removed is an error at its field, tied to it; putting it back clears it', async () => {
    editor = await Editor.open(browser, EDITOR());
    const field = await editor.field('The intro', 'Intro length');
    const shipped = CONTENT.interface.intro_length;
    await editor.write(field, 'About 4 minutes, {min} short questions.');
    await editor.waitForErrors(field, ['must contain {max}, which is filled in when it is shown']);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await editor.scope.getByText('Problems (1)').waitFor();
    await editor.screenshot('placeholder-error');
    await editor.write(field, shipped);
    await editor.waitForErrors(field, []);
    assert.equal(await field.getAttribute('aria-invalid'), null);
    await editor.scope.getByText('Problems: none').waitFor();
  });

  test('wheat in the coeliac version of whole grains is flagged at its field, and saving asks first, naming it', async () => {
    editor = await Editor.open(browser, EDITOR());
    const field = await editor.field('Food: Whole grains', 'Version for coeliac disease or gluten sensitivity: first step');
    await editor.write(field, 'Swap white bread for wholemeal wheat bread at one meal a day.');
    const message = 'names `wheat`, which restriction `gluten` rules out';
    await editor.waitForErrors(field, (found) => found.includes(message));
    // The preview shows the results of a coeliac reader, with the new words.
    await editor.preview().getByText('Swap white bread for wholemeal wheat bread at one meal a day.').first().waitFor({ timeout: 15_000 });
    await editor.button('Download the file').click();
    const dialog = editor.scope.getByRole('alertdialog', { name: /^Save with \d+ problems?\?$/ });
    await dialog.waitFor();
    assert.ok((await dialog.innerText()).includes(message), 'the question names the problem');
    await editor.screenshot('save-anyway');
    await dialog.getByRole('button', { name: 'Go back and fix them' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Saving anyway is possible, and says so.
    await editor.button('Download the file').click();
    const [download] = await Promise.all([editor.page.waitForEvent('download'), editor.scope.getByRole('alertdialog').getByRole('button', { name: 'Download anyway' }).click()]);
    assert.match(download.suggestedFilename(), /^gut-skin-check-en\.json$/);
  });

  test('a draft survives a reload and a closed tab; undo and redo, by button and by key', async () => {
    editor = await Editor.open(browser, EDITOR());
    const field = await editor.field('The intro', 'Intro title');
    await editor.write(field, 'Is your gut showing in your skin?');
    await editor.draftHolds((file) => file?.interface?.intro_title === 'Is your gut showing in your skin?');
    await editor.reload();
    assert.equal(await (await editor.field('The intro', 'Intro title')).inputValue(), 'Is your gut showing in your skin?');
    await editor.scope.getByText(/not downloaded yet: your draft is kept in this browser/).waitFor();

    // A closed tab: a new page of the same browser finds it too.
    await editor.page.close();
    const again = await editor.context.newPage();
    const reopened = new Editor(again, editor.context, new URL(server.url).origin);
    await reopened.goto(EDITOR());
    const title = await reopened.field('The intro', 'Intro title');
    assert.equal(await title.inputValue(), 'Is your gut showing in your skin?');

    await reopened.write(title, 'Does your gut show in your skin?');
    await reopened.button('Undo').click();
    assert.equal(await title.inputValue(), 'Is your gut showing in your skin?');
    await reopened.button('Redo').click();
    assert.equal(await title.inputValue(), 'Does your gut show in your skin?');
    await title.focus();
    await again.keyboard.press('Control+z');
    assert.equal(await title.inputValue(), 'Is your gut showing in your skin?');
    await again.keyboard.press('Control+Shift+z');
    assert.equal(await title.inputValue(), 'Does your gut show in your skin?');

    // Thrown away, the draft is gone and the widget's own words are back.
    await reopened.button('Throw away my changes').click();
    await reopened.scope.getByRole('alertdialog').getByRole('button', { name: 'Throw them away' }).click();
    assert.equal(await (await reopened.field('The intro', 'Intro title')).inputValue(), CONTENT.interface.intro_title);
    await reopened.draftHolds((file) => file === undefined);
    editor.errors.push(...reopened.errors);
  });

  test('the downloaded file passes check-content', async () => {
    editor = await Editor.open(browser, EDITOR());
    await editor.write(await editor.field('The intro', 'Intro title'), 'What is your gut telling your skin?');
    await editor.write(await editor.field(BLOATING, 'Question'), 'How often did your tummy feel swollen?');
    await editor.scope.getByText('Problems: none').waitFor({ timeout: 15_000 });
    const download = await editor.download();
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    const checked = spawnSync(process.execPath, [join(DIST, 'check-content.mjs'), file], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.match(checked.stdout, /no problems/);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.interface.intro_title, 'What is your gut telling your skin?');
    assert.deepEqual({ ...saved, interface: {}, questions: [] }, { ...CONTENT, interface: {}, questions: [] }, 'everything else as shipped');
    await editor.scope.getByText(/^Downloaded as gut-skin-check-en\.json\./).waitFor();
  });
});

describe('the blogger’s own links', () => {
  test('a recipe link on kimchi: in the preview, then in a reader’s results as a same-tab link, with the answers kept; javascript: is refused', async () => {
    editor = await Editor.open(browser, EDITOR());
    const link = await editor.field('Food: Kimchi', 'Your own page about kimchi (optional)');
    await editor.write(link, 'javascript:alert(1)');
    await editor.waitForErrors(link, (found) => found.some((message) => message.includes('is not a link the widget shows')));
    await editor.write(link, '/recipes/kimchi/');
    await editor.waitForErrors(link, []);
    const inPreview = editor.preview().getByRole('link', { name: /^More about .*kimchi/i });
    await inPreview.waitFor({ timeout: 15_000 });
    assert.equal(await inPreview.getAttribute('href'), '/recipes/kimchi/');
    await editor.screenshot('kimchi-link');
    const download = await editor.download();
    await download.saveAs(join(blogger, 'my-content.json'));
    const mine = JSON.parse(readFileSync(join(blogger, 'my-content.json'), 'utf8'));
    assert.equal(mine.foods.find((food) => food.id === 'kimchi').link, '/recipes/kimchi/');

    // A reader of the blogger's post.
    const w = await Widget.open(browser, `${server.url}2026/11/own-content/`, {}, { content: mine });
    try {
      await w.start();
      await w.complete(HEALTHY);
      await w.summaryShown();
      await w.openAllSections();
      const recipeLink = w.scope.getByRole('link', { name: /^More about .*kimchi/i });
      assert.equal(await recipeLink.getAttribute('href'), '/recipes/kimchi/');
      assert.equal(await recipeLink.getAttribute('target'), null, 'the same tab');
      await recipeLink.click();
      await w.page.getByRole('heading', { name: 'My kimchi recipe' }).waitFor();
      await w.page.goBack();
      await w.scope.getByRole('heading', { name: CONTENT.interface.results_title }).waitFor({ timeout: 15_000 });
      assert.ok(await w.onResults(), 'back on the results, the answers kept');
      assert.deepEqual(w.errors, []);
    } finally {
      await w.close();
    }
  });
});

describe('translating and new versions', () => {
  test('translate mode shows the source beside each text and lists what is still to translate', async () => {
    editor = await Editor.open(browser, EDITOR());
    await editor.scope.getByLabel('Language', { exact: true }).selectOption('es');
    await editor.scope.getByRole('button', { name: /^The intro\b/ }).waitFor();
    await editor.scope.getByLabel('Translate: show another language beside each text').check();
    const start = await editor.field('The intro', 'Start');
    assert.equal(await start.inputValue(), SPANISH.interface.start);
    const source = editor.scope.locator(`#${(await start.getAttribute('aria-describedby')).split(' ')[0]}`);
    assert.equal(await source.innerText(), `English: ${CONTENT.interface.start}`);
    await editor.write(start, CONTENT.interface.start);
    const lacking = editor.scope.locator('details', { hasText: 'Still to translate' });
    await lacking.getByText(/^Still to translate \(\d+\)$/).waitFor();
    assert.ok((await lacking.innerText()).includes('Start: still the English'), await lacking.innerText());
    // The preview speaks Spanish.
    await editor.preview().getByRole('button', { name: CONTENT.interface.start }).waitFor({ timeout: 15_000 });
    assert.equal(await editor.preview().locator('.gsc-mount').getAttribute('lang'), 'es');
    await editor.screenshot('translate');
  });

  test('an older file is brought up to date: the new texts added and listed, the blogger’s words kept', async () => {
    const older = structuredClone(CONTENT);
    delete older.interface.own_link;
    older.interface.intro_title = 'My own intro title';
    const file = join(scratch, 'my-older-words.json');
    writeFileSync(file, JSON.stringify(older, null, 2));
    editor = await Editor.open(browser, EDITOR());
    await editor.scope.getByLabel('Open a content file').setInputFiles(file);
    const report = editor.scope.getByRole('region', { name: 'Your file, brought up to date with this version of the widget' });
    await report.waitFor();
    assert.ok((await report.innerText()).includes('New texts (1)'), await report.innerText());
    assert.ok((await report.innerText()).includes(CONTENT.interface.own_link));
    assert.equal(await (await editor.field('The intro', 'Intro title')).inputValue(), 'My own intro title');
    await editor.scope.getByText(/^Your file my-older-words\.json: /).waitFor();
    await editor.screenshot('brought-up-to-date');
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      test(`axe finds nothing, nothing scrolls sideways (${colorScheme}, ${viewport.width} px)`, async () => {
        editor = await Editor.open(browser, EDITOR(), { contextOptions: { colorScheme, viewport } });
        const field = await editor.field('The intro', 'Intro length');
        await editor.write(field, 'About 4 minutes.');
        await editor.waitForErrors(field, (found) => found.length === 2);
        await editor.scope.getByLabel('Translate: show another language beside each text').check();
        if (viewport === PHONE) await editor.button('Show the preview').click();
        await editor.edited().waitFor({ timeout: 15_000 });
        assert.deepEqual(await violations(editor.page), [], 'the editor with an error and the preview');
        assert.deepEqual(await editor.overflow(), [], 'nothing wider than the screen');
        await editor.screenshot(`editor-${colorScheme}-${viewport.width}`);
        await editor.button('Download the file').click();
        await editor.scope.getByRole('alertdialog').waitFor();
        assert.deepEqual(await violations(editor.page), [], 'the question before saving');
      });
    }
  }

  test('keyboard only: find a text, open its group, write, see the error, undo', async () => {
    editor = await Editor.open(browser, EDITOR());
    const page = editor.page;
    const focused = () => page.evaluate(() => document.activeElement?.labels?.[0]?.innerText ?? document.activeElement?.innerText ?? document.activeElement?.tagName);
    await editor.scope.getByLabel('Find a text').focus();
    await page.keyboard.type('intro_length');
    await editor.scope.getByText('1 text matches.').waitFor();
    // While searching every group with a match is open, its button out of the way: the next
    // stop is the text found.
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'Intro length');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('About {min} questions.');
    const field = editor.scope.getByLabel('Intro length', { exact: true });
    await editor.waitForErrors(field, ['must contain {max}, which is filled in when it is shown']);
    // Said aloud, not only shown at the field.
    await editor.scope.getByRole('status').filter({ hasText: /^The checks found 1 problem\.$/ }).waitFor();
    // Saving asks first; Escape answers "not now", and focus goes back to the button.
    await editor.button('Download the file').focus();
    await page.keyboard.press('Enter');
    await editor.scope.getByRole('alertdialog').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ed-confirm-title', 'the question takes focus');
    await page.keyboard.press('Escape');
    await editor.scope.getByRole('alertdialog').waitFor({ state: 'detached' });
    assert.equal(await focused(), 'Download the file');
    await field.focus();
    await page.keyboard.press('Control+z');
    assert.equal(await field.inputValue(), CONTENT.interface.intro_length);
    // From the list of problems to the field: none now, so the list says so.
    await editor.scope.getByText('Problems: none').waitFor({ timeout: 15_000 });
    // Escape the search, and the groups are buttons that open with Enter.
    await editor.scope.getByLabel('Find a text').fill('');
    await editor.groupButton('Food: Kimchi').focus();
    await page.keyboard.press('Enter');
    assert.equal(await editor.groupButton('Food: Kimchi').getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'Your own page about kimchi (optional)');
  });
});
