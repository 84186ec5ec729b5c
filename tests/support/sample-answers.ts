// Answers for the renderer contract suite: everything the core produces on the bundled pack, plus hostile answers
// (mentions, markup, huge lines, many sections, long URLs, every kind of inline part, conflict sections, expected and
// extracted lines) that every renderer must fit into platform limits without losing a line, a quote or a source.
import { helpExamples } from '../../src/core/answer-help.ts';
import type { Answer, AnswerAction, AnswerLine, AnswerSource, InlinePart } from '../../src/core/answer-model.ts';
import { answerText } from './answer-text.ts';
import { bundledPack } from './bundled-pack.ts';

export const SAMPLE_COMMANDS = [
  ...helpExamples(bundledPack()),
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

/** The buttons the dispatcher adds to an answer to one person's command (src/dispatch/dispatcher.ts). */
export const INTERACTIVE_ACTIONS: readonly AnswerAction[] = [
  { type: 'page', direction: 'previous' },
  { type: 'page', direction: 'next' },
  { type: 'share' },
];

export function interactive(answer: Answer): Answer {
  return { ...answer, actions: [...answer.actions, ...INTERACTIVE_ACTIONS] };
}

export function sampleAnswers(): { command: string; answer: Answer }[] {
  const pack = bundledPack();
  return SAMPLE_COMMANDS.map((command) => ({ command, answer: interactive(answerText(pack, command)) }));
}

const hostileSource: AnswerSource = {
  n: 1,
  articleId: '<!channel>',
  headline: '<@U123> & <!here> <https://evil.example|click> @everyone @here',
  outlet: '<!everyone> outlet *bold* _it_ ~s~ `code`',
  url: 'https://example.com/a?b=<c>&d=e',
  published: '2025-09-02',
  publishedEstimated: true,
  kind: 'ai-summary',
};

/** Words from a source: mention syntax, markup and a mass mention, as an article might carry them. */
const HOSTILE_QUOTE = '<!channel> quoted & <@U999> @everyone **loud** > not a quote';

export interface HostileSize {
  readonly sections: number;
  readonly lines: number;
  readonly lineLength: number;
  /** Length of the path in the URL of sources 2 to 8 (long URLs must be shown unlinked, never break a limit). */
  readonly urlLength?: number;
}

/**
 * An answer built to break renderers: mention syntax and markup everywhere, overlong texts, too many lines and sections,
 * commands, people, dates and quotes inline, every other section a conflict, lines expected, overdue or extracted.
 */
export function hostileAnswer(size: HostileSize): Answer {
  const long = (seed: string) =>
    `${seed} `.repeat(Math.ceil(size.lineLength / (seed.length + 1))).slice(0, size.lineLength);
  // As in the core, only sources a line cites are numbered: line l cites source 1 and source 2 + l % 7.
  const sources: AnswerSource[] = [
    hostileSource,
    ...Array.from({ length: Math.min(size.lines, 7) }, (_, i) => ({
      ...hostileSource,
      n: i + 2,
      articleId: `a${i}`,
      kind: 'original-reporting' as const,
      ...(size.urlLength ? { url: `https://example.com/${'x'.repeat(size.urlLength)}` } : {}),
    })),
  ];
  const line = (s: number, l: number, conflict: boolean): AnswerLine => {
    const other = 2 + (l % 7);
    const parts: InlinePart[] = [
      { type: 'person', personId: `p${l}`, name: `<@U${l}> *Person* _${l}_` },
      { type: 'text', text: ` ${long(`line ${s}.${l} <@U${l}> @here <https://x.example|y> # not a heading`)} ` },
      { type: 'command', command: `who <!channel> @everyone \`tick\` ${l}` },
      { type: 'text', text: ' on ' },
      { type: 'date', value: '2025-09-03', precision: 'day', label: '3 Sep 2025 <!here>' },
      { type: 'text', text: ': ' },
      { type: 'quote', source: other, text: `${HOSTILE_QUOTE} ${s}.${l}` },
    ];
    return {
      kind: conflict ? 'claim' : 'event',
      parts,
      ...(conflict ? { ref: { type: 'conflict' as const, id: `c${s}` } } : {}),
      ...(l % 3 === 1 ? { status: 'expected' as const } : l % 3 === 2 ? { status: 'overdue' as const } : {}),
      provenance: l % 2 === 0 ? 'extracted' : 'reviewed',
      citations: [
        { source: 1, quote: `${HOSTILE_QUOTE} (behind ${s}.${l})` },
        { source: other, quote: `${HOSTILE_QUOTE} ${s}.${l}` },
      ],
    };
  };
  return {
    schemaVersion: 2,
    status: 'answered',
    title: long('<!here> Title @everyone &'),
    summary: [
      { type: 'text', text: long('<@U1> summary <#C1> &amp; <!subteam^S1> *not bold*') },
      { type: 'text', text: ' Ask ' },
      { type: 'command', command: 'sources <!channel>' },
      { type: 'text', text: ' or read ' },
      { type: 'quote', source: 1, text: HOSTILE_QUOTE },
    ],
    sections: Array.from({ length: size.sections }, (_, s) => {
      const conflict = s % 2 === 1;
      return {
        heading: long(`<!channel> heading ${s} _x_`),
        ...(conflict ? { conflict: { id: `c${s}`, topic: `<!here> topic ${s}` } } : {}),
        lines: Array.from({ length: size.lines }, (_, l) => line(s, l, conflict)),
      };
    }),
    sources,
    actions: [...INTERACTIVE_ACTIONS, { type: 'run', label: long('<!channel> Run @everyone'), command: 'who <!here>' }],
  };
}
