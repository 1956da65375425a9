// Readers whose restrictions meet, end to end on a 320 × 640 phone: every sentence of their
// results is read against what they told the check (their diet, intolerances, circumstances and
// food allergies), the advice that matters most to each is looked for by its exact words, and
// nothing contradicts it. Warning signs are read where they sit: before the results, and the
// gentle notes and skin lines before the food ideas.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { servedBuild } from './support/build.mjs';
import { adviceProblems } from './support/advice.mjs';
import { CONTENT } from './support/widget.mjs';
import {
  BLACK_STOOLS_AND_PSORIASIS,
  BLOATED_EVERY_DAY_AT_55,
  BOWEL_CHANGE_AT_65,
  MILK_ALLERGY_AND_LACTOSE_INTOLERANCE,
  VEGAN_ALLERGIC_TO_SOYA_AND_SESAME,
  VOMITED_BLOOD,
  COELIAC_VEGAN_WITH_IBS,
  HISTAMINE_INTOLERANT_ON_LESS_SALT,
  PREGNANT_COELIAC_VEGETARIAN_WITH_LACTOSE_INTOLERANCE,
  PREGNANT_WITH_LACTOSE_INTOLERANCE,
  VEGAN_WITH_IBS,
} from './support/readers.mjs';

const PHONE = { width: 320, height: 640 };

const build = servedBuild();

/** Completes the check as `reader` and returns the widget and every sentence of the results. */
async function resultsOf(reader, screenshot) {
  build.widget = await build.open({ viewport: PHONE });
  await build.widget.start();
  await build.widget.complete(reader);
  await build.widget.screenshot(screenshot);
  const sentences = await build.widget.resultSentences();
  assert.deepEqual(adviceProblems(sentences, reader), [], 'every sentence fits the reader');
  return { w: build.widget, sentences };
}

function includesAll(sentences, expected) {
  for (const sentence of expected) assert.ok(sentences.includes(sentence), `missing: “${sentence}”`);
}

function plan(sentences) {
  return sentences.filter((s) => /^(Days \d–\d|All week): /.test(s));
}

describe('a vegan with IBS', () => {
  test('gets low-FODMAP vegan foods, with what was left out and why, each caution once', async () => {
    const { w, sentences } = await resultsOf(VEGAN_WITH_IBS, 'results-vegan-ibs');
    const foods = await w.foods();
    for (const food of ['Coconut yogurt with live cultures', 'Garlic-infused oil', 'Green tops of spring onions', 'Firm, less ripe bananas', 'Porridge oats', 'Low-FODMAP fruits', 'Low-FODMAP vegetables']) {
      assert.ok(foods.includes(food), `${food} is offered`);
    }
    for (const food of ['Yogurt with live cultures', 'Plant-based yogurt with live cultures', 'Kefir', 'Water kefir', 'Kimchi', 'Vegan kimchi', 'Garlic', 'Onions', 'Bananas', 'Whole grains']) {
      assert.ok(!foods.includes(food), `${food} is not offered`);
    }
    includesAll(sentences, [
      'Adjusted for your vegan diet and IBS or FODMAP sensitivity.',
      'Left out for you: kefir and kimchi (see why below).',
      'Left out for you: kefir, as the vegan kind, water kefir, has not been tested for FODMAPs.',
      'Left out for you: kimchi, usually made with garlic and onion.',
      'First step: Add one tablespoon (about 20 g) of sauerkraut to a salad or a rice dish twice this week.',
      'Caution: Buy it ready-made, or keep home-made garlic oil in the fridge and use it within 4 days, as garlic kept in oil can grow the bacteria that cause botulism.',
      'Caution: With IBS, more fiber is not always better: add one food at a time, and cut back again if your symptoms get worse.',
      // NICE CG61: oats for wind and bloating, not brown rice.
      'Why this version: Oats are low in FODMAPs at about half a cup, and NICE suggests oats for wind and bloating in IBS; it suggests that limiting high-fiber grains such as brown rice or bran may help.',
      'For example: blueberries or cantaloupe melon.',
    ]);
    assert.ok(!sentences.some((s) => /\bgrapes?\b/i.test(s) && !/^Why this version/.test(s)), 'no grapes for IBS');
    assert.ok(!sentences.some((s) => /add fiber slowly/i.test(s)), 'no "add fiber slowly" for IBS');
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with coconut yogurt with live cultures.',
      'Days 3–4: add porridge oats, and keep the first change going; with IBS, more fiber is not always better: add one food at a time, and cut back again if your symptoms get worse.',
      'Days 5–7: add firm, less ripe bananas, and keep the others going.',
      'All week: drink water through the day.',
    ]);
  });
});

