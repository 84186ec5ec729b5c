// `help`, generated from the one command definition.
import { summitCommand } from '../../commands/summit.ts';
import { command, noteLine, say, type DraftAnswer, type DraftPart } from './answer-draft.ts';
import type { AnswerStatus } from './answer-model.ts';

export function answerHelp(status: AnswerStatus = 'answered', problem?: readonly DraftPart[]): DraftAnswer {
  const examples = (list: readonly string[]): DraftPart[] =>
    list.flatMap((e, i) => (i === 0 ? [command(e)] : [{ type: 'text', text: ' · ' }, command(e)]));
  return {
    status,
    title: `/${summitCommand.name}: ${summitCommand.description}`,
    summary: [
      ...(problem ? [...problem, ...say(' ')] : []),
      ...say('Every answer quotes its sources; where they disagree you see both.'),
    ],
    sections: summitCommand.subcommands.map((sub) => ({
      heading: `/${summitCommand.name} ${sub.name}${sub.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')}`,
      lines: [noteLine(sub.description), noteLine('Examples: ', ...examples(sub.examples))],
    })),
  };
}
