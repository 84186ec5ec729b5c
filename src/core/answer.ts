// The core's one entry point: a parsed command in, a neutral Answer out. Knows nothing of Slack, Discord or terminals.
import type { Answer } from './answer-model.ts';
import { answerAsk } from './ask/answer-ask.ts';
import { answerHelp } from './answer-help.ts';
import { answerSource, answerSourcesList } from './answer-sources.ts';
import { answerTimeline } from './answer-timeline.ts';
import { answerBrief } from './brief/answer-brief.ts';
import { answerWho, answerWhoList } from './answer-who.ts';
import { parseCommandText, validateCommand, type ParseResult, type SummitCommand } from './parse-command.ts';
import type { StoryPack } from './story-pack.ts';

export function answer(pack: StoryPack, command: SummitCommand): Answer {
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
      return answerBrief(pack, options.action);
    case 'help':
      return answerHelp();
  }
}

/** Parse result to Answer: a refused parse becomes a kind bad-input answer (the help, for an unknown command). */
export function answerParsed(pack: StoryPack, parsed: ParseResult): Answer {
  if (parsed.ok) return answer(pack, parsed.command);
  if (parsed.reason === 'unknown-subcommand') return answerHelp('bad-input', parsed.message);
  return { status: 'bad-input', title: 'I could not read that request', summary: parsed.message, sections: [] };
}

/** Free command text as typed in Slack or the terminal: "who putin". */
export function answerText(pack: StoryPack, text: string): Answer {
  return answerParsed(pack, parseCommandText(text));
}

/** Option values as a platform delivers them (Discord): validated with the same rules as text. */
export function answerOptions(pack: StoryPack, command: SummitCommand): Answer {
  return answerParsed(pack, validateCommand(command));
}
