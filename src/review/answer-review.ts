// Review answers: one fact awaiting review per page (what it says, its quote and source, Confirm / Hide / Correct and
// the way to the next), and the latest decisions. Pure: pack and decisions in, Answer out.
import { finishAnswer, noteLine, say, type DraftLine } from '../core/answer-draft.ts';
import type { Answer, AnswerAction } from '../core/answer-model.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { AuditEntry } from '../store/audit-log.ts';
import { factsAwaitingReview, type ReviewFact } from './review-facts.ts';

const HEADINGS = { person: 'Person', event: 'Event', conflict: 'Conflict' } as const;
const LINE_KINDS = { person: 'role', event: 'event', conflict: 'claim' } as const;

/** Page `page` (1-based, clamped) of the facts awaiting review; `done` says what the last decision did. */
export function answerReviewQueue(pack: StoryPack, page: number, done?: string): Answer {
  const queue = factsAwaitingReview(pack);
  const lead = done ? `${done} ` : '';
  if (queue.length === 0) {
    return finishAnswer({
      status: 'answered',
      title: 'Nothing to review',
      summary: say(`${lead}Every fact read from the text has been reviewed.`),
      sections: [],
      actions: [{ type: 'review', label: 'Latest decisions', command: 'review log' }],
    });
  }
  const n = Math.min(Math.max(1, Math.trunc(page)), queue.length);
  const fact = queue[n - 1] as ReviewFact;
  const lines: DraftLine[] = [
    {
      kind: LINE_KINDS[fact.kind],
      ref: { type: fact.kind, id: fact.id },
      provenance: 'extracted',
      parts: say(fact.says),
      citations: fact.citation ? [fact.citation] : [],
    },
    ...(fact.citation
      ? [noteLine('The source says: ', { type: 'quote', article: fact.citation.article, text: fact.citation.quote })]
      : []),
    noteLine(`Fact id: ${fact.id}`),
  ];
  const actions: AnswerAction[] = [
    { type: 'review', label: 'Confirm', command: `review confirm ${fact.id}`, style: 'primary' },
    { type: 'review', label: 'Hide', command: `review hide ${fact.id}`, style: 'danger' },
    ...(fact.fields.length > 0
      ? [{ type: 'correct' as const, label: 'Correct…', factId: fact.id, fields: [...fact.fields] }]
      : []),
    ...(n > 1 ? [{ type: 'review' as const, label: '◀ Previous', command: `review ${n - 1}` }] : []),
    ...(n < queue.length ? [{ type: 'review' as const, label: 'Next ▶', command: `review ${n + 1}` }] : []),
  ];
  return finishAnswer({
    status: 'answered',
    title: `Review ${n} of ${queue.length}: read from the text, not yet reviewed`,
    summary: say(`${lead}Confirm it, hide it, or correct it. Channels that got it are told of a hide or correction.`),
    sections: [{ heading: HEADINGS[fact.kind], lines }],
    actions,
  });
}

/** The latest decisions, newest first. */
export function answerReviewLog(entries: readonly AuditEntry[]): Answer {
  if (entries.length === 0) {
    return finishAnswer({
      status: 'answered',
      title: 'No review decisions yet',
      summary: say('Decisions on facts read from the text are listed here once editors make them.'),
      sections: [],
    });
  }
  const lines = entries.map((e) =>
    noteLine(
      `${e.decidedAt.slice(0, 16).replace('T', ' ')} UTC · ${e.action} ${e.factId} by ${e.editor} (${e.platform}): `,
      `“${e.before}”`,
      e.after === null ? ' hidden' : e.after === e.before ? '' : ` → “${e.after}”`,
    ),
  );
  return finishAnswer({
    status: 'answered',
    title: `Latest review decisions (${entries.length})`,
    summary: say('Who decided what about which fact, newest first.'),
    sections: [{ heading: 'Decisions', lines }],
  });
}
