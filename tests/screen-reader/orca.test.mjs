// The release build heard through a real screen reader: Orca on Chromium, on a private X display,
// driven by real key presses only, through a whole check that ends on the doctor card.
//
// The walk (the first test) presses keys and writes down what Orca says after each one; the
// tests after it hold the walk's record to what a listener must hear:
//   1. each question, on arrival, with its own words and no other question's;
//   2. each option, on arrival, with its own role ("radio button" or "check box");
//   3. "Please choose an answer" when it appears, and again on going back into the group;
//   4. the doctor card's heading and first line before any score;
//   5. the week after the results: its heading on arrival, the first day's box with its name,
//      its steps and its state, and "checked" when Space ticks it.
// Playwright only reads the page (which question is on screen, what has focus) to keep count;
// every key goes through the X server, as a person's would. The whole record is written to
// tests/artifacts/screen-reader/transcript.txt, Orca's own log beside it.
//
// Run after ./scripts/setup and a release build (dist/):
//   node --test --test-reporter=spec tests/screen-reader/*.test.mjs
// GUT_SKIN_CHECK_DIST=<folder> tests another build instead of dist/. A run takes about two
// minutes; nothing needs a sound card, a desktop or a display of the machine's own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

import { DIST, serve } from '../browser/support/server.mjs';
import { CHROMIUM_ARGS as BROWSER_TEST_ARGS } from '../browser/support/widget.mjs';
import { Desktop } from './desktop.mjs';
import { Keyboard, SpeechLog, normalize } from './speech.mjs';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts/screen-reader');
/** The build to test: dist/, or another build's folder in GUT_SKIN_CHECK_DIST. */
const BUILD = resolve(process.env.GUT_SKIN_CHECK_DIST ?? DIST);
/** The English content the build carries (the same as content/en.json when it was built). */
const CONTENT = JSON.parse(readFileSync(
  existsSync(resolve(BUILD, 'content/en.json')) ? resolve(BUILD, 'content/en.json') : resolve(import.meta.dirname, '../../content/en.json'),
  'utf8',
));

// The browser tests' flags (without them Chromium keeps trying to reach the internet), and the
// one that makes Chromium expose its pages to the screen reader.
const CHROMIUM_ARGS = [
  ...BROWSER_TEST_ARGS,
  '--force-renderer-accessibility',
  '--window-position=0,0',
  '--window-size=1200,1000',
];

/**
 * The reader: an adult (under 16 stops the check; 50 or over adds a question), with answers that
 * show every conditional question, and blood in their stools, so the results open on the doctor
 * card.
 */
const READER = {
  age: '50_59',
  diet: 'omnivore',
  intolerances: ['lactose'],
  circumstances: ['none'],
  food_allergies: ['sesame'],
  skin_concerns: ['acne'],
  skin_bother: '1',
  bloating: '1_2',
  abdominal_pain: '0',
  gas: '0',
  reflux: '0',
  loose_stools: '0',
  constipation: '0',
  bowel_change: 'yes',
  stool_form: 'type_4',
  infections: '0_1',
  allergies: 'none',
  antibiotics: '0',
  fermented: 'under_1',
  prebiotic: 'under_1',
  whole_grains: '0',
  fruit_veg: '0_1',
  plant_variety: 'under_10',
  water: '0_2',
  processed: '0_2',
  warn_blood: 'yes',
  warn_weight_loss: 'no',
  warn_night: 'no',
  warn_after_50: 'no',
  warn_vomiting: 'no',
  warn_swallowing: 'no',
  warn_family: 'no',
};

/** Single-choice questions whose every option the walk visits, with the arrow keys. */
const WALK_EVERY_OPTION = new Set(['age', 'bloating', 'stool_form']);
/** Questions the walk leaves with Enter on an option (the others with the Next button). */
const ENTER_ON_OPTION = new Set(['gas', 'circumstances']);
/** The question where the walk presses Next before choosing. */
const NEXT_WITHOUT_CHOOSING = 'diet';