describe('a pregnant coeliac vegetarian with lactose intolerance', () => {
  test('gets pasteurised ferments, small first servings, gluten-free grains and the label check', async () => {
    const { w, sentences } = await resultsOf(
      PREGNANT_COELIAC_VEGETARIAN_WITH_LACTOSE_INTOLERANCE,
      'results-pregnant-coeliac-vegetarian-lactose',
    );
    const foods = await w.foods();
    for (const food of ['Kefir, a few sips at first', 'Live yogurt, a few spoonfuls at first', 'Pasteurised sauerkraut', 'Pasteurised vegan kimchi', 'Gluten-free whole grains']) {
      assert.ok(foods.includes(food), `${food} is offered`);
    }
    includesAll(sentences, [
      'Adjusted for your vegetarian diet, lactose intolerance, coeliac disease or gluten sensitivity and pregnancy.',
      'Not yet tested for coeliac disease?',
      'See a doctor before you cut out gluten: the test only works while you still eat it.',
      'For example: plain milk kefir made from pasteurised milk (check the label) or lactose-free kefir, pasteurised (check the label).',
      'First step: Start with a few sips (about 50 ml) of plain kefir made from pasteurised milk (check the label) every other day, and build up to a small glass if it sits well.',
      "For example: plain live yogurt made from pasteurised milk (check the label) or lactose-free yogurt labelled 'live cultures', pasteurised (check the label).",
      'For example: kimchi labelled vegan and pasteurised, in a tin or jar from the shelf.',
      'Caution: Check the label, as most kimchi is made with fish sauce or shrimp.',
      'Caution for pasteurised vegan kimchi: check the label for gluten: some kimchi is made with wheat flour paste, soy sauce or gochujang, which can contain wheat or barley.',
      'For example: oats labelled gluten-free, brown rice, quinoa or buckwheat labelled gluten-free.',
      'Caution: Choose buckwheat and oats labelled gluten-free, as unlabelled ones are often contaminated with gluten; a few people with coeliac disease react even to oats labelled gluten-free, so ask your doctor or dietitian before you try them.',
    ]);
    const unpasteurised = sentences.filter((s) => /unpasteurised/i.test(s) && !/^Why this version:/.test(s));
    assert.deepEqual(unpasteurised, [], 'only pasteurised versions are offered');
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with gluten-free whole grains; choose buckwheat and oats labelled gluten-free, as unlabelled ones are often contaminated with gluten; a few people with coeliac disease react even to oats labelled gluten-free, so ask your doctor or dietitian before you try them.',
      'Days 3–4: add kefir, a few sips at first, and keep the first change going.',
      'Days 5–7: add garlic, and keep the others going.',
      'All week: drink water through the day.',
    ]);
  });
});

