// The short post a subscribed channel gets when the story changes: exactly the changes, one line each with the source
// that brought it, and a button per change for the full answer. Not the brief: nothing else is repeated.
import { command, finishAnswer, say, type DraftCitation, type DraftLine } from './answer-draft.ts';
import type { Answer, AnswerAction } from './answer-model.ts';
import { datePart } from './answer-timeline.ts';
import { citeRef } from './cite.ts';
import type { StoryChange } from './story-changes.ts';
import type { Article, StoryPack } from './story-pack.ts';

/** Buttons under the post: Discord allows 5 per row (https://discord.com/developers/docs/components/reference#action-row). */
const MAX_BUTTONS = 5;

export function answerStoryChanges(pack: StoryPack, changes: readonly StoryChange[]): Answer {
  const lines = changes.map((change) => changeLine(pack, change));
  const articles = new Set(lines.flatMap((l) => l.citations.map((c) => c.article.id)));
  const n = changes.length;
  return finishAnswer({
    status: 'answered',
    title: `The story changed: ${n} new ${n === 1 ? 'fact' : 'facts'}`,
    summary: say(
      `From ${articles.size} new ${articles.size === 1 ? 'source' : 'sources'}. The whole story: `,
      command('brief'),
      '.',
    ),
    sections: [{ heading: 'What changed', lines }],
    actions: [...new Map(changes.map((c) => fullAnswerAction(pack, c)).map((a) => [a.command, a])).values()].slice(
      0,
      MAX_BUTTONS,
    ),
  });
}

function changeLine(pack: StoryPack, change: StoryChange): DraftLine {
  switch (change.kind) {
    case 'new-person': {
      const { person } = change;
      const role = person.roles[0];
      return {
        kind: 'role',
        ref: { type: 'person', id: person.id },
        provenance: person.provenance === 'extracted' || role?.provenance === 'extracted' ? 'extracted' : 'reviewed',
        parts: say(
          'New person: ',
          { type: 'person', personId: person.id, name: person.name },
          role ? `, ${role.role}` : '',
        ),
        citations: newest(pack, role?.citations ?? []),
      };
    }
    case 'new-event':
    case 'event-held': {
      const { event } = change;
      const held = change.kind === 'event-held';
      const sources = held ? event.sources.filter((s) => s.status === 'happened') : event.sources;
      const status = event.sources.some((s) => s.status === 'happened') ? 'happened' : 'expected';
      const extracted = event.provenance === 'extracted' || sources.some((s) => s.provenance === 'extracted');
      return {
        kind: 'event',
        ref: { type: 'event', id: event.id },
        status,
        provenance: extracted ? 'extracted' : 'reviewed',
        parts: say(
          held ? 'Now reported held (was expected): ' : `New ${status === 'happened' ? 'event' : 'expected event'}: `,
          datePart(event),
          ` — ${event.title}`,
        ),
        citations: newest(pack, sources),
      };
    }
    case 'new-conflict': {
      const { conflict } = change;
      return {
        kind: 'claim',
        ref: { type: 'conflict', id: conflict.id },
        parts: say(`Sources disagree: ${conflict.topic} (${conflict.claims.length} claims)`),
        citations: conflict.claims.flatMap((c) => c.citations.slice(0, 1).map((ref) => citeRef(pack, ref))),
      };
    }
  }
}

/** The citation from the most recent article: the one that brought the change. */
function newest(pack: StoryPack, refs: readonly { article: string; quote: string }[]): DraftCitation[] {
  const cited = refs.map((ref) => citeRef(pack, ref));
  const latest = (a: Article) => `${a.published}\u0000${a.id}`;
  const best = cited.reduce<DraftCitation | undefined>(
    (top, c) => (!top || latest(c.article) > latest(top.article) ? c : top),
    undefined,
  );
  return best ? [best] : [];
}

type RunAction = Extract<AnswerAction, { type: 'run' }>;

function fullAnswerAction(pack: StoryPack, change: StoryChange): RunAction {
  switch (change.kind) {
    case 'new-person':
      return { type: 'run', label: `Who is ${change.person.name}`, command: `who ${change.person.name}` };
    case 'new-event':
    case 'event-held':
      return { type: 'run', label: `Timeline ${change.event.date}`, command: `timeline ${change.event.date}` };
    case 'new-conflict': {
      // A profile shows the disagreements its person is part of.
      const person = change.conflict.people.map((id) => pack.personById.get(id)).find((p) => p !== undefined);
      return person
        ? { type: 'run', label: `Who is ${person.name}`, command: `who ${person.name}` }
        : { type: 'run', label: 'All sources', command: 'sources' };
    }
  }
}
