// A role as `ask` states it when the fact sheet answers "who is X" or "what post does X hold": the same person part
// and citations `who` shows, so a fact reads the same everywhere.
import { say, type DraftLine } from '../answer-draft.ts';
import { citeRef } from '../cite.ts';
import type { Person, StoryPack } from '../story-pack.ts';

/** A role as `ask` states it: "Masoud Pezeshkian: Iranian President (Iran)". */
export function roleLine(pack: StoryPack, person: Person, role: Person['roles'][number]): DraftLine {
  return {
    kind: 'role',
    ref: { type: 'person', id: person.id },
    parts: say({ type: 'person', personId: person.id, name: person.name }, `: ${role.role} (${person.country})`),
    citations: role.citations.map((c) => citeRef(pack, c)),
  };
}