describe('someone with histamine intolerance who must limit salt', () => {
  test('has every ferment left out in one line, no salt caution, and a plan of fresh foods', async () => {
    const { w, sentences } = await resultsOf(HISTAMINE_INTOLERANT_ON_LESS_SALT, 'results-histamine-salt');
    const foods = await w.foods();
    for (const food of ['Yogurt with live cultures', 'Kefir', 'Sauerkraut', 'Kimchi']) {
      assert.ok(!foods.includes(food), `${food} is not offered`);
    }
    const leftOut = sentences.filter((s) => s.startsWith('Left out'));
    assert.deepEqual(leftOut, [
      'Left out because of your histamine intolerance: bananas, yogurt with live cultures, kefir, sauerkraut and kimchi (see why below).',
      'Left out for you: bananas, as bananas, ripe ones most, are among the foods histamine lists advise against.',
      'Left out for you: yogurt with live cultures, kefir, sauerkraut and kimchi, as fermented foods are high in histamine.',
    ]);
    // No salt caution, as every salty food is out; one caution, on fresh food, said once.
    assert.deepEqual(sentences.filter((s) => s.startsWith('Caution')), [
      'Caution: Eat fruit, vegetables and grains fresh or freshly cooked rather than as leftovers, as histamine builds up in cooked food as it is kept.',
    ]);
    includesAll(sentences, [
      'Adjusted for your histamine intolerance and limit on salt.',
      'Hydration: 100, most attention needed; your first week has a step for it.',
      // Told to leave fermented foods out, they are not scored down for not eating them.
      'Probiotic & prebiotic foods: 75, most attention needed; start with garlic.',
    ]);
    assert.ok(!sentences.some((s) => /Wastyk/.test(s)), 'no research on foods left out');
    assert.match(await w.food('Vegetables'), /For example: leafy greens such as kale, carrots, broccoli or beans and lentils\./);
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with garlic.',
      'Days 3–4: add whole grains, and keep the first change going; eat fruit, vegetables and grains fresh or freshly cooked rather than as leftovers, as histamine builds up in cooked food as it is kept.',
      'Days 5–7: add onions, and keep the others going.',
      'All week: drink water through the day.',
      'All week: cut back on processed foods.',
    ]);
  });
});

describe('a pregnant reader with lactose intolerance', () => {
  test('is told what was adjusted, gets pasteurised kefir in sips, and no raw-milk promise', async () => {
    const { sentences } = await resultsOf(PREGNANT_WITH_LACTOSE_INTOLERANCE, 'results-pregnant-lactose');
    includesAll(sentences, [
      'Adjusted for your lactose intolerance and pregnancy.',
      'Probiotic & prebiotic foods: 88, most attention needed; start with kefir, a few sips at first.',
      'First step: Start with a few sips (about 50 ml) of plain kefir made from pasteurised milk (check the label) every other day, and build up to a small glass if it sits well.',
      'This check links dry skin with nutrient absorption (your score: 33), though the evidence for that link is limited.',
    ]);
    // Every dairy ferment offered says to check the label for "pasteurised"; none promises it.
    const dairy = sentences.filter((s) => /^(For example|First step):.*\b(kefir|yogurt)\b/.test(s) && /milk/.test(s));
    assert.ok(dairy.length >= 3, `${dairy}`);
    for (const sentence of dairy) assert.match(sentence, /pasteurised milk \(check the label\)/, sentence);
    assert.deepEqual(sentences.filter((s) => /shop-bought|from the shop/.test(s)), [], 'no "from the shop means pasteurised"');
    assert.deepEqual(sentences.filter((s) => /breastfeed/i.test(s)), [], 'nothing about breastfeeding, which they did not say');
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with kefir, a few sips at first.',
      'Days 3–4: add garlic, and keep the first change going.',
      'Days 5–7: add whole grains, and keep the others going.',
    ]);
  });
});

describe('a vegan with coeliac disease and IBS', () => {
  test('gets gluten-free, low-FODMAP, vegan foods, with what was left out said in the summary', async () => {
    const { w, sentences } = await resultsOf(COELIAC_VEGAN_WITH_IBS, 'results-coeliac-vegan-ibs');
    includesAll(sentences, [
      'Adjusted for your vegan diet, coeliac disease or gluten sensitivity and IBS or FODMAP sensitivity.',
      'Left out because of your vegan diet and IBS or FODMAP sensitivity: kefir and kimchi (see why below).',
      'Fiber: 86, most attention needed; start with porridge oats labelled gluten-free.',
      'Caution: A few people with coeliac disease react even to oats labelled gluten-free, so ask your doctor or dietitian before you add them.',
      'Research links acne with inflammation (your score: 25) and microbiome balance (your score: 44).',
    ]);
    const foods = await w.foods();
    for (const food of ['Kefir', 'Water kefir', 'Kimchi', 'Vegan kimchi', 'Whole grains', 'Garlic', 'Onions']) {
      assert.ok(!foods.includes(food), `${food} is not offered`);
    }
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with porridge oats labelled gluten-free; a few people with coeliac disease react even to oats labelled gluten-free, so ask your doctor or dietitian before you add them; with IBS, more fiber is not always better: add one food at a time, and cut back again if your symptoms get worse.',
      'Days 3–4: add coconut yogurt with live cultures, and keep the first change going.',
      'Days 5–7: add low-FODMAP vegetables, and keep the others going.',
    ]);
  });
});

