// The week after the results, as a reader uses it: days ticked, plants counted (one twice),
// kept over a reload and offline, shared between two tabs, deleted with everything else; the
// reminder's calendar file; the return four weeks on; axe in both colour schemes; keyboard only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { servedBuild } from './support/build.mjs';
import { serve } from './support/server.mjs';
import { CONTENT } from './support/widget.mjs';
import { VEGAN_WITH_IBS, OMNIVORE_WITH_ACNE } from './support/readers.mjs';
import { violations } from './support/screens.mjs';

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const build = servedBuild();

/** Wednesday 2 December 2026, mid-morning, in the browser's own time zone. */
const FIRST_DAY = new Date('2026-12-02T10:00:00');
const dayAfter = (date, days) => new Date(date.getTime() + days * 24 * 60 * 60 * 1000);

/** Opens the widget with the clock at `at`, completes `reader` and opens their first week. */
async function weekOf(reader, { viewport = PHONE, at = FIRST_DAY } = {}) {
  const w = await build.open({ viewport }, { before: (page) => page.clock.setFixedTime(at) });
  build.widget = w;
  await w.start();
  await w.complete(reader);
  await w.scope.getByRole('button', { name: w.say('week_start') }).click();
  await w.scope.getByRole('heading', { name: w.say('week_title'), level: 2 }).waitFor();
  await w.scope.locator('.gsc-week-days').waitFor();
  return w;
}

const dayBox = (w, number) => w.scope.getByRole('checkbox', { name: new RegExp(`^Day ${number},`) });
const plantBox = (w, name) => w.scope.getByRole('checkbox', { name, exact: true });
const count = (w) => w.scope.locator('.gsc-week-count strong').innerText();

/** Types `name` into the plant box and adds it, with the button or with Enter. */
async function addPlant(w, name, { withEnter = false } = {}) {
  const field = w.scope.getByRole('textbox', { name: w.say('week_add_label') });
  await field.fill(name);
  if (withEnter) await field.press('Enter');
  else await w.scope.getByRole('button', { name: w.say('week_add'), exact: true }).click();
}

