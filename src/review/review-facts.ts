// The facts an editor reviews: what each says in one line, the quote and source behind it, and the fields a correction
// may change, filled in with what the fact says now. Read from the pack; shared by chat and terminal review.
import type { DraftCitation } from '../core/answer-draft.ts';
import type { AnswerAction } from '../core/answer-model.ts';
import { citeRef } from '../core/cite.ts';
import type { StoryPack } from '../core/story-pack.ts';

export type FactKind = 'person' | 'event' | 'conflict';
export type CorrectionField = Extract<AnswerAction, { type: 'correct' }>['fields'][number];

export interface ReviewFact {
  readonly id: string;
  readonly kind: FactKind;
  /** One plain line: "Ann Example — Mayor", "2 Sep 2025 — Talks held". */
  readonly says: string;
  readonly citation: DraftCitation | undefined;
  readonly fields: readonly CorrectionField[];
}

/** Facts read from the text that no editor has decided yet, in fact-sheet order: people, events, conflicts. */
export function factsAwaitingReview(pack: StoryPack): ReviewFact[] {
  const ids = new Set(pack.extraction?.unreviewed ?? []);
  return allFacts(pack).filter((f) => ids.has(f.id));
}

/** Any fact of the pack by id (reviewed or not): what a decision is recorded against. */
export function findFact(pack: StoryPack, id: string): ReviewFact | undefined {
  return allFacts(pack).find((f) => f.id === id);
}

function allFacts(pack: StoryPack): ReviewFact[] {
  const { people, timeline, conflicts } = pack.facts;
  const first = (refs: readonly { article: string; quote: string }[]) => (refs[0] ? citeRef(pack, refs[0]) : undefined);
  return [
    ...people.map((p): ReviewFact => {
      const role = p.roles[0]?.role ?? '';
      return {
        id: p.id,
        kind: 'person',
        says: [p.name, p.roles.map((r) => r.role).join('; ')].filter(Boolean).join(' — '),
        citation: first(p.roles[0]?.citations ?? []),
        fields: [
          { name: 'name', label: 'Name', value: p.name },
          { name: 'role', label: 'Role', value: role },
        ],
      };
    }),
    ...timeline.map((e): ReviewFact => ({
      id: e.id,
      kind: 'event',
      says: `${e.date} — ${e.title}`,
      citation: first(e.sources),
      fields: [
        { name: 'date', label: 'Date (YYYY, YYYY-MM or YYYY-MM-DD)', value: e.date },
        { name: 'title', label: 'Wording', value: e.title },
      ],
    })),
    ...conflicts.map((c): ReviewFact => ({
      id: c.id,
      kind: 'conflict',
      says: `Sources disagree: ${c.topic}`,
      citation: first(c.claims[0]?.citations ?? []),
      fields: [],
    })),
  ];
}