const QUESTIONS = CONTENT.questions;
const ui = (key) => {
  const text = CONTENT.interface[key];
  if (typeof text !== 'string') throw new Error(`no interface text ${key}`);
  return text;
};
const ROLE = { single: 'radio button', multi: 'check box' };
/** The doctor card's possible headings ("doctor_title", or one per urgency: "doctor_title_soon"…). */
const DOCTOR_TITLES = Object.entries(CONTENT.interface)
  .filter(([key, text]) => /^doctor_title/.test(key) && typeof text === 'string')
  .map(([, text]) => text);
const SCORE = new RegExp(
  `(${CONTENT.scores.map((s) => s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\W{0,3}\\d+|\\b\\d+ out of 100\\b`,
  'i',
);

/** "question 7 (bloating)": the step's name in messages, numbered as the content numbers it. */
const questionName = (q) => `question ${QUESTIONS.indexOf(q) + 1} (${q.id})`;
const quote = (heard) => (heard ? `“${heard}”` : 'nothing');

const session = {
  desktop: undefined,
  speech: undefined,
  keyboard: undefined,
  server: undefined,
  browser: undefined,
  page: undefined,
  versions: '',
  /** Every key pressed: { n, key, why, screen, focus, heard, keys, quiet, late }. */
  transcript: [],
  /** Arrivals on a question: { question, via, heard, step }. */
  questionArrivals: [],
  /** Arrivals on an option: { question, option, index, heard, step, key }. */
  optionArrivals: [],
  /** The "choose an answer" error: { appeared: entry, backInGroup: entry }. */
  error: {},
  /** The results: { arrival, reading: [entries] }. */
  results: { arrival: undefined, reading: [] },
  /** The week: { arrival, day, ticked, firstStep }: entries, and the first day's first step. */
  week: {},
  /** What each check found wrong, by check: written at the end of the transcript. */
  findings: [],
  walked: false,
  stopping: false,
};

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const t0 = Date.now();
  const log = (line) => session.transcript.push({ note: `${((Date.now() - t0) / 1000).toFixed(1)} s: ${line}` });
  session.desktop = await Desktop.start({ log });
  session.speech = new SpeechLog(session.desktop.debugLog);
  session.keyboard = new Keyboard(session.desktop.env, session.speech);
  session.server = await serve({ mounts: { '/': BUILD } });
  session.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: CHROMIUM_ARGS,
    env: session.desktop.env,
    timeout: 30000,
  });
  const orca = (spawnSync('orca', ['--version'], { encoding: 'utf8', timeout: 10000 }).stdout ?? '').trim();
  session.versions = `Orca ${orca.replace(/^orca\s*/i, '')}, Chromium ${session.browser.version()}`;
  const context = await session.browser.newContext({ viewport: null });
  session.page = await context.newPage();
  session.page.setDefaultTimeout(10000);
  await session.page.goto(session.server.url);
  await session.page.locator('[data-gut-skin-check]').getByRole('button', { name: ui('start') }).waitFor();
  focusBrowserWindow();
  // Orca reads a page aloud as it loads; the walk starts once it has finished.
  const load = await session.keyboard.listen({ quietMs: 1500, maxMs: 20000 });
  session.transcript.push({ n: 0, key: '(page load)', why: 'the standalone page loads', screen: 'intro', heard: load.heard });
  log('page loaded');
}, { timeout: 120000 });

after(async () => {
  session.stopping = true;
  await session.browser?.close().catch(() => {});
  await session.server?.close().catch(() => {});
  session.speech?.poll();
  if (session.desktop) {
    try {
      copyFileSync(session.desktop.debugLog, resolve(ARTIFACTS, 'orca-debug.log'));
    } catch {
      // No log: the desktop did not get as far as Orca.
    }
    await session.desktop.stop();
    const left = session.desktop.leftovers();
    if (left.length) session.transcript.push({ note: `processes left running: ${left.join(', ')}` });
  }
  session.speech?.close();
  writeTranscript();
});