/** Presses "Remind me in 4 weeks" and reads the calendar file it downloads. */
async function reminder(w) {
  const [download] = await Promise.all([
    w.page.waitForEvent('download'),
    w.scope.getByRole('button', { name: w.say('remind') }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'gut-skin-check-reminder.ics');
  return new Promise((done, fail) => {
    download.createReadStream().then((stream) => {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', fail);
    }, fail);
  });
}

/** The stored record's current week, as the widget keeps it. */
async function storedWeek(w) {
  const stored = JSON.parse(await w.stored());
  return stored.weeks[0];
}

describe('a week to tick off', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`two days ticked and five plants (one twice) stay after a reload and offline, at ${viewport.width} × ${viewport.height}`, async () => {
      const w = await weekOf(VEGAN_WITH_IBS, { viewport });
      // Each day shows that day's step in the reader's own version, with its caution.
      const today = dayBox(w, 1);
      assert.match(await today.getAttribute('aria-describedby'), /gsc-day-0-steps/);
      assert.ok(await w.scope.getByRole('checkbox', { name: 'Day 1, today' }).isVisible(), 'today is marked');
      const firstSteps = await w.scope.locator('#gsc-day-0-steps li').allInnerTexts();
      assert.ok(firstSteps.length >= 1);
      assert.doesNotMatch(firstSteps.join(' '), /\bkefir\b|\bgarlic\b|\bonions?\b/i, 'no food the reader must avoid');
      // Days still to come cannot be ticked yet.
      assert.ok(await dayBox(w, 3).isDisabled());

      // The next day: yesterday can still be ticked, and today.
      await w.page.clock.setFixedTime(dayAfter(FIRST_DAY, 1));
      await w.page.reload();
      // The widget opens on the week; its days come with the results module, a moment later.
      await w.scope.getByRole('heading', { name: w.say('week_title'), level: 2 }).waitFor();
      await w.scope.getByRole('checkbox', { name: 'Day 2, today' }).waitFor({ timeout: 10000 });
      await dayBox(w, 1).check();
      await dayBox(w, 2).check();
      await plantBox(w, 'Carrots').check();
      await plantBox(w, 'Spinach').check();
      await addPlant(w, 'Dragon fruit');
      await addPlant(w, 'carrot', { withEnter: true });
      await addPlant(w, 'Purple sprouting broccoli');
      await plantBox(w, 'Oats').check();
      assert.equal(await count(w), '5 of 30 different plants');
      assert.ok(await plantBox(w, 'Carrots').isChecked(), 'a typed plant that is listed ticks the listed one');
      assert.ok(await plantBox(w, 'Dragon fruit').isChecked(), 'a plant typed in is listed as added');
      assert.equal(await w.liveRegion().innerText(), '5 of 30 different plants');
      await w.screenshot(`week-${viewport.width}`);

      const week = await storedWeek(w);
      assert.equal(week.from, '2026-12-02');
      assert.deepEqual(
        week.days.filter((d) => d.done).map((d) => d.day).sort(),
        [0, 1],
      );
      assert.deepEqual(
        week.plants.filter((p) => p.eaten).map((p) => p.plant).sort(),
        ['carrot', 'oats', 'spinach', '~dragon fruit', '~purple sprouting broccoli'],
      );

      for (const offline of [false, true]) {
        if (offline) await w.context.setOffline(true);
        await w.page.reload();
        await w.scope.locator('.gsc-week-days').waitFor();
        assert.equal(await count(w), '5 of 30 different plants', offline ? 'offline' : 'after a reload');
        assert.ok(await dayBox(w, 1).isChecked());
        assert.ok(await dayBox(w, 2).isChecked());
        assert.ok(!(await dayBox(w, 3).isChecked()));
        for (const plant of ['Carrots', 'Spinach', 'Oats', 'Dragon fruit', 'Purple sprouting broccoli']) {
          assert.ok(await plantBox(w, plant).isChecked(), `${plant}${offline ? ', offline' : ''}`);
        }
      }
      await w.context.setOffline(false);
      // Unticking takes a plant back off the count.
      await plantBox(w, 'Oats').uncheck();
      assert.equal(await count(w), '4 of 30 different plants');
      // The results stay one tap away, and lead back to the week.
      await w.scope.getByRole('button', { name: w.say('week_back') }).click();
      await w.scope.getByRole('button', { name: w.say('week_open') }).click();
      await w.scope.locator('.gsc-week-days').waitFor();
      assert.equal(await count(w), '4 of 30 different plants');
    });
  }

  test('plants a reader must avoid are not offered', async () => {
    const w = await weekOf(VEGAN_WITH_IBS);
    const offered = await w.scope.locator('.gsc-plants label').allInnerTexts();
    assert.ok(offered.length >= 40, `${offered.length} plants offered`);
    for (const plant of ['Onions', 'Garlic', 'Apples', 'Chickpeas', 'Cashews']) {
      assert.ok(!offered.includes(plant), `${plant} is not offered with IBS`);
    }
    const groups = await w.scope.locator('.gsc-plant-group legend').allInnerTexts();
    assert.deepEqual(groups, CONTENT.plants.map((group) => group.name));
  });

  test('two tabs each add plants and both are kept', async () => {
    const w = await weekOf(OMNIVORE_WITH_ACNE, { viewport: DESKTOP });
    const other = await w.context.newPage();
    await other.goto(build.server.url);
    const otherWeek = other.locator('[data-gut-skin-check]');
    await otherWeek.getByRole('checkbox', { name: 'Kale', exact: true }).check();
    await plantBox(w, 'Lentils').check();
    await otherWeek.getByRole('checkbox', { name: 'Quinoa', exact: true }).check();
    await plantBox(w, 'Basil').check();
    const eaten = (await storedWeek(w)).plants.filter((p) => p.eaten).map((p) => p.plant).sort();
    assert.deepEqual(eaten, ['basil', 'kale', 'lentils', 'quinoa']);
    // Each tab shows the other's plants too.
    await w.page.reload();
    await w.scope.locator('.gsc-week-days').waitFor();
    assert.equal(await count(w), '4 of 30 different plants');
    await other.close();
  });

  test('"Delete my data" removes the week', async () => {
    const w = await weekOf(OMNIVORE_WITH_ACNE, { viewport: DESKTOP });
    await plantBox(w, 'Kale').check();
    await w.scope.getByRole('button', { name: w.say('week_back') }).click();
    await w.scope.getByRole('button', { name: w.say('delete_data') }).click();
    await w.scope.getByRole('button', { name: w.say('delete_yes') }).click();
    await w.scope.getByRole('button', { name: w.say('start') }).waitFor();
    assert.equal(await w.stored(), null);
    await w.page.reload();
    await w.scope.getByRole('button', { name: w.say('start') }).waitFor();
    assert.equal(await w.scope.getByRole('heading', { name: w.say('week_title') }).count(), 0);
  });

  test('"Remind me in 4 weeks" downloads a calendar file with no answer in it', async () => {
    const w = await weekOf(OMNIVORE_WITH_ACNE, { viewport: DESKTOP });
    const text = await reminder(w);
    assert.ok(!text.replace(/\r\n /g, '').includes(w.say('doctor_first')), 'no doctor line without a doctor card');
    assert.equal(await w.scope.getByText(w.say('doctor_first')).count(), 0);
    // RFC 5545: CRLF line ends, lines of at most 75 octets, continuation lines start with a space.
    const lines = text.split('\r\n');
    assert.equal(lines.at(-1), '', 'ends with CRLF');
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
    const unfolded = text.replace(/\r\n /g, '').split('\r\n');
    const field = (name) => unfolded.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
    assert.equal(unfolded[0], 'BEGIN:VCALENDAR');
    assert.equal(field('VERSION'), 'VERSION:2.0');
    assert.ok(field('PRODID'));
    assert.equal(field('DTSTART'), 'DTSTART;VALUE=DATE:20261230', 'four weeks on');
    assert.equal(field('DTEND'), 'DTEND;VALUE=DATE:20261231');
    assert.match(field('DTSTAMP'), /^DTSTAMP:20261202T\d{6}Z$/);
    assert.match(field('UID'), /^UID:\S+@gut-skin-check$/);
    assert.equal(field('SUMMARY'), `SUMMARY:${w.say('remind_title')}`);
    assert.equal(field('URL'), `URL;VALUE=URI:${build.server.url}`, 'opens the page the widget is on');
    assert.ok(field('DESCRIPTION').includes(build.server.url));
    assert.equal(unfolded.filter((line) => line === 'BEGIN:VEVENT').length, 1);
    assert.equal(unfolded.at(-2), 'END:VCALENDAR');
    // No answer of the reader's is in it.
    for (const said of ['acne', 'omnivore', 'Rarely']) assert.ok(!text.includes(said), said);
  });

  test('a week over is told to the page once, with days and plants counted, never which', async () => {
    const w = await weekOf(OMNIVORE_WITH_ACNE, { viewport: DESKTOP });
    await w.page.evaluate(() => {
      window.heard = [];
      document.addEventListener('gut-skin-check:week', (event) => window.heard.push(event.detail));
    });
    await dayBox(w, 1).check();
    await plantBox(w, 'Kale').check();
    await plantBox(w, 'Lentils').check();
    assert.deepEqual(await w.page.evaluate(() => window.heard), [], 'not while the week runs');
    await w.page.clock.setFixedTime(dayAfter(FIRST_DAY, 8));
    await w.page.reload();
    await w.page.evaluate(() => {
      window.heard = [];
      document.addEventListener('gut-skin-check:week', (event) => window.heard.push(event.detail));
    });
    const over = w.scope.getByRole('heading', { name: w.say('week_over_title') });
    await over.waitFor();
    // How the week went, against what the reader said before.
    const said = await w.scope.locator('.gsc-week-over p').allInnerTexts();
    assert.deepEqual(said, ['You ticked off 1 of 7 days.', 'Different plants this week: 2, about as many as before (fewer than 10).']);
    await w.screenshot('week-over');
    await plantBox(w, 'Basil').check();
    await plantBox(w, 'Mint').check();
    assert.deepEqual(await w.page.evaluate(() => window.heard), [{ days: 1, plants: 3 }]);
    // The next week starts today, counted afresh.
    await w.scope.getByRole('button', { name: w.say('week_next') }).click();
    await w.scope.getByText('Week 2: 10 Dec to 16 Dec').waitFor();
    assert.equal(await count(w), '0 of 30 different plants');
    assert.deepEqual(await w.page.evaluate(() => window.heard), [{ days: 1, plants: 3 }], 'told once');
  });
});

