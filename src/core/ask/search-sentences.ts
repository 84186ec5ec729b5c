// Finds the candidate sentences for a parsed question: plain BM25 over the question's concepts, rarest concept
// first, keeping the best-scoring sentences that cover at least a minimal share of the question. Whether a
// candidate answers is read afterwards (ask-question.ts: answer-spans.ts and sentence-coverage.ts).
import type { AskIndex } from './ask-index.ts';
import { K1 } from './bm25.ts';
import { idf, PERSON_WEIGHT, type ParsedQuestion } from './parse-question.ts';

/**
 * A sentence must hold at least this share of the question's weight itself to be retrieved (its neighbours are read
 * as well, ask-question.ts): searching stops widening once the concepts left cannot lift a sentence there. Below
 * the shipped thresholds' reach, with room for the window and the attribution to add.
 */
export const MIN_CANDIDATE_COVERAGE = 0.25;
/** Relatives at or above this factor (synonyms, derivations) may bring in new sentences; others only add. */
const OPENING_FACTOR = 0.8;
/** Best candidates handed to the reader. */
const CANDIDATES = 60;

export interface SentenceHit {
  readonly sentence: number;
  readonly score: number;
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

export function searchSentences(index: AskIndex, question: ParsedQuestion): SentenceHit[] {
  const total = question.concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return [];
  const scratch = scratchOf(index);
  const { score, covered, stamp, lastConcept, touched } = scratch;
  scratch.query = scratch.query >= 2_000_000_000 ? 1 : scratch.query + 1;
  const query = scratch.query;
  let touchedCount = 0;

  const needed = total * MIN_CANDIDATE_COVERAGE - 1e-6;
  // Rarest concepts first. Once the concepts left weigh less than a sentence needs, no sentence not yet seen can
  // qualify: the common terms ("north", "korea") then only update sentences already seen, found by binary search
  // in their long postings lists instead of a walk through them. This keeps p99 low at 300,000 sentences.
  const order = question.concepts
    .map((concept, c) => ({ concept, c }))
    .filter(({ concept }) => concept.term !== undefined || concept.also.length > 0)
    .sort((x, y) => y.concept.weight - x.concept.weight);
  let remaining = order.reduce((sum, { concept }) => sum + concept.weight, 0);
  for (const { concept, c } of order) {
    const open = remaining >= needed;
    remaining -= concept.weight;
    const terms = concept.term === undefined ? concept.also : [concept.term, ...concept.also];
    const factors = concept.term === undefined ? concept.alsoFactor : [1, ...concept.alsoFactor];
    for (const [i, term] of terms.entries()) {
      const termIdf =
        idf(index, index.df[term] ?? 0) * (concept.kind === 'person' ? PERSON_WEIGHT : 1) * (factors[i] ?? 1);
      const credit = (p: number, s: number): void => {
        if (lastConcept[s] === c) return;
        const tf = index.tfs[p]!;
        score[s] = score[s]! + (termIdf * tf * (K1 + 1)) / (tf + index.lengthNorm[s]!);
        covered[s] = covered[s]! + concept.weight;
        lastConcept[s] = c;
      };
      const start = index.postingStart[term]!;
      const end = index.postingStart[term + 1]!;
      // A distant relative (below OPENING_FACTOR) only adds to sentences a closer term already found: walking its
      // long postings for new sentences cost most of the search time and found nothing the reader kept.
      const opens = open && (factors[i] ?? 1) >= OPENING_FACTOR;
      if (!opens && touchedCount * 20 < end - start) {
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
          if (!opens) continue;
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
  for (let i = 0; i < touchedCount; i++) {
    const s = touched[i]!;
    if (covered[s]! < needed) continue;
    insertTop(best, { sentence: s, score: score[s]! }, CANDIDATES);
  }
  return best;
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
