// Rendered pages kept with the answer they show. The dispatcher returns the same Answer object for a repeated command
// (its answer cache), so keying on that object makes a repeated command cost a map lookup instead of a render, and
// json-ack.ts then serialises the very same page object once. Weakly held: a page lives only as long as its answer.
import type { Answer } from '../../core/answer-model.ts';
import { answerToBlocks, type PageControls, type SlackPage } from './answer-to-blocks.ts';

// Per answer, a handful of variants (pages, who shared it); beyond that, render without keeping.
const MAX_VARIANTS_PER_ANSWER = 16;
const pagesByAnswer = new WeakMap<Answer, Map<string, SlackPage>>();

/** answerToBlocks(answer, controls), computed once per answer object and controls. */
export function renderedPage(answer: Answer, controls: PageControls): SlackPage {
  const key = `${controls.page}\u0000${controls.command}\u0000${controls.sharedBy ?? ''}\u0000${controls.note ?? ''}`;
  let pages = pagesByAnswer.get(answer);
  const kept = pages?.get(key);
  if (kept) return kept;
  const page = answerToBlocks(answer, controls);
  if (!pages) {
    pages = new Map();
    pagesByAnswer.set(answer, pages);
  }
  if (pages.size < MAX_VARIANTS_PER_ANSWER) pages.set(key, page);
  return page;
}