describe('the week printed', () => {
  test('prints its days as ticked and only the plants eaten, without the controls', async () => {
    const w = await weekOf(OMNIVORE_WITH_ACNE, { viewport: DESKTOP });
    await dayBox(w, 1).check();
    await plantBox(w, 'Kale').check();
    await addPlant(w, 'Dragon fruit');
    await w.page.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await w.scope.getByRole('button', { name: w.say('print') }).click();
    assert.equal(await w.page.evaluate(() => window.printed), 1);
    await w.page.emulateMedia({ media: 'print' });
    assert.ok(await dayBox(w, 1).isVisible());
    assert.ok(await dayBox(w, 1).isChecked());
    assert.ok(await plantBox(w, 'Kale').isVisible());
    assert.ok(await plantBox(w, 'Dragon fruit').isVisible());
    assert.equal(await plantBox(w, 'Carrots').isVisible(), false, 'a plant not eaten is not printed');
    assert.equal(await w.scope.getByRole('textbox').isVisible(), false);
    for (const button of await w.scope.getByRole('button').all()) {
      assert.equal(await button.isVisible(), false, 'no buttons in print');
    }
    assert.equal(await count(w), '2 of 30 different plants');
    await w.screenshot('week-print');
    await w.page.emulateMedia({ media: 'screen' });
  });
});

