// Answers for the renderer contract suites: everything the core produces on the bundled pack, plus hostile answers
// (mentions, markup, huge lines, many sections) that every renderer must fit into platform limits without losing a line.
import { summitCommand } from '../../commands/summit.ts';
import { answerText } from './answer-text.ts';
import type { Answer, Citation } from '../../src/core/answer-model.ts';
import { bundledPack } from './bundled-pack.ts';

export const SAMPLE_COMMANDS = [
  ...summitCommand.subcommands.flatMap((s) => s.examples),
  'who kim',
  'who pezeshkian',
  'who president',
  'who rodong sinmun',
  'who nobody-at-all',
  'timeline 2015',
  'timeline nothing-matches',
  'sources 001',
  'sources 999',
  'bogus command',
  '',
];

export function sampleAnswers(): { command: string; answer: Answer }[] {
  const pack = bundledPack();
  return SAMPLE_COMMANDS.map((command) => ({ command, answer: answerText(pack, command) }));
}

const hostileCitation: Citation = {
  articleId: '<!channel>',
  headline: '<@U123> & <!here> <https://evil.example|click> @everyone @here',
  outlet: '<!everyone> outlet *bold* _it_ ~s~ `code`',
  url: 'https://example.com/a?b=<c>&d=e',
  published: '2025-09-02',
  publishedEstimated: true,
  kind: 'ai-summary',
  quote: '<!channel> quoted & <@U999> @everyone',
};

/** An answer built to break renderers: mention syntax everywhere, overlong texts, too many lines and sections. */
export function hostileAnswer(size: {
  sections: number;
  lines: number;
  lineLength: number;
  urlLength?: number;
}): Answer {
  const long = (seed: string) =>
    `${seed} `.repeat(Math.ceil(size.lineLength / (seed.length + 1))).slice(0, size.lineLength);
  return {
    status: 'answered',
    title: long('<!here> Title @everyone &'),
    summary: long('<@U1> summary <#C1> &amp; <!subteam^S1>'),
    sections: Array.from({ length: size.sections }, (_, s) => ({
      heading: long(`<!channel> heading ${s}`),
      lines: Array.from({ length: size.lines }, (_, l) => ({
        text: long(`line ${s}.${l} <@U${l}> @here <https://x.example|y>`),
        citations: [
          hostileCitation,
          {
            ...hostileCitation,
            articleId: `a${l % 7}`,
            ...(size.urlLength ? { url: `https://example.com/${'x'.repeat(size.urlLength)}` } : {}),
          },
        ],
      })),
    })),
  };
}
