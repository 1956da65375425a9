// A reader who answers whatever the widget asks, so the test does not depend on which questions
// the content holds: as a healthy reader would where that reader has an answer, else the first
// option; and, if asked to, "yes" to the first warning sign, which brings the doctor card.
import { HEALTHY } from '../../browser/support/readers.mjs';

/** Answers every question on screen until the results show; returns the question ids asked. */
export async function answerEverything(w, { yesToFirstWarningSign = false } = {}) {
  const asked = [];
  let warned = !yesToFirstWarningSign;
  for (let step = 0; step < 80 && !(await w.onResults()); step++) {
    const question = await w.currentQuestion();
    const ids = question.options.map((option) => option.id);
    let choice;
    if (question.section === 'warnings' && !warned && ids.includes('yes')) {
      choice = 'yes';
      warned = true;
    } else if ([].concat(HEALTHY[question.id] ?? []).length > 0 && [].concat(HEALTHY[question.id]).every((id) => ids.includes(id))) {
      choice = HEALTHY[question.id];
    } else {
      choice = ids[0];
    }
    asked.push(question.id);
    await w.choose(question.id, choice);
    await w.next();
  }
  if (!(await w.onResults())) throw new Error(`the results never showed after ${asked.join(', ')}`);
  return asked;
}
