// Three readers whose restrictions meet, end to end: every sentence of their results is read
// against what they told the check, and the advice that matters most to each is looked for by
// its exact words.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { servedBuild } from './support/build.mjs';
import { adviceProblems } from './support/advice.mjs';
import {
  HISTAMINE_INTOLERANT_ON_LESS_SALT,
  PREGNANT_COELIAC_VEGETARIAN_WITH_LACTOSE_INTOLERANCE,
  VEGAN_WITH_IBS,
} from './support/readers.mjs';

const build = servedBuild();

/** Completes the check as `reader` and returns the widget and every sentence of the results. */
async function resultsOf(reader, screenshot) {
  build.widget = await build.open();
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
      'Caution: Add fiber slowly, a little at a time, and drink water with it, as adding it quickly can make IBS symptoms worse.',
    ]);
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with sauerkraut, a tablespoon at a time.',
      'Days 3–4: add firm, less ripe bananas, and keep the first change going.',
      'Days 5–7: add whole grains that are gentle on IBS, and keep the others going; add fiber slowly, a little at a time, and drink water with it, as adding it quickly can make IBS symptoms worse.',
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
      'For example: plain milk kefir from the shop (made from pasteurised milk) or lactose-free kefir.',
      'First step: Start with a few sips (about 50 ml) of shop-bought kefir, made from pasteurised milk, every other day, and build up to a small glass if it sits well.',
      "For example: plain live yogurt from the shop (made from pasteurised milk) or lactose-free yogurt labelled 'live cultures'.",
      'For example: kimchi labelled vegan, in a tin or jar from the shelf, which is pasteurised.',
      'Caution: Check the label, as most kimchi is made with fish sauce or shrimp.',
      'For example: oats labelled gluten-free, brown rice, quinoa or buckwheat.',
      'Caution: If you add oats, choose ones labelled gluten-free and ask your doctor or dietitian first, as a few people with coeliac disease react even to those.',
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
    const leftOut = sentences.filter((s) => s.startsWith('Left out for you'));
    assert.deepEqual(leftOut, [
      'Left out for you: yogurt with live cultures, kefir, sauerkraut and kimchi, as fermented foods are high in histamine.',
    ]);
    assert.deepEqual(sentences.filter((s) => s.startsWith('Caution')), [], 'nothing shown needs a caution');
    assert.ok(!sentences.some((s) => /Wastyk/.test(s)), 'no research on foods left out');
    assert.match(await w.food('Vegetables'), /For example: leafy greens such as kale, carrots, broccoli or beans and lentils\./);
    assert.deepEqual(plan(sentences), [
      'Days 1–2: begin with onions.',
      'Days 3–4: add whole grains, and keep the first change going.',
      'Days 5–7: add garlic, and keep the others going.',
      'All week: drink water through the day.',
      'All week: cut back on processed foods.',
    ]);
  });
});
