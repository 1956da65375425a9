// Measures the release build in headless Chromium on loopback:
//   1. the gzip size of everything fetched before the first question can be answered, content file
//      included (budget 125 KB), in English and in Spanish,
//   2. the time from navigation to the intro and to the first question being answerable, and when
//      the content file and the wasm are fetched (in parallel, so the content adds no wait),
//   3. the latency from "Next" to the next question painted (budget 16 ms, at the 95th percentile),
//   4. the content editor (editor.html, never part of the widget's load): what it fetches, and the
//      time until a blogger can use it, on this machine and with the CPU slowed four times, as on
//      a mid-range phone (aim: within a second there).
// Usage: node scripts/bench.mjs [--runs N] [--walks N] [--timeout S]   (build dist/ first)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DIST, serve } from '../tests/browser/support/server.mjs';
import { CONTENT, launch } from '../tests/browser/support/widget.mjs';

const SIZE_BUDGET_BYTES = 125 * 1024;
const FRAME_BUDGET_MS = 16;
// Clicks on the title, which change nothing, per walk: the floor of the latency measurement.
const IDLE_CLICKS = 10;

const { RUNS, WALKS, TIMEOUT_MS } = readOptions();

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        runs: { type: 'string', default: '7' },
        walks: { type: 'string', default: '3' },
        timeout: { type: 'string', default: '15' },
      },
    });
    return {
      RUNS: positiveInteger('--runs', values.runs),
      WALKS: positiveInteger('--walks', values.walks),
      TIMEOUT_MS: positiveInteger('--timeout', values.timeout) * 1000,
    };
  } catch (error) {
    console.error(`bench: ${error.message}\nusage: node scripts/bench.mjs [--runs N] [--walks N] [--timeout S]`);
    process.exit(2);
  }
}

