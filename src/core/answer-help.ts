// `help`, generated from the one command definition.
import { summitCommand } from '../../commands/summit.ts';
import type { Answer, AnswerStatus } from './answer-model.ts';

export function answerHelp(status: AnswerStatus = 'answered', problem?: string): Answer {
  return {
    status,
    title: `/${summitCommand.name}: ${summitCommand.description}`,
    summary: `${problem ? `${problem} ` : ''}Every answer quotes its sources; where they disagree you see both.`,
    sections: summitCommand.subcommands.map((sub) => ({
      heading: `/${summitCommand.name} ${sub.name}${sub.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')}`,
      lines: [
        { text: sub.description, citations: [] },
        { text: `Examples: ${sub.examples.map((e) => `/${summitCommand.name} ${e}`).join(' · ')}`, citations: [] },
      ],
    })),
  };
}
