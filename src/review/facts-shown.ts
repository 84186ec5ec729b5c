// Which facts a post showed: the people, events and conflicts its lines and conflict sections refer to. Recorded with
// every channel post, so a later decision on one of them finds each channel that got it.
import type { Answer } from '../core/answer-model.ts';

export function factIdsShown(answer: Answer): string[] {
  const ids = new Set<string>();
  for (const section of answer.sections) {
    if (section.conflict) ids.add(section.conflict.id);
    for (const line of section.lines) {
      if (line.ref && line.ref.type !== 'article') ids.add(line.ref.id);
    }
  }
  return [...ids];
}
