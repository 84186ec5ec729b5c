// Placeholder until `ask` lands (issue "/summit ask"): says plainly that it cannot answer yet, never guesses.
import type { Answer } from '../answer-model.ts';
import type { StoryPack } from '../story-pack.ts';

export function answerAsk(_pack: StoryPack, question: string): Answer {
  return {
    status: 'not-found',
    title: `The sources don’t say: “${question}”`,
    summary: 'Free questions are not available yet. Try `who`, `timeline` or `sources`.',
    sections: [],
  };
}
