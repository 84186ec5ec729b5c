// What a channel is told when a fact it was shown is hidden or corrected: a correction post naming the post it
// corrects ("Correction to the update of 3 Sep, 10:02"), and that post re-rendered with a visible mark on each line an
// editor changed. Pure: the post's own answer and the decisions in, Answers out.
import { finishAnswer, noteLine, say } from '../core/answer-draft.ts';
import type { Answer, AnswerLine } from '../core/answer-model.ts';
import { formatDate } from '../core/dates.ts';
import type { AuditEntry } from '../store/audit-log.ts';
import type { PostKind } from '../store/post-records.ts';

const KIND_NAMES: Record<PostKind, string> = {
  brief: 'brief',
  update: 'update',
  notice: 'notice',
  correction: 'correction',
};

/** "3 Sep, 10:02" in `timezone` (the channel readers' clock: BRIEF_TIMEZONE). */
export function postedLabel(postedAt: string, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(postedAt));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = formatDate(`${get('year')}-${get('month')}-${get('day')}`).replace(/ \d{4}$/, '');
  return `${day}, ${get('hour')}:${get('minute')}`;
}

export function answerCorrection(
  entry: AuditEntry,
  posts: readonly { kind: PostKind; postedAt: string }[],
  timezone: string,
): Answer {
  const [first, ...others] = posts;
  const what = first ? `the ${KIND_NAMES[first.kind]} of ${postedLabel(first.postedAt, timezone)}` : 'an earlier post';
  const more = others.length > 0 ? ` (and ${others.length} later ${others.length === 1 ? 'post' : 'posts'})` : '';
  const lines =
    entry.action === 'hide'
      ? [
          noteLine(`It said: “${entry.before}”.`),
          noteLine('An editor withdrew this: it was read from the text by the machine and does not stand.'),
        ]
      : [noteLine(`It said: “${entry.before}”.`), noteLine(`It should say: “${entry.after ?? ''}”.`)];
  return finishAnswer({
    status: 'answered',
    title: `Correction to ${what}${more}`,
    summary: say(
      entry.action === 'hide'
        ? 'A line of that post was withdrawn by an editor.'
        : 'An editor corrected a line of that post.',
      ' The post itself is marked corrected.',
    ),
    sections: [{ heading: entry.action === 'hide' ? 'Withdrawn' : 'Corrected', lines }],
  });
}

/** The post as first posted, with each line an editor hid or corrected marked, and the title saying so. */
export function markCorrected(answer: Answer, entries: readonly AuditEntry[]): Answer {
  const byFact = new Map(entries.map((e) => [e.factId, e]));
  const mark = (line: AnswerLine): AnswerLine => {
    const entry = line.ref ? byFact.get(line.ref.id) : undefined;
    if (!entry) return line;
    const note = entry.action === 'hide' ? ' [withdrawn by an editor]' : ` [corrected: now “${entry.after ?? ''}”]`;
    return { ...line, parts: [...line.parts, { type: 'text', text: note }] };
  };
  const title = answer.title.startsWith('(corrected) ') ? answer.title : `(corrected) ${answer.title}`;
  return {
    ...answer,
    title,
    sections: answer.sections.map((s) => ({ ...s, lines: s.lines.map(mark) })),
  };
}