/** Gives the Chromium window the X input focus, so the keys go to it. */
function focusBrowserWindow() {
  const env = session.desktop.env;
  const found = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env, encoding: 'utf8', timeout: 5000 });
  const windows = (found.stdout ?? '').split(/\s+/).filter(Boolean);
  for (const id of windows.reverse()) {
    const focus = spawnSync('xdotool', ['windowfocus', '--sync', id], { env, encoding: 'utf8', timeout: 5000 });
    if (focus.status === 0) return;
  }
}

/** What the page shows now: its first h2, what has focus, which options are ticked. */
function pageState() {
  return session.page.evaluate((doctorTitles) => {
    const root = document.querySelector('[data-gut-skin-check]')?.shadowRoot;
    if (!root) return { heading: null, focus: null, checked: [], options: 0, chart: false, doctor: null };
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const inputs = [...root.querySelectorAll('input[type=radio], input[type=checkbox]')];
    return {
      heading: root.querySelector('h2')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      focus: el && el !== document.body ? {
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute('type'),
        option: inputs.indexOf(el),
        text: (el.closest('label') ?? el).textContent.replace(/\s+/g, ' ').trim().slice(0, 100),
      } : null,
      checked: inputs.filter((input) => input.checked).map((input) => input.value),
      options: inputs.length,
      chart: Boolean(root.querySelector('svg[role=img]')),
      doctor: (() => {
        // The doctor card: its heading, and the first line of text after it.
        const heading = [...root.querySelectorAll('h2')].find((h) => doctorTitles.some((t) => h.textContent.includes(t)));
        if (!heading) return null;
        let line = heading.nextElementSibling;
        while (line && !line.textContent.trim()) line = line.nextElementSibling;
        return { heading: heading.textContent.replace(/\s+/g, ' ').trim(), firstLine: line?.textContent.replace(/\s+/g, ' ').trim() ?? '' };
      })(),
    };
  }, DOCTOR_TITLES);
}

/**
 * The question whose text the heading shows (the heading may hold more, such as "Question 1 of
 * 31"); the longest such text, should one question's text hold another's.
 */
function questionShown(state) {
  const heading = normalize(state.heading ?? '');
  return QUESTIONS.filter((q) => heading.includes(normalize(q.text))).sort((a, b) => b.text.length - a.text.length)[0];
}

/** The screen a page state shows, by name: "intro", "results" or a question's name. */
function screenOf(state) {
  const q = questionShown(state);
  if (q) return questionName(q);
  const heading = normalize(state.heading ?? '');
  if (heading.includes(ui('intro_title'))) return 'intro';
  if ([...DOCTOR_TITLES, ui('results_title')].some((title) => heading.includes(title))) return 'results';
  return `“${state.heading}”`;
}

function focusName(focus) {
  if (!focus) return 'nothing';
  if (focus.type === 'radio' || focus.type === 'checkbox') return `${focus.type} “${focus.text}”`;
  return `${focus.tag} “${focus.text}”`;
}

/**
 * Presses a key and writes down what was heard and where focus went. When the key should change
 * the screen (`changes`), waits (5 s at most) for the page to show the new screen and keeps
 * listening if it came late.
 */
async function press(key, why, { changes = false, quietMs, maxMs } = {}) {
  if (session.stopping) throw new Error('stopped');
  const before = await pageState();
  const result = await session.keyboard.pressKey(key, { quietMs, maxMs });
  let state = await pageState();
  let late = '';
  if (changes && state.heading === before.heading) {
    const deadline = Date.now() + 5000;
    while (state.heading === before.heading && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
      state = await pageState();
    }
    const more = await session.keyboard.listen({ quietMs: quietMs ?? 400, maxMs: maxMs ?? 3000 });
    late = more.heard;
    result.texts.push(...more.texts);
    result.heard = result.texts.join(' | ');
  }
  const entry = {
    n: session.transcript.filter((e) => e.key).length,
    key,
    why,
    screen: screenOf(state),
    focus: focusName(state.focus),
    heard: result.heard,
    texts: result.texts,
    keys: result.keys,
    quiet: result.quiet,
    late,
    state,
    before,
  };
  session.transcript.push(entry);
  if (!result.keys.length) {
    throw new Error(`Orca never received the key ${key} (${why}): keys are not reaching the display ${session.desktop.display}`);
  }
  if (changes && state.heading === before.heading) {
    throw new Error(`the screen did not change after ${key} (${why}): still ${screenOf(state)}`);
  }
  return entry;
}

