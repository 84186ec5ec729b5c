import { describe, expect, it } from 'vitest';
import { decisionCommand, parseReviewArgs } from '../../src/review/review-args.ts';

describe('review arguments', () => {
  it('reads the queue, a page, the log and decisions on several facts', () => {
    expect(parseReviewArgs('')).toEqual({ kind: 'queue', page: 1 });
    expect(parseReviewArgs('3')).toEqual({ kind: 'queue', page: 3 });
    expect(parseReviewArgs('LOG')).toEqual({ kind: 'log' });
    expect(parseReviewArgs('hide a b')).toEqual({
      kind: 'decide',
      decisions: [
        { id: 'a', action: 'hide' },
        { id: 'b', action: 'hide' },
      ],
    });
  });

  it('reads a correction with straight, curly or no quotes, from chat text and from shell arguments alike', () => {
    const want = {
      kind: 'decide',
      decisions: [{ id: 'p1', action: 'correct', set: { role: 'Deputy Mayor', date: '2025-09-03' } }],
    };
    expect(parseReviewArgs('correct p1 role="Deputy Mayor" date=2025-09-03')).toEqual(want);
    expect(parseReviewArgs('correct p1 role=“Deputy Mayor” date=2025-09-03')).toEqual(want);
    expect(parseReviewArgs(['correct', 'p1', 'role=Deputy Mayor', 'date=2025-09-03'])).toEqual(want);
  });

  it('gives back the command a form submits, which reads as the same decision', () => {
    const decision = { id: 'e1', action: 'correct' as const, set: { title: 'Talks "held" at noon' } };
    expect(parseReviewArgs(decisionCommand(decision).replace(/^review /, ''))).toEqual({
      kind: 'decide',
      decisions: [{ ...decision, set: { title: 'Talks ”held” at noon' } }],
    });
  });

  it('refuses an unknown action, a field it cannot correct, and a correction that changes nothing', () => {
    expect(parseReviewArgs('approve x')).toMatchObject({ kind: 'invalid' });
    expect(parseReviewArgs('correct p1 colour=red')).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('role'),
    });
    expect(parseReviewArgs('correct p1')).toMatchObject({ kind: 'invalid' });
  });
});
