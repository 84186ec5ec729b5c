// The answers review in chat produces, for the renderer contract: the queue (with Confirm / Hide / Correct… and the
// way to the next fact), the decision log, a correction post, and a story update marked corrected — each also with
// text built to break renderers (mentions, markup, very long wording).
import type { Answer } from '../../src/core/answer-model.ts';
import { answerStoryChanges } from '../../src/core/answer-story-changes.ts';
import { storyChangesOf } from '../../src/core/story-changes.ts';
import { answerCorrection, markCorrected } from '../../src/review/answer-correction.ts';
import { answerReviewLog, answerReviewQueue } from '../../src/review/answer-review.ts';
import type { AuditEntry } from '../../src/store/audit-log.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const HOSTILE = '<!channel> @everyone *bold* `code` <https://evil.example|click> ';

const entry = (n: number, action: AuditEntry['action'], text: string): AuditEntry => ({
  decisionId: `d${n}`,
  factId: `fact-${n}`,
  action,
  editor: n % 2 ? 'U0EDITOR' : '<@U0OTHER>',
  platform: n % 2 ? 'slack' : 'discord',
  channelId: 'C1',
  before: text,
  after: action === 'hide' ? null : `${text} (corrected)`,
  decidedAt: `2026-03-20T1${n % 10}:00:00.000Z`,
});

export function reviewAnswers(): { name: string; answer: Answer }[] {
  const pack = bundledPack();
  const update = answerStoryChanges(
    pack,
    storyChangesOf(pack.facts, new Set(pack.facts.people.slice(0, 3).map((p) => `person:${p.id}`))),
  );
  const marks = pack.facts.people
    .slice(0, 2)
    .map((p, i) => ({ ...entry(i, i ? 'hide' : 'correct', HOSTILE), factId: p.id }));
  const long = HOSTILE.repeat(40);
  return [
    { name: 'review queue', answer: answerReviewQueue(pack, 1) },
    { name: 'review queue after a decision, last page', answer: answerReviewQueue(pack, 99, `Hidden “${HOSTILE}”.`) },
    {
      name: 'review log',
      answer: answerReviewLog([1, 2, 3].map((n) => entry(n, n === 2 ? 'hide' : 'correct', HOSTILE))),
    },
    {
      name: 'review log, long',
      answer: answerReviewLog(Array.from({ length: 20 }, (_, n) => entry(n, 'correct', long))),
    },
    {
      name: 'a correction',
      answer: answerCorrection(
        entry(1, 'correct', long),
        [{ kind: 'update', postedAt: '2026-03-20T10:02:00Z' }],
        'UTC',
      ),
    },
    {
      name: 'a withdrawal',
      answer: answerCorrection(
        entry(2, 'hide', HOSTILE),
        [
          { kind: 'brief', postedAt: '2026-03-20T10:02:00Z' },
          { kind: 'update', postedAt: '2026-03-21T10:02:00Z' },
        ],
        'Europe/Berlin',
      ),
    },
    { name: 'an update marked corrected', answer: markCorrected(update, marks) },
  ];
}
