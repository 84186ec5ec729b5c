// The engines the evaluation compares, each turning a question into answer lines at a threshold pair: `ask` itself
// (its own answer), and plain BM25 and MiniSearch retrieving sentences that then go through the same reader (answer
// span + coverage) and the same thresholds, so the table shows what retrieval, windows, people and facts add.
import MiniSearch from 'minisearch';
import type { DraftAnswer, DraftPart } from '../src/core/answer-draft.ts';
import { askResultToAnswer } from '../src/core/ask/answer-ask.ts';
import type { AskIndex } from '../src/core/ask/ask-index.ts';
import { askQuestion, readSentences, shownCandidates, type Thresholds } from '../src/core/ask/ask-question.ts';
import { parseQuestion } from '../src/core/ask/parse-question.ts';
import { textOf } from '../src/core/ask/search-sentences.ts';
import { termsOf } from '../src/core/ask/tokenize.ts';

/** A question's answer as the evaluation reads it: the lines shown at a threshold pair, first lines first. */
export type Answering = (thresholds: Thresholds) => readonly string[];

export interface Engine {
  readonly name: string;
  prepare(question: string): Answering;
}

/** Sentences each library retrieves per question and hands to the reader. */
const LIBRARY_RESULTS = 60;

export function askEngine(index: AskIndex): Engine {
  return {
    name: 'ask',
    prepare(question) {
      const result = askQuestion(index, question);
      return (thresholds) => answerLines(askResultToAnswer(index, result, question, thresholds));
    },
  };
}

/** BM25 (k1 1.2, b 0.75) over sentences with ask's terms (stop words out, 5-letter stems), nothing else. */
export function plainBm25Engine(index: AskIndex): Engine {
  const docs = Array.from({ length: index.sentenceCount }, (_, s) => termsOf(textOf(index, s)));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const avg = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  const search = (q: string): number[] => {
    const terms = [...new Set(termsOf(q))];
    const scored = docs.map((d, s) => {
      let score = 0;
      for (const t of terms) {
        const tf = d.filter((x) => x === t).length;
        if (tf === 0) continue;
        const n = df.get(t) ?? 0;
        const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
        score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * d.length) / avg));
      }
      return { s, score };
    });
    return scored
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, LIBRARY_RESULTS)
      .map((x) => x.s);
  };
  return libraryEngine('plain BM25 + reader', index, search);
}

export function miniSearchEngine(index: AskIndex): Engine {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(Array.from({ length: index.sentenceCount }, (_, id) => ({ id, text: textOf(index, id) })));
  return libraryEngine('MiniSearch + reader', index, (q) =>
    mini
      .search(q, { prefix: true, fuzzy: 0.2 })
      .slice(0, LIBRARY_RESULTS)
      .map((r) => Number(r.id)),
  );
}

function libraryEngine(name: string, index: AskIndex, search: (q: string) => number[]): Engine {
  return {
    name,
    prepare(question) {
      const parsed = parseQuestion(index, question);
      const ids = search(question);
      const result = readSentences(index, parsed, ids, new Map(ids.map((s, i) => [s, ids.length - i])));
      return (thresholds) => shownCandidates(result, thresholds).map((c) => c.text);
    },
  };
}

function answerLines(answer: DraftAnswer): string[] {
  if (answer.status !== 'answered') return [];
  // A disagreement's heading ("Sources differ: how long the talks lasted") is part of what it answers.
  return answer.sections.flatMap((section) => [
    ...(section.conflict ? [section.heading ?? ''] : []),
    ...section.lines.map((line) => partsText(line.parts)),
  ]);
}

function partsText(parts: readonly DraftPart[]): string {
  return parts
    .map((p) => (p.type === 'text' || p.type === 'quote' ? p.text : p.type === 'person' ? p.name : ''))
    .join('');
}
