// Ranks article sentences for a parsed question: BM25 over the question's concepts, kept only when the sentence
// covers most of the question's weight (every rare word, typically) and can give the kind of answer asked.
import type { AskIndex } from './ask-index.ts';
import { fitsKind } from './answer-kind-fit.ts';
import { K1 } from './bm25.ts';
import { countsTerm } from './count-check.ts';
import { NAMES_DAY } from './sentence-features.ts';
import { foldWords } from './tokenize.ts';
import { idf, type ParsedQuestion } from './parse-question.ts';

/** Share of the question's concept weight a sentence must contain. Set from the evaluation set (docs/ask.md). */
export const MIN_COVERAGE = 0.7;
/** Sentences scoring below this share of the best are left out: near-misses are not answers. */
const RELATIVE_CUTOFF = 0.5;
export const MAX_SENTENCES = 5;
/** Best candidates kept for the final checks (duplicates, "how many" counting). */
const CANDIDATES = 40;

export interface SentenceHit {
  readonly sentence: number;
  readonly score: number;
}

export interface SentenceSearch {
  readonly hits: readonly SentenceHit[];
  /** Sentences covering the question's subjects but not giving the kind of answer asked. */
  readonly wrongKind: number;
}

interface Scratch {
  score: Float32Array;
  covered: Float32Array;
  stamp: Int32Array;
  lastConcept: Int16Array;
  touched: Int32Array;
  query: number;
}
const scratches = new WeakMap<AskIndex, Scratch>();

export function searchSentences(index: AskIndex, question: ParsedQuestion): SentenceSearch {
  const total = question.concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return { hits: [], wrongKind: 0 };
  const scratch = scratchOf(index);
  const { score, covered, stamp, lastConcept, touched } = scratch;
  scratch.query = scratch.query >= 2_000_000_000 ? 1 : scratch.query + 1;
  const query = scratch.query;
  let touchedCount = 0;

  const needed = total * MIN_COVERAGE - 1e-6;
  // Rarest concepts first. Once the concepts left weigh less than a sentence needs, no sentence not yet seen can
  // qualify: the common terms ("north", "korea") then only update sentences already seen, found by binary search
  // in their long postings lists instead of a walk through them. This keeps p99 low at 300,000 sentences.
  const order = question.concepts
    .map((concept, c) => ({ concept, c }))
    .sort((x, y) => y.concept.weight - x.concept.weight);
  let remaining = total;
  for (const { concept, c } of order) {
    const open = remaining >= needed;
    remaining -= concept.weight;
    for (const term of concept.terms) {
      const termIdf = idf(index, index.df[term] ?? 0) * (concept.kind === 'person' ? 1.5 : 1);
      const credit = (p: number, s: number): void => {
        const tf = index.tfs[p]!;
        score[s] = score[s]! + (termIdf * tf * (K1 + 1)) / (tf + index.lengthNorm[s]!);
        if (lastConcept[s] !== c) {
          covered[s] = covered[s]! + concept.weight;
          lastConcept[s] = c;
        }
      };
      const start = index.postingStart[term]!;
      const end = index.postingStart[term + 1]!;
      if (!open && touchedCount * 20 < end - start) {
        for (let i = 0; i < touchedCount; i++) {
          const s = touched[i]!;
          const p = findPosting(index.postings, start, end, s);
          if (p >= 0) credit(p, s);
        }
        continue;
      }
      for (let p = start; p < end; p++) {
        const s = index.postings[p]!;
        if (stamp[s] !== query) {
          if (!open) continue;
          stamp[s] = query;
          score[s] = 0;
          covered[s] = 0;
          lastConcept[s] = -1;
          touched[touchedCount++] = s;
        }
        credit(p, s);
      }
    }
  }

  const best: SentenceHit[] = [];
  let wrongKind = 0;
  for (let i = 0; i < touchedCount; i++) {
    const s = touched[i]!;
    if (covered[s]! < needed) continue;
    if (!fitsKind(question.kind, index.flags[s]!, question.kind === 'who' && otherPeople(index, question, s) > 0)) {
      wrongKind++;
      continue;
    }
    insertTop(
      best,
      { sentence: s, score: score[s]! * (covered[s]! / total) * kindBonus(index, question, s) },
      CANDIDATES,
    );
  }
  const counted = question.counted;
  const fitting =
    counted === undefined
      ? best
      : best.filter((h) => countsTerm(foldWords(textOf(index, h.sentence)), counted, index.terms));
  wrongKind += best.length - fitting.length;
  const top = fitting[0]?.score ?? 0;
  return { hits: fitting.filter((h) => h.score >= top * RELATIVE_CUTOFF).slice(0, MAX_SENTENCES * 2), wrongKind };
}

/**
 * Among sentences that fit, the most direct answer first: for "when", one that names the day; for "who", one that
 * names more people the question did not.
 */
function kindBonus(index: AskIndex, question: ParsedQuestion, s: number): number {
  if (question.kind === 'when') return (index.flags[s]! & NAMES_DAY) !== 0 ? 1.5 : 1;
  if (question.kind !== 'who') return 1;
  return 1 + 0.25 * Math.min(otherPeople(index, question, s), 4);
}

/** People sentence s names that the question does not. */
function otherPeople(index: AskIndex, question: ParsedQuestion, s: number): number {
  let others = 0;
  for (let i = index.personStart[s]!; i < index.personStart[s + 1]!; i++) {
    if (!question.persons.includes(index.personList[i]!)) others++;
  }
  return others;
}

/** Position of sentence s in postings[start, end), or -1. */
function findPosting(postings: Int32Array, start: number, end: number, s: number): number {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = postings[mid]!;
    if (v === s) return mid;
    if (v < s) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Keeps `list` sorted best first and at most `limit` long; ties go to the earlier sentence. */
function insertTop(list: SentenceHit[], hit: SentenceHit, limit: number): void {
  if (list.length === limit && hit.score <= list[limit - 1]!.score) return;
  let at = list.length;
  while (at > 0 && list[at - 1]!.score < hit.score) at--;
  list.splice(at, 0, hit);
  if (list.length > limit) list.pop();
}

function scratchOf(index: AskIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.sentenceCount;
    scratch = {
      score: new Float32Array(n),
      covered: new Float32Array(n),
      stamp: new Int32Array(n),
      lastConcept: new Int16Array(n),
      touched: new Int32Array(n),
      query: 0,
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

export function textOf(index: AskIndex, sentence: number): string {
  return index.pack.articles[index.sentenceArticle[sentence]!]?.sentences[index.sentenceNo[sentence]!] ?? '';
}