function positiveInteger(name, text) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number above 0, not "${text}"`);
  return value;
}

/**
 * Runs in the page before any of its scripts, so every time is read from the page's own clock
 * (performance.now(), zero at navigation start) rather than across the DevTools connection.
 * "Painted" is two animation frames after the change: the first callback runs before the frame
 * holding the change is drawn, the second only once that frame is done.
 */
function instrument() {
  // The start button, in the languages measured.
  const START_NAMES = ['Start the check', 'Empezar el test'];
  const bench = {
    introReady: null,
    startClick: null,
    firstAnswerable: null,
    steps: [],
    answers: [],
    idle: [],
  };
  window.__bench = bench;

  // Calls back as the next frame begins, then with the time that frame is done.
  const frames = (onFrame, onPainted) =>
    requestAnimationFrame(() => {
      onFrame();
      requestAnimationFrame(() => onPainted(performance.now()));
    });
  const usable = (element) => element && !element.disabled && element.checkVisibility();

  // The widget lives in a shadow root, which document.querySelector does not see into.
  const roots = [document];
  const queryAll = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  const query = (selector) => queryAll(selector)[0] ?? null;
  window.__benchQuery = { query, queryAll };
  const screenHeading = () => query('h2')?.textContent.trim() ?? null;

  let screen = null;
  let pendingStep = null;

  function onChange() {
    const now = performance.now();
    if (bench.introReady === null) {
      const start = queryAll('button').find((b) => START_NAMES.includes(b.textContent.trim()));
      if (usable(start)) bench.introReady = now;
    }
    if (bench.firstAnswerable === null && usable(query('fieldset input'))) {
      bench.firstAnswerable = now;
    }
    const heading = screenHeading();
    if (heading === screen) return;
    const from = screen;
    screen = heading;
    if (!pendingStep) return;
    const step = Object.assign(pendingStep, { from, to: heading, dom: now - pendingStep.t0 });
    pendingStep = null;
    frames(
      () => (step.frame = performance.now() - step.t0),
      (t1) => bench.steps.push(Object.assign(step, { painted: t1 - step.t0 })),
    );
  }
  const observer = new MutationObserver(onChange);
  const watch = (root) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };

  document.addEventListener(
    'click',
    (event) => {
      const t0 = performance.now();
      // Inside the shadow root: the event's target outside it is the host element.
      const target = event.composedPath()[0];
      const button = target.closest?.('button');
      if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
        frames(
          () => {},
          (t1) => bench.answers.push({ painted: t1 - t0, checked: target.checked }),
        );
      } else if (button) {
        const name = button.textContent.trim();
        if (START_NAMES.includes(name)) bench.startClick = t0;
        pendingStep = { name, t0 };
      } else {
        // A click that changes nothing: what the measurement itself costs.
        const idle = {};
        frames(
          () => (idle.frame = performance.now() - t0),
          (t1) => bench.idle.push(Object.assign(idle, { painted: t1 - t0 })),
        );
      }
    },
    true,
  );
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`no build in ${DIST}: run scripts/bench, or trunk build --release --offline first`);
  }
  const server = await serve();
  let browser;
  const problems = new Map();
  try {
    browser = await launch();
    console.log('Gut–Skin Check benchmark');
    console.log(`Chromium ${browser.version()} headless, served from ${DIST} on loopback (${server.url})`);
    console.log(`${RUNS} page loads, ${WALKS} walks through the questionnaire, ${TIMEOUT_MS / 1000} s limit per wait`);

    // The size run doubles as a warm-up, so the timed loads do not pay for starting Chromium's
    // renderer for the first time.
    const firstLoad = await measureFirstLoad(browser, server, problems, server.url);
    const spanishLoad = await measureFirstLoad(browser, server, problems, `${server.url}?lang=es`, 'Empezar el test');
    const loads = [];
    for (let run = 0; run < RUNS; run++) loads.push(await measureLoad(browser, server, problems));
    const walks = [];
    for (let walk = 0; walk < WALKS; walk++) walks.push(await measureWalk(browser, server, problems));

    reportFirstLoad(firstLoad, 'English, the standalone page');
    reportFirstLoad(spanishLoad, 'Spanish, the standalone page with ?lang=es');
    reportLoads(loads);
    reportWalks(walks);
    const editorLoads = [];
    for (const slowdown of [1, 4]) {
      for (let run = 0; run < RUNS; run++) editorLoads.push(await measureEditor(browser, server, problems, slowdown));
    }
    reportEditor(editorLoads);
    reportProblems(problems);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** A page in a context of its own, so nothing is cached from an earlier run. */
async function openPage(browser, problems) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  context.setDefaultTimeout(TIMEOUT_MS);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const note = (text) => problems.set(text, (problems.get(text) ?? 0) + 1);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') note(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => note(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => note(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) note(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page };
}

async function waitInPage(page, predicate, what, arg) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: TIMEOUT_MS, polling: 'raf' });
  } catch (error) {
    throw new Error(`timed out after ${TIMEOUT_MS / 1000} s waiting for ${what}`, { cause: error });
  }
}

async function click(locator, what) {
  try {
    await locator.click({ timeout: TIMEOUT_MS });
  } catch (error) {
    throw new Error(`could not click ${what} within ${TIMEOUT_MS / 1000} s: ${error.message.split('\n')[0]}`, {
      cause: error,
    });
  }
}

/** Loads the widget, starts it and waits until the first question can be answered. */
async function loadToFirstQuestion(page, url, start = 'Start the check') {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  await waitInPage(page, () => window.__bench.introReady !== null, `the "${start}" button`);
  await click(page.getByRole('button', { name: start, exact: true }), `"${start}"`);
  await waitInPage(page, () => window.__bench.firstAnswerable !== null, 'the first question to be answerable');
  return page.evaluate(() => window.__bench);
}

async function measureFirstLoad(browser, server, problems, url, start) {
  const { context, page } = await openPage(browser, problems);
  try {
    // The page's own requests only: the service worker's copies for offline use, made once the
    // widget runs, are not needed to answer the first question.
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await loadToFirstQuestion(page, url, start);
    // Copied at once: a favicon or anything else fetched later is not part of the first load.
    return [...new Set(requested)].map(servedFile);
  } finally {
    await context.close();
  }
}

/** What the server sent for a path, resolved the way tests/browser/support/server.mjs does. */
function servedFile(path) {
  let file = normalize(join(DIST, path));
  let found = file.startsWith(DIST) && existsSync(file);
  if (found && statSync(file).isDirectory()) {
    file = join(file, 'index.html');
    found = existsSync(file);
  }
  const body = found ? readFileSync(file) : Buffer.from('not found');
  return { path, found, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

async function measureLoad(browser, server, problems) {
  const { context, page } = await openPage(browser, problems);
  try {
    const marks = await loadToFirstQuestion(page, server.url);
    // When the content file and the wasm were asked for and arrived, by the page's clock.
    const fetched = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .filter((entry) => /content\/[\w.]+\.json$|_bg\.wasm$/.test(entry.name))
          .map((entry) => [entry.name.endsWith('.json') ? 'content' : 'wasm', entry]),
      ),
    );
    return {
      intro: marks.introReady,
      firstQuestion: marks.firstAnswerable,
      reaction: marks.startClick - marks.introReady,
      startToQuestion: marks.firstAnswerable - marks.startClick,
      contentStart: fetched.content?.startTime ?? NaN,
      contentEnd: fetched.content?.responseEnd ?? NaN,
      wasmStart: fetched.wasm?.startTime ?? NaN,
      wasmEnd: fetched.wasm?.responseEnd ?? NaN,
    };
  } finally {
    await context.close();
  }
}

/**
 * Opens the content editor in a fresh context, with the CPU slowed `slowdown` times, and times it
 * to the first group's button being visible and enabled: from then on the form can be used.
 * Returns that time and the files the editor's own page fetched (its live preview's frame, the
 * widget's own page, is left out: it is the widget's load, measured above).
 */
async function measureEditor(browser, server, problems, slowdown) {
  const { context, page } = await openPage(browser, problems);
  try {
    const client = await context.newCDPSession(page);
    await client.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    const requested = [];
    page.on('request', (request) => {
      if (request.frame() === page.mainFrame()) requested.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.url}editor.html`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    // Polled in the page at every frame, so the time is the page's own, not the driver's.
    await waitInPage(
      page,
      () => {
        const intro = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('The intro'));
        if (intro && !intro.disabled && intro.checkVisibility()) window.__editorReady ??= performance.now();
        return window.__editorReady !== undefined;
      },
      "the editor's first group",
    );
    const ready = await page.evaluate(() => window.__editorReady);
    return { slowdown, ready, files: [...new Set(requested)].map(servedFile) };
  } finally {
    await context.close();
  }
}

