// An event's label: the shortest verbatim span of its sentence that carries the event, as a newsroom timeline writes
// one line per event. The span is the clause holding the time words; a clause that opens with a relative pronoun or
// a conjunction, or is only a few words, leans on the clause before it for its subject and verb. A dateline ahead of
// the report ("BEIJING, Sept. 3 (Xinhua) --") is not part of any event. The whole sentence stays the quote.
import type { LanguageWords } from './language-words.ts';

/** A label of fewer words than this is a fragment ("on 31/8"), not an event: it takes the clause before it. */
const MIN_WORDS = 6;
/** A sentence (after its dateline) of at most this many characters is the label as it stands. */
const SHORT_SENTENCE = 180;
/** Above this a label is cut again, at commas; a timeline line should read in one glance. */
const MAX_LABEL = 150;

// A dateline opens a wire report: the place in capitals, or a place, a date and the agency in parentheses, then a dash
// or colon ("BEIJING, Sept. 3 (Xinhua) --", "BEIJING —", "Pekín, 2 sep (EFE)."). It dates the report, not an event.
const CAPITALS_DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,40}(?:,[^,()]{1,25}?)?(?:\s*\([^()]{1,30}\))?\s*(?:--|[—–:])\s*/u;
const AGENCY_DATELINE = /^\p{Lu}[\p{L}\s.'’-]{1,40},[^,()]{1,25}\(\p{Lu}[^()]{1,29}\)\s*(?:--|[—–:.]|$)\s*/u;

/** Characters of the dateline the sentence opens with (0 when it has none). */
export function datelineLength(sentence: string): number {
  return (CAPITALS_DATELINE.exec(sentence) ?? AGENCY_DATELINE.exec(sentence))?.[0].length ?? 0;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

export function eventLabel(sentence: string, at: number, words: LanguageWords): string {
  const from = datelineLength(sentence);
  const whole = { start: from, end: sentence.length };
  // A short sentence is its own label: cutting it saves little and would make every front end quote it in full again.
  if (whole.end - whole.start <= SHORT_SENTENCE) return tidy(sentence.slice(from), true);
  const openers = words.clauseOpeners.map((w) => w.toLowerCase());
  // First the strong breaks (; : dashes and ", which"), then plain commas when the clause is still long.
  let span = narrow(sentence, whole, Math.max(at, from), strongBreaks(sentence, whole, openers), openers);
  if (span.end - span.start > MAX_LABEL) {
    span = narrow(sentence, span, Math.max(at, span.start), commaBreaks(sentence, span), openers);
  }
  return tidy(sentence.slice(span.start, span.end), span.end === sentence.length);
}

/** Splits `within` at `breaks` and keeps the piece holding `at`, joined to the pieces before it while it leans on them. */
function narrow(sentence: string, within: Span, at: number, breaks: readonly Span[], openers: readonly string[]): Span {
  const pieces: Span[] = [];
  let start = within.start;
  for (const b of breaks) {
    pieces.push({ start, end: b.start });
    start = b.end;
  }
  pieces.push({ start, end: within.end });
  let i = pieces.findIndex((p) => p.start <= at && at < p.end);
  if (i < 0) i = pieces.length - 1;
  let first = i;
  const text = (from: number): string => sentence.slice(pieces[from]!.start, pieces[i]!.end);
  const leans = (from: number): boolean => {
    const opening = firstWord(sentence.slice(pieces[from]!.start, pieces[from]!.end));
    return openers.includes(opening) || wordCount(text(from)) < MIN_WORDS;
  };
  while (first > 0 && leans(first)) first--;
  return { start: pieces[first]!.start, end: pieces[i]!.end };
}

function strongBreaks(sentence: string, within: Span, openers: readonly string[]): Span[] {
  const opener = openers.map(escape).join('|');
  const pattern = new RegExp(`\\s*(?:;|:\\s|\\s[—–]\\s|,\\s+(?=(?:${opener})\\s))\\s*`, 'giu');
  return breaksIn(sentence, within, pattern);
}

function commaBreaks(sentence: string, within: Span): Span[] {
  return breaksIn(sentence, within, /,\s+/gu);
}

function breaksIn(sentence: string, within: Span, pattern: RegExp): Span[] {
  const part = sentence.slice(within.start, within.end);
  return [...part.matchAll(pattern)].map((m) => ({
    start: within.start + m.index,
    end: within.start + m.index + m[0].length,
  }));
}

/**
 * Trailing commas go, and doubled stops ("dead.."); a label that runs to the end of its sentence keeps the one full
 * stop, so it reads as the quote itself and no front end repeats the sentence under it.
 */
function tidy(label: string, isSentenceEnd: boolean): string {
  const bare = label.trim().replace(/[\s.,;:]+$/u, '');
  return isSentenceEnd && /[.]\s*$/u.test(label) ? `${bare}.` : bare;
}

function firstWord(text: string): string {
  return (/\p{L}+/u.exec(text)?.[0] ?? '').toLowerCase();
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
