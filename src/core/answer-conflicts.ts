// Where sources disagree: every claim, each with its own citations. Nothing is silently resolved.
import type { DraftSection } from './answer-draft.ts';
import { citeRef } from './cite.ts';
import type { Conflict, StoryPack } from './story-pack.ts';

export function conflictSections(pack: StoryPack, relevant: (conflict: Conflict) => boolean): DraftSection[] {
  return pack.facts.conflicts.filter(relevant).map((conflict) => ({
    heading: `Sources differ: ${conflict.topic}`,
    conflict: { id: conflict.id, topic: conflict.topic },
    lines: conflict.claims.map((claim) => ({
      kind: 'claim' as const,
      parts: [{ type: 'text' as const, text: claim.claim }],
      ref: { type: 'conflict' as const, id: conflict.id },
      provenance: conflict.provenance ?? ('reviewed' as const),
      citations: claim.citations.map((c) => citeRef(pack, c)),
    })),
  }));
}