/** The option a reader who can take the check picks: never one that ends the check early. */
function pick(question) {
  if (question.kind === 'multi') return [question.options[0]];
  const option = question.options.find((o) => !o.stop);
  if (!option) throw new Error(`question ${question.id} has only options that end the check`);
  return [option];
}

async function measureWalk(browser, server, problems) {
  const { context, page } = await openPage(browser, problems);
  try {
    await loadToFirstQuestion(page, server.url);
    const asked = [];
    for (;;) {
      const screen = await page.evaluate(() => ({
        heading: window.__benchQuery.query('h2')?.textContent.trim(),
        results: window.__benchQuery.queryAll('button').some((b) => b.textContent.trim() === 'Edit my answers'),
        stepsSoFar: window.__bench.steps.length,
        answersSoFar: window.__bench.answers.length,
      }));
      if (screen.results) break;
      const question = CONTENT.questions.find((q) => q.text === screen.heading);
      if (!question) throw new Error(`expected a question or the results, found the heading "${screen.heading}"`);
      if (asked.includes(question.id)) throw new Error(`question ${question.id} came round again`);
      if (asked.length > CONTENT.questions.length) throw new Error('the questionnaire never reached the results');
      asked.push(question.id);

      let answers = screen.answersSoFar;
      for (const option of pick(question)) {
        const input = page.locator(`fieldset input[name="${question.id}"][value="${option.id}"]`);
        await click(input, `option ${option.id} of question ${question.id}`);
        answers += 1;
        await waitInPage(page, (n) => window.__bench.answers.length >= n, `option ${option.id} to show as chosen`, answers);
      }
      await click(page.getByRole('button', { name: /^(Next|See my results)$/ }), `"Next" on question ${question.id}`);
      await waitInPage(
        page,
        (n) => window.__bench.steps.length >= n,
        `the screen after question ${question.id}`,
        screen.stepsSoFar + 1,
      );
    }
    for (let click = 1; click <= IDLE_CLICKS; click++) {
      await page.locator('h1').click({ timeout: TIMEOUT_MS });
      await waitInPage(page, (n) => window.__bench.idle.length >= n, 'a click on the title to be measured', click);
    }
    const { steps, answers, idle } = await page.evaluate(() => window.__bench);
    const unchecked = answers.filter((a) => !a.checked).length;
    if (unchecked) throw new Error(`${unchecked} clicked options were not checked once painted`);
    return { asked, steps, answers, idle };
  } finally {
    await context.close();
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const bytes = (value) => value.toLocaleString('en-GB');
const kib = (value) => `${(value / 1024).toFixed(1)} KiB`;
const verdict = (ok) => (ok ? 'WITHIN budget' : 'OVER budget');

function reportFirstLoad(files, what) {
  console.log(`\n1. First-load size, ${what}: every file fetched before the first question is answerable`);
  const width = Math.max(24, ...files.map((f) => f.path.length));
  console.log(`   ${'path'.padEnd(width)}  ${'raw bytes'.padStart(11)}  ${'gzip -9 bytes'.padStart(13)}`);
  for (const file of files) {
    const status = file.found ? '' : '  (404 not found)';
    console.log(`   ${file.path.padEnd(width)}  ${bytes(file.raw).padStart(11)}  ${bytes(file.gzip).padStart(13)}${status}`);
  }
  const raw = files.reduce((sum, f) => sum + f.raw, 0);
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`   ${'total'.padEnd(width)}  ${bytes(raw).padStart(11)}  ${bytes(gzip).padStart(13)}`);
  console.log(`   ${files.length} requests; ${kib(raw)} raw, ${kib(gzip)} gzip -9`);
  const margin = SIZE_BUDGET_BYTES - gzip;
  console.log(
    `   Budget 125 KiB (${bytes(SIZE_BUDGET_BYTES)} bytes) gzipped: ${verdict(margin >= 0)}, ` +
      (margin >= 0 ? `${bytes(margin)} bytes to spare` : `${bytes(-margin)} bytes over`),
  );
  const seen = new Set();
  const repeated = [...new Set(files.map((f) => f.path).filter((p) => seen.has(p) || !seen.add(p)))];
  if (repeated.length) console.log(`   Fetched more than once (each fetch counted): ${repeated.join(', ')}`);
}

function summary(values) {
  return `median ${ms(median(values))}, min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}`;
}

function reportLoads(loads) {
  console.log(`\n2. Load time, from navigation start (page clock), fresh browser context each run, n=${loads.length}`);
  console.log(`   intro interactive ("Start the check" visible): ${summary(loads.map((l) => l.intro))}`);
  console.log(`   first question answerable (includes the click): ${summary(loads.map((l) => l.firstQuestion))}`);
  console.log(`   of which the driver seeing the intro and clicking: ${summary(loads.map((l) => l.reaction))}`);
  console.log(`   and click on start -> first question answerable: ${summary(loads.map((l) => l.startToQuestion))}`);
  console.log(`   content file requested: ${summary(loads.map((l) => l.contentStart))}`);
  console.log(`   content file arrived:   ${summary(loads.map((l) => l.contentEnd))}`);
  console.log(`   wasm requested:         ${summary(loads.map((l) => l.wasmStart))}`);
  console.log(`   wasm arrived:           ${summary(loads.map((l) => l.wasmEnd))}`);
}

function latencyLine(label, values) {
  return (
    `   ${label}: n=${values.length}, median ${ms(median(values))}, p95 ${ms(percentile(values, 95))}, ` +
    `max ${ms(Math.max(...values))}`
  );
}

function reportWalks(walks) {
  const steps = walks.flatMap((w) => w.steps);
  const next = steps.filter((s) => s.name === 'Next');
  const results = steps.filter((s) => s.name === 'See my results');
  const answers = walks.flatMap((w) => w.answers);
  const idle = walks.flatMap((w) => w.idle);
  const questions = [...new Set(walks.map((w) => w.asked.length))].join('/');
  console.log(`\n3. Answer-to-next-question latency, ${walks.length} walks of ${questions} questions (page clock, from the click)`);
  const painted = next.map((s) => s.painted);
  const p95 = percentile(painted, 95);
  console.log(latencyLine('"Next" -> next question painted (double rAF)', painted));
  console.log(`   Budget ${FRAME_BUDGET_MS} ms at p95: ${verdict(p95 <= FRAME_BUDGET_MS)} (p95 ${ms(p95)})`);
  console.log(latencyLine('same measurement, click that changes nothing', idle.map((s) => s.painted)));
  console.log(
    '   Double rAF waits for the next frame and then a whole one more, so even a click that does\n' +
      '   nothing measures about 1.5 frames (~25 ms at 60 Hz); compare against the line above.',
  );
  console.log(latencyLine('"Next" -> new question in the DOM          ', next.map((s) => s.dom)));
  console.log(latencyLine('"Next" -> frame drawing it begins          ', next.map((s) => s.frame)));
  console.log(latencyLine('same, click that changes nothing           ', idle.map((s) => s.frame)));
  const framed = percentile(next.map((s) => s.frame), 95);
  console.log(
    `   Budget ${FRAME_BUDGET_MS} ms at p95, counting to the frame that draws the new question: ` +
      `${verdict(framed <= FRAME_BUDGET_MS)} (p95 ${ms(framed)})`,
  );
  const slowest = [...next].sort((a, b) => b.painted - a.painted).slice(0, 3);
  console.log('   slowest steps (painted; in the DOM):');
  for (const s of slowest) {
    console.log(`     ${questionId(s.from)} -> ${questionId(s.to)}: ${ms(s.painted)}; ${ms(s.dom)}`);
  }
  if (results.length) {
    console.log(latencyLine('"See my results" -> results painted        ', results.map((s) => s.painted)));
    console.log(latencyLine('"See my results" -> results in the DOM     ', results.map((s) => s.dom)));
    console.log(latencyLine('"See my results" -> frame drawing it begins', results.map((s) => s.frame)));
  }
  console.log(latencyLine('option click -> checked state painted      ', answers.map((a) => a.painted)));
}

function questionId(heading) {
  return CONTENT.questions.find((q) => q.text === heading)?.id ?? `"${heading}"`;
}

function reportEditor(loads) {
  const files = loads[0].files;
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`\n4. The content editor (editor.html): not part of the widget's first load or its budget`);
  console.log(`   fetched by the editor's page: ${files.length} files, ${kib(gzip)} gzip -9`);
  for (const file of files.filter((f) => f.gzip > 4096)) console.log(`     ${file.path}: ${kib(file.gzip)}`);
  for (const slowdown of [...new Set(loads.map((l) => l.slowdown))]) {
    const times = loads.filter((l) => l.slowdown === slowdown).map((l) => l.ready);
    const what = slowdown === 1 ? 'this machine' : `CPU slowed ${slowdown}x, as a mid-range phone`;
    console.log(`   usable (first group's button shown), ${what}: ${summary(times)}`);
  }
}

function reportProblems(problems) {
  console.log('\nConsole errors and warnings, uncaught exceptions, failed requests (all pages):');
  if (!problems.size) console.log('   none');
  for (const [text, count] of problems) console.log(`   ${count}x ${text}`);
}

main().catch((error) => {
  console.error(`\nbench failed: ${error.message}`);
  process.exitCode = 1;
});
