// Readers whose restrictions meet, end to end on a 320 × 640 phone: every sentence of their
// results is read against what they told the check, the advice that matters most to each is
// looked for by its exact words, and nothing contradicts it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { servedBuild } from './support/build.mjs';
import { adviceProblems } from './support/advice.mjs';
import {
  BLACK_STOOLS_AND_PSORIASIS,
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
    for (const food of ['Coconut yogurt with live cultures', 'Garlic-infused oil', 'Green tops of spring onions', 'Firm, less ripe bananas', 'Low-FODMAP fruits', 'Low-FODMAP vegetables']) {
      assert.ok(foods.includes(food), `${food} is offered`);
    }
    for (const food of ['Yogurt with live cultures', 'Plant-based yogurt with live cultures', 'Kefir', 'Water kefir', 'Kimchi', 'Vegan kimchi', 'Garlic', 'Onions', 'Bananas']) {
      assert.ok(!foods.includes(food), `${food} is not offered`);
    }
    includesAll(sentences, [
      'Left out for you: kefir, as the vegan kind, water kefir, has not been tested for FODMAPs.',
      'Left out for you: kimchi, usually made with garlic and onion.',
      'First step: Add one tablespoon (about 20 g) of sauerkraut to a salad or a rice dish twice this week.',
      'Caution: Buy it ready-made, or keep home-made garlic oil in the fridge and use it within 4 days, as garlic kept in oil can grow the bacteria that cause botulism.',
      'Caution: Add fiber slowly, with water: a sudden increase can make IBS symptoms worse.',
    ]);
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with sauerkraut, a tablespoon at a time.',
      'Days 3–4: add firm, less ripe bananas, and keep the first change going.',
      'Days 5–7: add whole grains that are gentle on IBS, and keep the others going; add fiber slowly, with water: a sudden increase can make IBS symptoms worse.',
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
      'For example: plain milk kefir made from pasteurised milk (check the label) or lactose-free kefir.',
      'First step: Start with a few sips (about 50 ml) of plain kefir made from pasteurised milk (check the label) every other day, and build up to a small glass if it sits well.',
      "For example: plain live yogurt made from pasteurised milk (check the label) or lactose-free yogurt labelled 'live cultures'.",
      'For example: kimchi labelled vegan and pasteurised, in a tin or jar from the shelf.',
      'Caution: Check the label, as most kimchi is made with fish sauce or shrimp.',
      'Caution for pasteurised vegan kimchi: check the label for gluten, as kimchi is often made with gochujang or soy sauce, which can contain wheat or barley.',
      'For example: oats labelled gluten-free, brown rice, quinoa or buckwheat.',
      'Caution: Choose buckwheat and oats labelled gluten-free, as unlabelled ones are often contaminated with gluten; a few people with coeliac disease react even to oats labelled gluten-free, so ask your GP or dietitian first.',
    ]);
    const unpasteurised = sentences.filter((s) => /unpasteurised/i.test(s) && !/^Why this version:/.test(s));
    assert.deepEqual(unpasteurised, [], 'only pasteurised versions are offered');
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with vegetables.',
      'Days 3–4: add kefir, a few sips at first, and keep the first change going.',
      'Days 5–7: add bananas, and keep the others going.',
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
    ]);
    assert.ok(!sentences.some((s) => /Wastyk/.test(s)), 'no research on foods left out');
    assert.match(await w.food('Vegetables'), /For example: leafy greens such as kale, carrots, broccoli or beans and lentils\./);
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with onions.',
      'Days 3–4: add whole grains, and keep the first change going; eat fruit, vegetables and grains fresh or freshly cooked rather than as leftovers, as histamine builds up in cooked food as it is kept.',
      'Days 5–7: add garlic, and keep the others going.',
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
      'Some early research links dry skin with nutrient absorption (your score: 31, little attention needed).',
    ]);
    // Every dairy ferment offered says to check the label for "pasteurised"; none promises it.
    const dairy = sentences.filter((s) => /^(For example|First step):.*\b(kefir|yogurt)\b/.test(s) && /milk/.test(s));
    assert.ok(dairy.length >= 3, `${dairy}`);
    for (const sentence of dairy) assert.match(sentence, /pasteurised milk \(check the label\)/, sentence);
    assert.deepEqual(sentences.filter((s) => /shop-bought|from the shop/.test(s)), [], 'no "from the shop means pasteurised"');
    assert.deepEqual(sentences.filter((s) => /breastfeed/i.test(s)), [], 'nothing about breastfeeding, which they did not say');
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with kefir, a few sips at first.',
      'Days 3–4: add onions, and keep the first change going.',
      'Days 5–7: add vegetables, and keep the others going.',
    ]);
  });
});

describe('a vegan with coeliac disease and IBS', () => {
  test('gets gluten-free, low-FODMAP, vegan foods, with what was left out said in the summary', async () => {
    const { w, sentences } = await resultsOf(COELIAC_VEGAN_WITH_IBS, 'results-coeliac-vegan-ibs');
    includesAll(sentences, [
      'Adjusted for your vegan diet, coeliac disease or gluten sensitivity and IBS or FODMAP sensitivity.',
      'Left out because of your vegan diet and IBS or FODMAP sensitivity: kefir and kimchi (see why below).',
      'Fiber: 91, most attention needed; start with low-FODMAP vegetables.',
      'Caution: Choose buckwheat and oats labelled gluten-free, as unlabelled ones are often contaminated with gluten; a few people with coeliac disease react even to oats labelled gluten-free, so ask your GP or dietitian first.',
      'Research links acne with inflammation (your score: 24, little attention needed) and microbiome balance (your score: 47, some attention needed).',
    ]);
    const foods = await w.foods();
    for (const food of ['Kefir', 'Water kefir', 'Kimchi', 'Vegan kimchi', 'Whole grains', 'Garlic', 'Onions']) {
      assert.ok(!foods.includes(food), `${food} is not offered`);
    }
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with low-FODMAP vegetables; add fiber slowly, with water: a sudden increase can make IBS symptoms worse.',
      'Days 3–4: add sauerkraut, a tablespoon at a time, and keep the first change going.',
      'Days 5–7: add gluten-free whole grains that are gentle on IBS, and keep the others going; choose buckwheat and oats labelled gluten-free, as unlabelled ones are often contaminated with gluten; a few people with coeliac disease react even to oats labelled gluten-free, so ask your GP or dietitian first.',
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
      'Get an urgent appointment with a doctor, or urgent medical help, today; if the bleeding is heavy or will not stop, call an emergency number now.',
      'You told us about:',
      'blood in your stools, or black stools',
    ]);
    const cardBox = await w.doctorCard().boundingBox();
    const results = await w.scope.getByRole('heading', { name: 'Your results', exact: true }).boundingBox();
    assert.ok(cardBox.y + cardBox.height <= results.y, 'the card comes before the results');
    includesAll(sentences, [
      'You said your skin bothered you a lot this week: a GP, pharmacist or dermatologist can help, with food changes alongside treatment, never instead of it.',
      'Research links psoriasis with inflammation (your score: 35, some attention needed).',
      'Inflammation: 35, some attention needed; you already eat the foods that may help it.',
    ]);
    // They eat from every list as often as asked: nothing to start, and no plan that says otherwise.
    assert.deepEqual(plan(sentences), []);
  });
});