describe('four weeks on', () => {
  test('a reader back after 28 days is offered the retake, then sees the change in skin and scores', async () => {
    const w = await weekOf(OMNIVORE_WITH_ACNE, { viewport: PHONE });
    await w.page.clock.setFixedTime(dayAfter(FIRST_DAY, 28));
    await w.page.reload();
    const welcome = w.scope.getByRole('heading', { name: w.say('welcome_back_title') });
    await welcome.waitFor();
    assert.match(await w.scope.locator('.gsc-welcome p').innerText(), /Your last check was on 2 Dec/);
    await w.screenshot('welcome-back');
    await w.scope.getByRole('button', { name: w.say('welcome_back_retake') }).click();
    await w.start();
    await w.complete({ ...OMNIVORE_WITH_ACNE, skin_bother: '2', whole_grains: '3_plus' });
    const since = await w.section('What changed since your last result, on 2 Dec');
    const changes = await since.getByRole('listitem').allInnerTexts();
    assert.equal(changes.length, 8, 'every score against last time');
    const skin = await w.scope.locator('.gsc-skin p').allInnerTexts();
    assert.ok(skin.includes('How much your skin bothered you: a little (2 Dec), and now quite a lot.'), skin.join('\n'));
    await w.screenshot('results-four-weeks-on');
  });

  test('after a doctor card, the week, the reminder and the welcome back say to see the doctor first', async () => {
    const w = await weekOf({ ...OMNIVORE_WITH_ACNE, warn_night: 'yes' }, { viewport: PHONE });
    const first = w.say('doctor_first');
    const onWeek = w.scope.getByText(first, { exact: true });
    assert.equal(await onWeek.count(), 1, 'the week says it');
    const heading = await w.scope.getByRole('heading', { name: w.say('week_title'), level: 2 }).boundingBox();
    const days = await w.scope.locator('.gsc-week-days').boundingBox();
    const line = await onWeek.boundingBox();
    assert.ok(heading.y < line.y && line.y < days.y, 'under the heading, before the days');
    await w.screenshot('week-after-doctor-card');
    const calendar = (await reminder(w)).replace(/\r\n /g, '');
    const description = calendar.split('\r\n').find((l) => l.startsWith('DESCRIPTION:'));
    // RFC 5545 escapes commas and semicolons in a text value.
    assert.ok(description.includes(first.replace(/[,;\\]/g, '\\$&')), description);
    await w.page.clock.setFixedTime(dayAfter(FIRST_DAY, 28));
    await w.page.reload();
    await w.scope.getByRole('heading', { name: w.say('welcome_back_title') }).waitFor();
    assert.equal(await w.scope.getByText(first, { exact: true }).count(), 1, 'the welcome back says it');
    assert.match(await w.scope.locator('.gsc-welcome').innerText(), /2 Dec 2026/, 'the last check dated in full');
    await w.screenshot('welcome-back-after-doctor-card');
  });

  test('before four weeks the reader opens on their results, not the retake', async () => {
    const w = await build.open({ viewport: PHONE }, { before: (page) => page.clock.setFixedTime(FIRST_DAY) });
    build.widget = w;
    await w.start();
    await w.complete(OMNIVORE_WITH_ACNE);
    await w.page.clock.setFixedTime(dayAfter(FIRST_DAY, 27));
    await w.page.reload();
    await w.scope.getByRole('heading', { name: 'Your results' }).waitFor();
    assert.equal(await w.scope.getByRole('heading', { name: w.say('welcome_back_title') }).count(), 0);
  });
});

