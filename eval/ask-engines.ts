// The three engines the evaluation compares, each turning a question into ranked answer lines with a confidence:
// `ask` itself (its own answer, at any threshold), and MiniSearch and FlexSearch retrieving sentences that then go
// through the same answer-kind check and the same confidence score as `ask`'s, so only retrieval differs.
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { DraftAnswer, DraftPart } from '../src/core/answer-draft.ts';
import { askResultToAnswer } from '../src/core/ask/answer-ask.ts';
import type { AskIndex } from '../src/core/ask/ask-index.ts';
import { askQuestion } from '../src/core/ask/ask-question.ts';
import { judgeSentence } from '../src/core/ask/judge-sentence.ts';
import { parseQuestion } from '../src/core/ask/parse-question.ts';
import { textOf } from '../src/core/ask/search-sentences.ts';

/** A question's answer as the evaluation reads it: the lines shown at a threshold, first lines first. */
export type Answering = (threshold: number) => readonly string[];

export interface Engine {
  readonly name: string;
  prepare(question: string): Answering;
}

/** Library results read per question: as many as `ask` judges. */
const LIBRARY_RESULTS = 60;

export function askEngine(index: AskIndex): Engine {
  return {
    name: 'ask',
    prepare(question) {
      const result = askQuestion(index, question);
      return (threshold) => answerLines(askResultToAnswer(index, result, question, threshold));
    },
  };
}

export function miniSearchEngine(index: AskIndex): Engine {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(Array.from({ length: index.sentenceCount }, (_, id) => ({ id, text: textOf(index, id) })));
  return libraryEngine('MiniSearch', index, (q) =>
    mini
      .search(q, { prefix: true, fuzzy: 0.2 })
      .slice(0, LIBRARY_RESULTS)
      .map((r) => Number(r.id)),
  );
}

export function flexSearchEngine(index: AskIndex): Engine {
  const flex = new FlexSearch.Index({ tokenize: 'forward' });
  for (let id = 0; id < index.sentenceCount; id++) flex.add(id, textOf(index, id));
  return libraryEngine('FlexSearch', index, (q) =>
    (flex.search(q, { limit: LIBRARY_RESULTS, suggest: true }) as number[]).map(Number),
  );
}

function libraryEngine(name: string, index: AskIndex, search: (q: string) => number[]): Engine {
  return {
    name,
    prepare(question) {
      const parsed = parseQuestion(index, question);
      const seen = new Set<string>();
      const judged = search(question).flatMap((s) => {
        const text = textOf(index, s);
        const judgement = judgeSentence(index, parsed, s);
        if (!judgement.fits || seen.has(text)) return [];
        seen.add(text);
        return [{ text, confidence: judgement.confidence }];
      });
      // The library's order is kept: the same check and threshold decide which of its results are shown.
      return (threshold) => judged.filter((j) => j.confidence >= threshold - 1e-9).map((j) => j.text);
    },
  };
}

function answerLines(answer: DraftAnswer): string[] {
  if (answer.status !== 'answered') return [];
  return answer.sections.flatMap((section) => section.lines.map((line) => partsText(line.parts)));
}

function partsText(parts: readonly DraftPart[]): string {
  return parts
    .map((p) => (p.type === 'text' || p.type === 'quote' ? p.text : p.type === 'person' ? p.name : ''))
    .join('');
}
