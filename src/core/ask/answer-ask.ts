// `ask <question>`: answered only with verbatim article sentences (best first, each cited) and the fact-sheet facts
// that match; otherwise a plain "The sources don't say". Never loosely related text, never claims of its own.
import { command, say, type DraftAnswer, type DraftLine, type DraftSection } from '../answer-draft.ts';
import { cite } from '../cite.ts';
import type { StoryPack } from '../story-pack.ts';
import { askIndexOf, type AskIndex } from './ask-index.ts';
import { KIND_NEEDS } from './answer-kind-fit.ts';
import { matchFacts } from './match-facts.ts';
import { MAX_QUESTION_CHARS, parseQuestion, type ParsedQuestion } from './parse-question.ts';
import { MAX_SENTENCES, searchSentences, type SentenceSearch } from './search-sentences.ts';

export function answerAsk(pack: StoryPack, question: string): DraftAnswer {
  const index = askIndexOf(pack);
  const parsed = parseQuestion(index, question);
  const search = searchSentences(index, parsed);
  const sentences = sentenceLines(index, search);
  const facts = matchFacts(index, parsed);
  const shown = quoted(question);
  if (sentences.length === 0 && facts.length === 0) {
    return {
      status: 'not-found',
      title: `The sources don’t say: ${shown}`,
      summary: say(
        `${whyNotFound(parsed, search)} Nothing is guessed; try `,
        command('who'),
        ', ',
        command('timeline'),
        ' or other words.',
      ),
      sections: [],
    };
  }
  const sections: DraftSection[] = [];
  if (sentences.length > 0) sections.push({ heading: 'What the articles say', lines: sentences });
  if (facts.length > 0) sections.push({ heading: 'What the fact sheet says', lines: facts });
  const articles = new Set(sentences.map((l) => l.citations[0]?.article.id)).size;
  const parts = [
    sentences.length > 0
      ? `${count(sentences.length, 'sentence')} from ${count(articles, 'article')}, best first, quoted verbatim`
      : 'No article sentence answers it directly',
    facts.length > 0 ? `${count(facts.length, 'fact-sheet fact')} that match${facts.length === 1 ? 'es' : ''}` : '',
  ];
  return {
    status: 'answered',
    title: `Ask: ${shown}`,
    summary: say(`${parts.filter((p) => p !== '').join('; ')}. Each line cites its source.`),
    sections,
  };
}

function sentenceLines(index: AskIndex, search: SentenceSearch): DraftLine[] {
  const lines: DraftLine[] = [];
  const seen = new Set<string>();
  for (const hit of search.hits) {
    const article = index.pack.articles[index.sentenceArticle[hit.sentence]!];
    const text = article?.sentences[index.sentenceNo[hit.sentence]!];
    // The same sentence syndicated in two articles is one answer, cited once (the first, best-ranked source).
    if (!article || text === undefined || seen.has(text)) continue;
    seen.add(text);
    lines.push({
      kind: 'mention',
      ref: { type: 'article', id: article.id },
      parts: say(text),
      citations: [cite(article, text)],
    });
    if (lines.length === MAX_SENTENCES) break;
  }
  return lines;
}

function whyNotFound(parsed: ParsedQuestion, search: SentenceSearch): string {
  if (parsed.concepts.length === 0) {
    return 'The question names no person, day or subject to look for (e.g. “how long is the parade?”).';
  }
  if (parsed.absent.length > 0) {
    return `No article mentions ${list(parsed.absent.map((w) => `“${w}”`))}.`;
  }
  const subjects = list(parsed.concepts.map((c) => c.label));
  if (search.wrongKind > 0) return `The articles mention ${subjects}, but no sentence ${KIND_NEEDS[parsed.kind]}.`;
  return `No sentence speaks of ${subjects} together.`;
}

function quoted(question: string): string {
  const q = question.trim().replace(/\s+/g, ' ');
  return `“${q.length > MAX_QUESTION_CHARS ? `${q.slice(0, MAX_QUESTION_CHARS - 1)}…` : q}”`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
