// Where sources disagree: every claim, each with its own citations. Nothing is silently resolved.
import type { AnswerSection } from './answer-model.ts';
import { citeRef } from './cite.ts';
import type { Conflict, StoryPack } from './story-pack.ts';

export function conflictSections(pack: StoryPack, relevant: (conflict: Conflict) => boolean): AnswerSection[] {
  return pack.facts.conflicts.filter(relevant).map((conflict) => ({
    heading: `Sources differ: ${conflict.topic}`,
    lines: conflict.claims.map((claim) => ({
      text: claim.claim,
      citations: claim.citations.map((c) => citeRef(pack, c)),
      tags: ['conflict'],
    })),
  }));
}
