// The core's one entry point: a parsed command in, a neutral Answer out. Knows nothing of Slack, Discord or
// terminals, and reads no clock: the caller says what day it is.
import type { Answer } from './answer-model.ts';
import { finishAnswer, type DraftAnswer } from './answer-draft.ts';
import { answerAsk } from './ask/answer-ask.ts';
import { askIndexOf } from './ask/ask-index.ts';
import { indexOf } from './pack-index.ts';
import { answerHelp } from './answer-help.ts';
import { answerSource, answerSourcesList } from './answer-sources.ts';
import { answerTimeline } from './answer-timeline.ts';
import { answerBrief } from './brief/answer-brief.ts';
import { answerWho, answerWhoList } from './answer-who.ts';
import type { ParseResult, SummitCommand } from './parse-command.ts';
import type { StoryPack } from './story-pack.ts';

export interface AnswerContext {
  /** The asker's calendar day, YYYY-MM-DD: what a brief preview is composed for. */
  readonly today: string;
}

/**
 * Builds the indexes answers read (the name index, ask's sentence index and its tagger) for a pack about to serve.
 * Answers build them on first use anyway; calling this first keeps that cost out of a user's first command.
 */
export function prepareAnswers(pack: StoryPack): void {
  askIndexOf(pack);
  indexOf(pack);
}

/** A parse result to an Answer: a refused parse becomes a kind bad-input answer (the help, for an unknown command). */
export function answer(pack: StoryPack, parsed: ParseResult, context: AnswerContext): Answer {
  return finishAnswer(draftFor(pack, parsed, context));
}

function draftFor(pack: StoryPack, parsed: ParseResult, context: AnswerContext): DraftAnswer {
  if (!parsed.ok) {
    if (parsed.reason === 'unknown-subcommand') return answerHelp(pack, 'bad-input', parsed.message);
    return { status: 'bad-input', title: 'I could not read that request', summary: parsed.message, sections: [] };
  }
  return answerCommand(pack, parsed.command, context);
}

function answerCommand(pack: StoryPack, command: SummitCommand, context: AnswerContext): DraftAnswer {
  const { subcommand, options } = command;
  switch (subcommand) {
    case 'who':
      return options.name ? answerWho(pack, options.name) : answerWhoList(pack);
    case 'timeline':
      return answerTimeline(pack, options.filter);
    case 'sources':
      return options.id ? answerSource(pack, options.id) : answerSourcesList(pack);
    case 'ask':
      return answerAsk(pack, options.question ?? '');
    case 'brief':
      return answerBrief(pack, options.action, context.today);
    case 'help':
      return answerHelp(pack);
    case 'feeds':
    case 'updates':
    case 'review':
      // Channel actions: the dispatcher hands them to their services (src/ingest, src/updates, src/review) first.
      return { status: 'bad-input', title: `/summit ${subcommand} works in a channel`, sections: [] };
  }
}
