// `ask <question>`: answered only with verbatim article sentences that hold an answer of the asked kind (the span
// marked), and with the story's facts that answer it (roles, both sides where sources differ); otherwise "No
// article gives ...", with the closest passages under a heading that says they do not answer. Never loosely
// related text presented as an answer, never claims of its own.
import { command, say, type DraftAnswer, type DraftLine, type DraftPart, type DraftSection } from '../answer-draft.ts';
import { cite } from '../cite.ts';
import type { StoryPack } from '../story-pack.ts';
import { askIndexOf, type AskIndex } from './ask-index.ts';
import {
  askQuestion,
  shownCandidates,
  THRESHOLDS,
  type AskCandidate,
  type AskResult,
  type Thresholds,
} from './ask-question.ts';
import { factSections } from './match-facts.ts';
import { MAX_QUESTION_CHARS } from './parse-question.ts';
import { whyNotFound } from './why-not-found.ts';

export const ARTICLES_HEADING = 'What the articles say';
export const CLOSEST_HEADING = 'Closest passages (they do not answer it)';

export function answerAsk(pack: StoryPack, question: string): DraftAnswer {
  const index = askIndexOf(pack);
  return askResultToAnswer(index, askQuestion(index, question), question);
}

/** The answer at a threshold pair: the calibrated one, or another for the calibration itself (eval/). */
export function askResultToAnswer(
  index: AskIndex,
  result: AskResult,
  question: string,
  thresholds: Thresholds = THRESHOLDS,
): DraftAnswer {
  const shown = shownCandidates(result, thresholds);
  const facts = factSections(index, result.question, thresholds.conflict);
  const title = quoted(question);
  if (shown.length === 0 && facts.length === 0) {
    const closest = sentenceLines(index.pack, result.closest, false);
    return {
      status: 'not-found',
      title: `The sources don’t say: ${title}`,
      summary: say(
        `${whyNotFound(result)} Nothing is guessed; try `,
        command('who'),
        ', ',
        command('timeline'),
        ' or other words.',
      ),
      sections: closest.length > 0 ? [{ heading: CLOSEST_HEADING, lines: closest }] : [],
    };
  }
  const sentences = sentenceLines(index.pack, shown, true);
  const articleSection: DraftSection = { heading: ARTICLES_HEADING, lines: sentences };
  // Facts answer first: a role or both sides of a disagreement state the answer outright.
  const sections = [...facts, ...(sentences.length > 0 ? [articleSection] : [])];
  const articles = new Set(shown.map((c) => c.articleId)).size;
  const factLines = facts.reduce((n, s) => n + s.lines.length, 0);
  const parts = [
    sentences.length > 0
      ? `${count(sentences.length, 'sentence')} from ${count(articles, 'article')}, best first, quoted verbatim, the answer in bold`
      : 'No article sentence answers it directly',
    factLines > 0 ? `${count(factLines, 'fact-sheet line')} that answer${factLines === 1 ? 's' : ''} it` : '',
  ];
  return {
    status: 'answered',
    title: `Ask: ${title}`,
    summary: say(`${parts.filter((p) => p !== '').join('; ')}. Each line cites its source.`),
    sections,
  };
}

function sentenceLines(pack: StoryPack, shown: readonly AskCandidate[], marked: boolean): DraftLine[] {
  return shown.flatMap((c) => {
    const article = pack.articleById.get(c.articleId);
    if (!article) return [];
    return [
      {
        kind: 'mention',
        ref: { type: 'article', id: article.id },
        parts: marked ? spanParts(c) : say(c.text),
        citations: [cite(article, c.text)],
      },
    ];
  });
}

/** The sentence as text parts, the answer span as its own part (renderers show it in bold). */
function spanParts(c: AskCandidate): DraftPart[] {
  const { start, end } = c.span;
  if (end <= start) return say(c.text);
  return say(c.text.slice(0, start), { type: 'text', text: c.text.slice(start, end), strong: true }, c.text.slice(end));
}

function quoted(question: string): string {
  const q = question.trim().replace(/\s+/g, ' ');
  return `“${q.length > MAX_QUESTION_CHARS ? `${q.slice(0, MAX_QUESTION_CHARS - 1)}…` : q}”`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