describe('someone with black stools and psoriasis that bothers them very much', () => {
  test('hears the urgent card first, then the skin line and where to get help with it', async () => {
    const { w, sentences } = await resultsOf(BLACK_STOOLS_AND_PSORIASIS, 'results-black-stools-psoriasis');
    const card = await w.doctorCard().innerText();
    const lines = card.split('\n').map((line) => line.trim()).filter(Boolean);
    assert.deepEqual(lines.slice(0, 4), [
      'Please get medical help today',
      CONTENT.interface.doctor_today,
      'You told us about:',
      'blood in your stools or vomit, black stools, or vomit like coffee grounds',
    ]);
    const cardBox = await w.doctorCard().boundingBox();
    const results = await w.scope.getByRole('heading', { name: 'Your results', exact: true }).boundingBox();
    assert.ok(cardBox.y + cardBox.height <= results.y, 'the card comes before the results');
    includesAll(sentences, [
      'You said your skin bothered you quite a lot or very much in the last 7 days: a doctor, pharmacist or dermatologist can help, with food changes alongside treatment, never instead of it.',
      'Research links psoriasis with inflammation (your score: 25).',
      // No food is aimed at inflammation, so none is said to be "already eaten" for it.
      'Inflammation: 25, little attention needed; none of the foods to start with is aimed at it.',
    ]);
    // They eat from every list as often as asked: nothing to start, and no plan that says otherwise.
    assert.deepEqual(plan(sentences), []);
  });
});

/** Where a piece of the results starts on the page, in px. */
async function topOf(w, locator) {
  const box = await locator.first().boundingBox();
  return box.y + (await w.page.evaluate(() => scrollY));
}

/** The gentle notes sit with the "not a diagnosis" line, before the scores. */
async function assertNotesBeforeTheScores(w, notes) {
  const disclaimer = await topOf(w, w.scope.getByText(/^Not a diagnosis/));
  const chart = await topOf(w, w.region(w.say('chart_title')));
  for (const note of notes) {
    const at = await topOf(w, w.scope.getByText(note));
    assert.ok(disclaimer < at && at < chart, `“${note}” sits with the disclaimer (${disclaimer} < ${at} < ${chart})`);
  }
}

describe('a woman of 55 who has felt bloated every day', () => {
  test('is told, with the disclaimer and before any food idea, to see a doctor soon', async () => {
    const { w, sentences } = await resultsOf(BLOATED_EVERY_DAY_AT_55, 'results-bloated-55');
    // She answered that her symptoms did not start after 50: no doctor card, but both notes.
    assert.equal(await w.doctorCard().count(), 0);
    const notes = [
      'You said some gut symptoms came on most days last week: see a doctor if they go on for 3 weeks or more, or loose stools for more than 7 days; a pharmacist can advise you meanwhile.',
      'For women aged 50 or over, feeling bloated on most days is worth seeing a doctor about soon, even if it began before 50.',
    ];
    includesAll(sentences, notes);
    await assertNotesBeforeTheScores(w, notes);
    // The question she answered asks in words she would say yes to if it had begun after 50.
    assert.match(CONTENT.questions.find((q) => q.id === 'warn_after_50').text, /bloating, tummy pain or a change in your poo/);
  });
});

