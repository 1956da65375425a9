// Reads every sentence of a reader's results against the restrictions their answers give them,
// with the content's own term lists: advice never names what they rule out (only cautions,
// left-out lines and quotes of the reader's answers may), and no sentence is said twice.
import { CONTENT } from './widget.mjs';

/** Sentences that may name what a restriction rules out, to warn about it or to quote the reader. */
const MAY_NAME = [
  /^Adjusted for your/,
  /^Caution\b/,
  /^Left out for you:/,
  /^Left out because of your/,
  /^You said:/,
  /^Your answers that raised/,
  /^Why this version:/,
];

function words(text) {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function occurrences(haystack, phrase) {
  const found = [];
  for (let at = 0; at + phrase.length <= haystack.length; at++) {
    if (phrase.length && phrase.every((word, i) => haystack[at + i] === word)) found.push(at);
  }
  return found;
}

/** The first term of `restriction` the sentence names outside its allowed phrases, if any. */
function named(restriction, sentence) {
  const text = words(sentence);
  const allowed = new Array(text.length).fill(false);
  for (const phrase of (restriction.allowed ?? []).map(words)) {
    for (const at of occurrences(text, phrase)) allowed.fill(true, at, at + phrase.length);
  }
  return restriction.terms.find((term) => {
    const phrase = words(term);
    return occurrences(text, phrase).some((at) => !allowed.slice(at, at + phrase.length).includes(true));
  });
}

/** The restrictions a reader's answers ({ questionId: option or [options] }) give them. */
export function restrictionsOf(profile) {
  // A restriction holds when any of its conditions does: one condition, or a list of them.
  return CONTENT.restrictions.filter(({ when }) =>
    [].concat(when).some(({ question, any_of }) =>
      [].concat(profile[question] ?? []).some((option) => any_of.includes(option)),
    ),
  );
}

/**
 * Every problem with the sentences a reader was shown: a sentence of advice naming what their
 * restrictions rule out, or a sentence said twice.
 */
export function adviceProblems(sentences, profile) {
  const problems = [];
  const restrictions = restrictionsOf(profile);
  const seen = new Set();
  for (const sentence of sentences) {
    if (seen.has(sentence)) problems.push(`said twice: “${sentence}”`);
    seen.add(sentence);
    if (MAY_NAME.some((pattern) => pattern.test(sentence))) continue;
    for (const restriction of restrictions) {
      const term = named(restriction, sentence);
      if (term) problems.push(`“${sentence}” names “${term}”, which ${restriction.id} rules out`);
    }
  }
  return problems;
}