/** Records an arrival on an option if the key moved focus to a new option. */
function noteOptionArrival(q, entry) {
  const { focus } = entry.state;
  if (!focus || focus.option < 0) return;
  if (entry.before.focus?.option === focus.option && screenOf(entry.before) === screenOf(entry.state)) return;
  session.optionArrivals.push({
    question: q, index: focus.option, option: q.options[focus.option], heard: entry.heard, step: entry.n, key: entry.key,
  });
}

/**
 * Moves through the options with the arrow keys to `target`. In Orca's browse mode the arrows
 * move line by line, so a line of an option's description comes between two options; the walk
 * keeps its direction across such lines.
 */
async function arrowTo(q, target, why) {
  let last = (await pageState()).focus?.option ?? -1;
  for (let tries = 0; tries < q.options.length * 4; tries++) {
    const { focus } = await pageState();
    const at = focus?.option ?? -1;
    if (at === target) return;
    if (at >= 0) last = at;
    else if (focus) throw new Error(`${questionName(q)}: the arrow keys left the options for ${focusName(focus)} before option ${target + 1} (“${q.options[target].label}”)`);
    const key = last > target ? 'Up' : 'Down';
    noteOptionArrival(q, await press(key, why));
  }
  throw new Error(`${questionName(q)}: the arrow keys never reached option ${target + 1} (“${q.options[target].label}”)`);
}

/** Tabs (forward) until the button that goes on has focus, at most `limit` times. */
async function tabToNext(q, limit) {
  const names = [ui('next'), ui('see_results')];
  for (let tries = 0; tries < limit; tries++) {
    const { focus } = await pageState();
    if (focus?.tag === 'button' && names.includes(focus.text)) return;
    const entry = await press('Tab', 'to the Next button');
    noteOptionArrival(q, entry);
  }
  throw new Error(`${questionName(q)}: Tab never reached the Next button`);
}

/** Answers the question on screen, by keyboard, and goes on; returns the entry of the key that went on. */
async function answer(q) {
  const wanted = [].concat(READER[q.id]);
  const targets = wanted.map((id) => {
    const index = q.options.findIndex((o) => o.id === id);
    if (index < 0) throw new Error(`${questionName(q)} has no option ${id}`);
    return index;
  });

  if (q.id === NEXT_WITHOUT_CHOOSING) {
    // Into the group, out to Next, and Next with nothing chosen: the error appears.
    noteOptionArrival(q, await press('Tab', 'into the options'));
    await tabToNext(q, q.options.length + 3);
    session.error.appeared = await press('Return', 'Next, with nothing chosen');
    // Back into the group the way a reader would look for what went wrong.
    let entry;
    for (let tries = 0; tries < 5; tries++) {
      entry = await press('shift+Tab', 'back into the options');
      noteOptionArrival(q, entry);
      if (entry.state.focus?.option >= 0) break;
    }
    session.error.backInGroup = entry;
    if (!((await pageState()).focus?.option >= 0)) throw new Error(`${questionName(q)}: Shift+Tab never went back into the options`);
  } else {
    noteOptionArrival(q, await press('Tab', 'into the options'));
  }

  if (q.kind === 'single') {
    if (WALK_EVERY_OPTION.has(q.id)) await arrowTo(q, q.options.length - 1, 'through every option');
    await arrowTo(q, targets[0], `to “${q.options[targets[0]].label}”`);
    await press('space', `choose “${q.options[targets[0]].label}”`);
  } else {
    // Each check box is a stop of its own: Tab visits them all, Space ticks the wanted ones.
    for (let tries = 0; tries < q.options.length * 2; tries++) {
      const { focus } = await pageState();
      if (!(focus?.option >= 0)) break;
      if (targets.includes(focus.option) && !(await pageState()).checked.includes(q.options[focus.option].id)) {
        await press('space', `tick “${q.options[focus.option].label}”`);
      }
      if (ENTER_ON_OPTION.has(q.id) && focus.option === Math.max(...targets)) break;
      noteOptionArrival(q, await press('Tab', 'to the next option'));
    }
  }
  const { checked } = await pageState();
  const expected = wanted.slice().sort();
  if (JSON.stringify(checked.slice().sort()) !== JSON.stringify(expected)) {
    throw new Error(`${questionName(q)}: chose ${JSON.stringify(checked)} by keyboard, meant ${JSON.stringify(expected)}`);
  }

  if (ENTER_ON_OPTION.has(q.id)) {
    return { via: 'Enter on an option', entry: await press('Return', 'Enter on the option goes on', { changes: true }) };
  }
  await tabToNext(q, q.options.length + 4);
  const { focus } = await pageState();
  return { via: `Enter on “${focus.text}”`, entry: await press('Return', `press “${focus.text}”`, { changes: true }) };
}

