// `brief [action]` without a channel (terminal, or the core entry point): previews the brief for a date. Subscribing
// needs a channel, so only the adapters (through src/briefs) can do it; here it is a kind explanation.
import { summitCommand } from '../../../commands/summit.ts';
import { command, say, type DraftAnswer } from '../answer-draft.ts';
import type { StoryPack } from '../story-pack.ts';
import { draftBrief } from './compose-brief.ts';

/** The `brief action:` choices, from the one command definition. */
const BRIEF_ACTIONS: readonly string[] =
  summitCommand.subcommands.find((s) => s.name === 'brief')?.options.find((o) => o.name === 'action')?.choices ?? [];

export function isBriefAction(value: string): boolean {
  return BRIEF_ACTIONS.includes(value);
}

/** Actions on a channel's subscription (everything but `preview`): they need the brief service, not the core. */
export function isChannelBriefAction(action: string | undefined): boolean {
  const chosen = action?.toLowerCase();
  return chosen !== undefined && chosen !== 'preview' && isBriefAction(chosen);
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Preview of a first brief (no previous brief, so every article published by then is new). */
export function answerBriefPreview(pack: StoryPack, date: string): DraftAnswer {
  if (!isIsoDay(date)) {
    return {
      status: 'bad-input',
      title: 'I could not read that date',
      summary: say(`“${date.slice(0, 40)}” is not a day written YYYY-MM-DD, e.g. 2025-09-03.`),
      sections: [],
    };
  }
  return draftBrief(pack, { date, firstSeen: new Map() });
}

export function answerBrief(pack: StoryPack, action: string | undefined, today: string): DraftAnswer {
  const chosen = (action ?? 'preview').toLowerCase();
  if (chosen === 'preview') return answerBriefPreview(pack, today);
  if (isBriefAction(chosen)) {
    return {
      status: 'bad-input',
      title: `brief ${chosen} works in a channel`,
      summary: say(
        'Daily briefs are subscribed per Slack or Discord channel: type ',
        command('brief subscribe 08:00 Europe/Berlin'),
        ' there. Here you can preview one with ',
        command('brief'),
        ' (or summit brief --date 2025-09-03 in a terminal).',
      ),
      sections: [],
    };
  }
  return {
    status: 'bad-input',
    title: `There is no “brief ${chosen.slice(0, 30)}”`,
    summary: say(
      'Try ',
      command('brief'),
      ' to preview, or in a channel ',
      command('brief subscribe [HH:MM] [time zone]'),
      ', ',
      command('brief unsubscribe'),
      ', ',
      command('brief status'),
      '.',
    ),
    sections: [],
  };
}