describe('someone who has vomited blood', () => {
  test('gets the urgent card first, with the emergency numbers, then the rest', async () => {
    const { w, sentences } = await resultsOf(VOMITED_BLOOD, 'results-vomited-blood');
    const lines = (await w.doctorCard().innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(lines.slice(0, 4), [
      'Please get medical help today',
      'Get an urgent appointment with a doctor, or urgent medical help, today. If you are vomiting blood, bleeding heavily or feel very unwell, call an emergency number now (999 or 112 in the UK, 112 in the EU, 911 in North America).',
      'You told us about:',
      'blood in your stools or vomit, black stools, or vomit like coffee grounds',
    ]);
    const card = await topOf(w, w.doctorCard());
    assert.ok(card < (await topOf(w, w.results())), 'the card comes before the results');
    assert.ok(!sentences.some((s) => /vomit/i.test(s)), 'the results themselves do not repeat the card');
  });
});

describe('a vegan allergic to soya and sesame', () => {
  test('is offered nothing with soya or sesame: not soy yogurt, not tofu, not sesame seeds', async () => {
    const { w, sentences } = await resultsOf(VEGAN_ALLERGIC_TO_SOYA_AND_SESAME, 'results-vegan-soya-sesame');
    includesAll(sentences, [
      'Adjusted for your vegan diet, soya allergy and sesame allergy.',
      "For example: coconut yogurt labelled 'live cultures', with added calcium.",
      'Caution for vegan kimchi: check the label for soya, as some kimchi is made with soy sauce or miso.',
      'Caution for vegan kimchi: check the label for sesame, as some kimchi is made or served with sesame seeds or oil.',
    ]);
    const foods = await w.foods();
    assert.ok(foods.includes('Coconut yogurt with live cultures'));
    assert.ok(!foods.includes('Plant-based yogurt with live cultures'), 'no soy or coconut yogurt: coconut only');
    // The week's plants: nothing with soya or sesame, and the hint says to skip allergens.
    await w.scope.getByRole('button', { name: w.say('week_start') }).click();
    await w.scope.locator('.gsc-week-plants').waitFor();
    const plants = await w.scope.locator('.gsc-week-plants').innerText();
    for (const name of ['Tofu or edamame', 'Sesame seeds']) assert.ok(!plants.includes(name), `${name} is not offered`);
    assert.ok(plants.includes('Chickpeas') && plants.includes('Pumpkin seeds'), 'the rest of the groups are');
    assert.match(plants, /skip anything you are allergic to/);
    // Each day repeats its step, so each step is read once.
    const days = (await w.scope.locator('.gsc-week-days').innerText()).split('\n').filter((l) => /[.]$/.test(l));
    assert.deepEqual(adviceProblems([...new Set(days)], VEGAN_ALLERGIC_TO_SOYA_AND_SESAME), []);
  });
});

describe('someone allergic to milk who is also lactose intolerant', () => {
  test('gets no dairy at all, not even lactose-free, and plant-based ferments instead', async () => {
    const { w, sentences } = await resultsOf(MILK_ALLERGY_AND_LACTOSE_INTOLERANCE, 'results-milk-allergy-lactose');
    includesAll(sentences, [
      'Adjusted for your lactose intolerance and milk allergy.',
      'First step: Start with a small glass (about 100 ml) of water kefir every other day.',
      'First step: Have a small pot of plant-based live yogurt, with added calcium, at breakfast on three days this week.',
    ]);
    const foods = await w.foods();
    for (const food of ['Water kefir', 'Plant-based yogurt with live cultures']) assert.ok(foods.includes(food), `${food} is offered`);
    for (const food of ['Kefir', 'Kefir, a few sips at first', 'Lactose-free kefir', 'Yogurt with live cultures', 'Live yogurt, a few spoonfuls at first', 'Lactose-free live yogurt']) {
      assert.ok(!foods.includes(food), `${food} is not offered`);
    }
    const dairy = sentences.filter((s) => /lactose-free|\bmilk\b|dairy/i.test(s) && !/^(Why this version|Adjusted for)/.test(s));
    assert.deepEqual(dairy, [], 'no dairy named, even lactose-free');
  });
});

describe('someone of 65 or over whose bowel habits changed four weeks ago', () => {
  test('is asked to see a doctor soon, where under 60 it would be an ordinary appointment', async () => {
    const { w } = await resultsOf(BOWEL_CHANGE_AT_65, 'results-bowel-change-65');
    const lines = (await w.doctorCard().innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(lines.slice(0, 4), [
      CONTENT.interface.doctor_title_soon,
      CONTENT.interface.doctor_soon,
      'You told us about:',
      'a change in your bowel habits that has lasted 3 weeks or more',
    ]);
    await w.close();
    build.widget = undefined;
    const { w: younger } = await resultsOf({ ...BOWEL_CHANGE_AT_65, age: '50_59' }, 'results-bowel-change-55');
    const title = (await younger.doctorCard().innerText()).split('\n')[0].trim();
    assert.equal(title, CONTENT.interface.doctor_title_gp);
  });
});