test('the walk: a whole check by keyboard, with what Orca says at each key', { timeout: 300000 }, async () => {
  try {
    await walk();
  } catch (error) {
    session.findings.push({ what: 'the walk stopped', problems: [error.message] });
    throw error;
  }
  session.walked = true;
});

/** Starts the check, answers every question it asks, and reads the results' first lines. */
async function walk() {
  // From the page to the Start button, then start.
  for (let tries = 0; tries < 6; tries++) {
    const { focus } = await pageState();
    if (focus?.tag === 'button' && focus.text === ui('start')) break;
    await press('Tab', 'to the Start button');
  }
  const { focus } = await pageState();
  if (focus?.text !== ui('start')) throw new Error(`Tab never reached the Start button (focus: ${focusName(focus)})`);
  let arrival = { via: 'Enter on “Start the check”', entry: await press('Return', 'start the check', { changes: true }) };

  const asked = [];
  for (let step = 0; step < QUESTIONS.length + 2; step++) {
    const q = questionShown(arrival.entry.state);
    if (!q) break;
    if (!(q.id in READER)) throw new Error(`the widget asks ${questionName(q)}, which the reader has no answer for`);
    asked.push(q.id);
    session.questionArrivals.push({ question: q, via: arrival.via, heard: arrival.entry.heard, step: arrival.entry.n });
    arrival = await answer(q);
  }

  const results = arrival.entry.state;
  if (screenOf(results) !== 'results') {
    throw new Error(`after ${asked.length} questions the check shows neither a question nor the results: its heading is ${screenOf(results)}`);
  }
  session.results.arrival = arrival.entry;
  // The summary comes from the results module, a moment later; then read on line by line, as a
  // reader would, until the first score.
  const deadline = Date.now() + 15000;
  while (!(await pageState()).chart && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  const announced = await session.keyboard.listen({ quietMs: 600, maxMs: 3000 });
  session.transcript.push({ n: '-', key: '(waiting)', why: 'the summary arrives', screen: 'results', heard: announced.heard });
  session.results.reading.push({ heard: announced.heard, texts: announced.texts });
  for (let line = 0; line < 30; line++) {
    const entry = await press('Down', 'read the next line');
    session.results.reading.push(entry);
    if (SCORE.test(entry.heard)) break;
  }

  // On to the week: Tab to "Start my first week", Enter, then the first day's box, ticked.
  for (let tries = 0; tries < 25; tries++) {
    const { focus } = await pageState();
    if (focus?.tag === 'button' && focus.text === ui('week_start')) break;
    await press('Tab', `to “${ui('week_start')}”`);
  }
  if ((await pageState()).focus?.text !== ui('week_start')) {
    throw new Error(`Tab never reached “${ui('week_start')}” (focus: ${focusName((await pageState()).focus)})`);
  }
  session.week.arrival = await press('Return', 'start the week', { changes: true });
  session.week.firstStep = await session.page.evaluate(() =>
    document.querySelector('[data-gut-skin-check]').shadowRoot.querySelector('#gsc-day-0-steps li')?.textContent.trim(),
  );
  session.week.day = await press('Tab', 'to the first day');
  session.week.ticked = await press('space', 'tick the first day');
}

/** Fails with every problem found, one per line; `what` says what was checked. */
function report(problems, what) {
  session.findings.push({ what, problems });
  // A plain error: its message is the whole report, without an assertion's diff after it.
  if (problems.length) throw new Error(`${what}:\n  ${problems.join('\n  ')}\n`);
  if (!session.walked) throw new Error('the walk did not finish, so this could not be checked fully (see its failure)');
}

test('1. every question is heard on arrival, with its own words and no other question’s', () => {
  const problems = [];
  for (const { question: q, via, heard } of session.questionArrivals) {
    const spoken = normalize(heard);
    const wrong = [];
    if (!spoken.includes(normalize(q.text))) wrong.push(`not its own text “${q.text}”`);
    for (const other of QUESTIONS) {
      if (other !== q && spoken.includes(normalize(other.text))) wrong.push(`${questionName(other)}’s text`);
    }
    if (wrong.length) problems.push(`${questionName(q)}, after ${via}: heard ${quote(heard)}: ${wrong.join('; ')}`);
  }
  if (!session.questionArrivals.length) problems.push('no question was reached');
  report(problems, 'questions heard wrongly on arrival');
});

test('2. every option is heard with its own role on arrival', () => {
  const problems = [];
  const reached = new Set();
  for (const { question: q, option, index, heard, key } of session.optionArrivals) {
    reached.add(`${q.id}/${index}`);
    const spoken = normalize(heard);
    const role = ROLE[q.kind];
    const wrong = [];
    if (!spoken.includes(normalize(option.label))) wrong.push('not its label');
    const others = Object.values(ROLE).filter((r) => r !== role && spoken.includes(r));
    if (!spoken.includes(role)) wrong.push(others.length ? `“${others[0]}” instead of “${role}”` : `no “${role}”`);
    else if (others.length) wrong.push(`“${others[0]}” as well as “${role}”`);
    if (wrong.length) {
      problems.push(`${questionName(q)}, option ${index + 1} (“${option.label}”), after ${key}: heard ${quote(heard)}: ${wrong.join('; ')}`);
    }
  }
  // The first option of every question, and every option of the questions walked through.
  for (const { question: q } of session.questionArrivals) {
    const needed = WALK_EVERY_OPTION.has(q.id) || q.kind === 'multi' ? q.options.map((_, i) => i) : [0];
    for (const i of needed) {
      if (!reached.has(`${q.id}/${i}`)) problems.push(`${questionName(q)}, option ${i + 1} (“${q.options[i].label}”): never reached by keyboard`);
    }
  }
  report(problems, 'options heard wrongly on arrival');
});

test('3. “choose an answer” is heard when it appears, and again back in the group', () => {
  const q = QUESTIONS.find((question) => question.id === NEXT_WITHOUT_CHOOSING);
  const message = ui('choose_an_answer');
  const problems = [];
  const { appeared, backInGroup } = session.error;
  if (!appeared) problems.push(`${questionName(q)}: Next without choosing was never pressed`);
  else if (!normalize(appeared.heard).includes(message)) {
    problems.push(`${questionName(q)}, after Next with nothing chosen: heard ${quote(appeared.heard)}, not “${message}”`);
  }
  if (appeared && !backInGroup) problems.push(`${questionName(q)}: never went back into the group`);
  else if (backInGroup && !normalize(backInGroup.heard).includes(message)) {
    problems.push(`${questionName(q)}, back in the group (${backInGroup.key} to ${backInGroup.focus}): heard ${quote(backInGroup.heard)}, not “${message}”`);
  }
  report(problems, 'the error heard wrongly');
});

test('4. the results are heard opening on the doctor card, before any score', () => {
  const problems = [];
  const { arrival, reading } = session.results;
  if (!arrival) {
    report(['the results were never reached'], 'the results heard wrongly');
    return;
  }
  const card = arrival.state.doctor;
  if (!card) {
    report([`results: no doctor card on the page (its heading would be one of ${DOCTOR_TITLES.map((t) => `“${t}”`).join(', ')})`], 'the results heard wrongly');
    return;
  }
  // All that was said from the arrival on, as one text (Orca may say a long line in pieces).
  const said = normalize([...arrival.texts, ...reading.flatMap((entry) => entry.texts)].join(' '));
  const title = said.indexOf(normalize(card.heading));
  const line = said.indexOf(normalize(card.firstLine));
  const score = said.search(SCORE);
  const upTo = score >= 0 ? said.indexOf(' ', score + 40) : -1;
  const heard = quote(upTo > 0 ? `${said.slice(0, upTo)} …` : said);
  const scoreSaid = score >= 0 ? `“${said.slice(score, score + 40)}…”` : '';
  if (title < 0) problems.push(`results: never heard the doctor card’s heading “${card.heading}”; heard ${heard}`);
  if (line < 0) problems.push(`results: never heard the doctor card’s first line “${card.firstLine}”; heard ${heard}`);
  if (score >= 0 && title > score) problems.push(`results: heard a score (${scoreSaid}) before the doctor card’s heading; heard ${heard}`);
  if (score >= 0 && line > score) problems.push(`results: heard a score (${scoreSaid}) before the doctor card’s first line; heard ${heard}`);
  if (!arrival.texts.some((text) => normalize(text).includes(normalize(card.heading)))) {
    problems.push(`results, on arrival (${arrival.key} on “${ui('see_results')}”): heard ${quote(arrival.heard)}, not the doctor card’s heading “${card.heading}”`);
  }
  report(problems, 'the results heard wrongly');
});

test('5. the week is heard: its heading, then the first day with its steps, and its box ticked', () => {
  const problems = [];
  const { arrival, day, ticked, firstStep } = session.week;
  if (!arrival || !day || !ticked) {
    report(['the week was never reached'], 'the week heard wrongly');
    return;
  }
  const said = (entry) => normalize(entry.heard);
  if (!said(arrival).includes(ui('week_title'))) {
    problems.push(`week, on arrival: heard ${quote(arrival.heard)}, not its heading “${ui('week_title')}”`);
  }
  const dayName = ui('week_day_today').replace('{number}', '1');
  if (day.focus !== `checkbox “${dayName}”`) problems.push(`week: Tab went to ${day.focus}, not the first day`);
  if (!said(day).includes(dayName)) problems.push(`the first day: heard ${quote(day.heard)}, not its name “${dayName}”`);
  if (!said(day).includes('check box')) problems.push(`the first day: heard ${quote(day.heard)}, not as a check box`);
  if (!firstStep || !said(day).includes(normalize(firstStep))) {
    problems.push(`the first day: heard ${quote(day.heard)}, not its step “${firstStep}”`);
  }
  if (!/\bchecked\b/.test(said(ticked)) || /not checked/.test(said(ticked))) {
    problems.push(`ticking the first day: heard ${quote(ticked.heard)}, not “checked”`);
  }
  report(problems, 'the week heard wrongly');
});

/** The record of the walk, step by step, for a person to read. */
function writeTranscript() {
  const lines = [
    `Gut–Skin Check heard through a screen reader (${session.versions || 'did not start'})`,
    `Every key went through the X server; "heard" is what Orca sent to the speech synthesizer after it.`,
    '',
  ];
  for (const entry of session.transcript) {
    if (entry.note) {
      lines.push(`   (${entry.note})`);
      continue;
    }
    lines.push(`#${entry.n}  ${entry.key}  (${entry.why})`);
    lines.push(`     on screen: ${entry.screen}${entry.focus ? `; focus: ${entry.focus}` : ''}`);
    lines.push(`     heard: ${entry.heard ? entry.heard : '(nothing)'}${entry.quiet === false ? '   [Orca was still busy after 3 s]' : ''}`);
  }
  for (const { what, problems } of session.findings) {
    lines.push('', problems.length ? `${what}:` : `${what}: none`, ...problems.map((problem) => `  ${problem}`));
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(resolve(ARTIFACTS, 'transcript.txt'), `${lines.join('\n')}\n`);
}
