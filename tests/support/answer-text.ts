// Command text -> Answer through the core's one entry point, for tests of the core itself (no dispatcher, no cache).
// "Today" is fixed so a brief preview is the same on every run.
import { answer } from '../../src/core/answer.ts';
import type { Answer } from '../../src/core/answer-model.ts';
import { parseCommandText } from '../../src/core/parse-command.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';

export const TEST_TODAY = '2025-09-10';

export function answerText(pack: StoryPack, text: string, today: string = TEST_TODAY): Answer {
  return answer(pack, parseCommandText(text), { today });
}
