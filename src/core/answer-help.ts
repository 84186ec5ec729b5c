// `help`, generated from the one command definition, its examples filled from the loaded pack.
import { summitCommand } from '../../commands/summit.ts';
import { command, noteLine, say, type DraftAnswer, type DraftPart } from './answer-draft.ts';
import type { AnswerStatus } from './answer-model.ts';
import { exampleValuesOf, fillExample } from './help-examples.ts';
import type { StoryPack } from './story-pack.ts';

export function answerHelp(
  pack: StoryPack,
  status: AnswerStatus = 'answered',
  problem?: readonly DraftPart[],
): DraftAnswer {
  const values = exampleValuesOf(pack);
  const examples = (templates: readonly string[]): DraftPart[] =>
    templates
      .flatMap((t) => fillExample(t, values) ?? [])
      .flatMap((e, i) => (i === 0 ? [command(e)] : [{ type: 'text', text: ' · ' }, command(e)]));
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

/** Every example of the command definition as the help shows it for this pack. */
export function helpExamples(pack: StoryPack): string[] {
  const values = exampleValuesOf(pack);
  return summitCommand.subcommands.flatMap((s) => s.examples.flatMap((t) => fillExample(t, values) ?? []));
}