describe('the week, accessible', () => {
  test('axe finds nothing on the week, the week over and the welcome back, light and dark', async () => {
    const w = await weekOf(OMNIVORE_WITH_ACNE, { viewport: PHONE });
    const found = [];
    const scan = async (screen) => {
      for (const colorScheme of ['light', 'dark']) {
        await w.page.emulateMedia({ colorScheme });
        // Once the colours have finished fading to the scheme.
        await w.page.waitForFunction(
          () => document.querySelector('[data-gut-skin-check]').shadowRoot.getAnimations().length === 0,
        );
        for (const v of await violations(w.page)) found.push(`${screen}, ${colorScheme}: ${v}`);
        await w.screenshot(`week-${screen}-${colorScheme}`);
      }
    };
    await addPlant(w, 'Dragon fruit');
    await scan('running');
    await w.page.clock.setFixedTime(dayAfter(FIRST_DAY, 8));
    await w.page.reload();
    await w.scope.getByRole('heading', { name: w.say('week_over_title') }).waitFor();
    await scan('over');
    await w.page.clock.setFixedTime(dayAfter(FIRST_DAY, 30));
    await w.page.reload();
    await w.scope.getByRole('heading', { name: w.say('welcome_back_title') }).waitFor();
    await scan('welcome-back');
    await w.page.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(found, []);
  });

  test('keyboard only: tick a day, tick a plant, add one with Enter; focus is never lost', async () => {
    const w = await build.open({ viewport: DESKTOP }, { before: (page) => page.clock.setFixedTime(FIRST_DAY) });
    build.widget = w;
    await w.start();
    await w.complete(OMNIVORE_WITH_ACNE);
    const start = w.scope.getByRole('button', { name: w.say('week_start') });
    await start.focus();
    await w.page.keyboard.press('Enter');
    assert.deepEqual(await w.focused(), { tag: 'h2', type: null, text: w.say('week_title'), checked: undefined });
    // Tab to the first day's box and tick it with Space.
    await w.page.keyboard.press('Tab');
    let focus = await w.focused();
    assert.equal(focus.type, 'checkbox');
    assert.equal(focus.text, 'Day 1, today');
    await w.page.keyboard.press('Space');
    assert.equal((await w.focused()).checked, true, 'ticked, and focus stays on the box');
    // On to the plant box: type a plant and press Enter; focus stays in the box.
    const field = w.scope.getByRole('textbox', { name: w.say('week_add_label') });
    await field.focus();
    await w.page.keyboard.type('Dragon fruit');
    await w.page.keyboard.press('Enter');
    focus = await w.focused();
    assert.equal(focus.tag, 'input');
    assert.equal(focus.type, 'text');
    assert.equal(await count(w), '1 of 30 different plants');
    // Tab on into the lists: the first box is the plant just added, ticked.
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    focus = await w.focused();
    assert.equal(focus.text, 'Dragon fruit');
    assert.equal(focus.checked, true);
    await w.page.keyboard.press('Space');
    assert.equal(await count(w), '0 of 30 different plants');
    assert.equal((await w.focused()).text, 'Dragon fruit', 'focus stays on the box unticked');
    // Back to the results with the keyboard: focus goes to their heading, not the page.
    await w.scope.getByRole('button', { name: w.say('week_back') }).focus();
    await w.page.keyboard.press('Enter');
    focus = await w.focused();
    assert.equal(focus.tag, 'h2');
  });
});
