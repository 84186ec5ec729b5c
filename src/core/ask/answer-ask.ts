// `ask <question>`: answered only with verbatim article sentences and the story's facts whose confidence reaches
// the calibrated threshold (best first, each cited), with both claims where sources differ; otherwise "The sources
// don't say", with what was missing. Never loosely related text, never claims of its own.
import { command, say, type DraftAnswer, type DraftLine, type DraftSection } from '../answer-draft.ts';
import { cite } from '../cite.ts';
import type { StoryPack } from '../story-pack.ts';
import { askIndexOf, type AskIndex } from './ask-index.ts';
import {
  askQuestion,
  CONFIDENCE_THRESHOLD,
  shownCandidates,
  type AskCandidate,
  type AskResult,
} from './ask-question.ts';
import { conflictsOf, matchFacts } from './match-facts.ts';
import { MAX_QUESTION_CHARS } from './parse-question.ts';
import { whyNotFound } from './why-not-found.ts';

export function answerAsk(pack: StoryPack, question: string): DraftAnswer {
  const index = askIndexOf(pack);
  return askResultToAnswer(index, askQuestion(index, question), question);
}

/** The answer at a confidence threshold: the calibrated one, or another for the calibration itself (eval/). */
export function askResultToAnswer(
  index: AskIndex,
  result: AskResult,
  question: string,
  threshold = CONFIDENCE_THRESHOLD,
): DraftAnswer {
  const shown = shownCandidates(result, threshold);
  const facts = matchFacts(index, result.question, threshold);
  const title = quoted(question);
  if (shown.length === 0 && facts.length === 0) {
    return {
      status: 'not-found',
      title: `The sources don’t say: ${title}`,
      summary: say(
        `${whyNotFound(index, result)} Nothing is guessed; try `,
        command('who'),
        ', ',
        command('timeline'),
        ' or other words.',
      ),
      sections: [],
    };
  }
  const sentences = sentenceLines(index.pack, shown);
  const factLines = facts.map((f) => f.fact.line);
  const articleSection: DraftSection = { heading: 'What the articles say', lines: sentences };
  const factSection: DraftSection = { heading: 'What the fact sheet says', lines: factLines };
  // The more confident of the two comes first: a fact that answers outright leads the answer.
  const factsFirst = (facts[0]?.confidence ?? 0) > (shown[0]?.confidence ?? 0);
  const ordered = factsFirst ? [factSection, articleSection] : [articleSection, factSection];
  const sections = [...ordered.filter((s) => s.lines.length > 0), ...conflictsOf(index, facts)];
  const articles = new Set(shown.map((c) => c.articleId)).size;
  const parts = [
    sentences.length > 0
      ? `${count(sentences.length, 'sentence')} from ${count(articles, 'article')}, best first, quoted verbatim`
      : 'No article sentence answers it directly',
    facts.length > 0 ? `${count(facts.length, 'fact-sheet fact')} that match${facts.length === 1 ? 'es' : ''}` : '',
  ];
  return {
    status: 'answered',
    title: `Ask: ${title}`,
    summary: say(`${parts.filter((p) => p !== '').join('; ')}. Each line cites its source.`),
    sections,
  };
}

function sentenceLines(pack: StoryPack, shown: readonly AskCandidate[]): DraftLine[] {
  return shown.flatMap((c) => {
    const article = pack.articleById.get(c.articleId);
    if (!article) return [];
    return [
      {
        kind: 'mention',
        ref: { type: 'article', id: article.id },
        parts: say(c.text),
        citations: [cite(article, c.text)],
      },
    ];
  });
}

function quoted(question: string): string {
  const q = question.trim().replace(/\s+/g, ' ');
  return `“${q.length > MAX_QUESTION_CHARS ? `${q.slice(0, MAX_QUESTION_CHARS - 1)}…` : q}”`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
