// Time in the sources' own words ("early Tuesday", "next week", "Sep 3") and in questions: whether a text says when,
// and which calendar days it names, resolved against an anchor day (an article's publication date; for a question,
// the newest article's date — the story's "today").

import { addDays, nearestWeekday, weekdayOf } from '../calendar.ts';
import { monthOfWord } from '../dates.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "may" and "march" are verbs first: they are months only beside a day number. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
/** Words that say "when" without naming a day. */
const VAGUE_TIME = new Set(
  `today tonight yesterday tomorrow morning afternoon evening night week weeks month months year years ago later
  earlier recent recently soon decade decades annual date dates weekend`.split(/\s+/),
);

/** "the same day", "that day": a time, though not one this module can place. */
const SAME_DAY = new Set(['same', 'that', 'next', 'previous', 'following']);
const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

export interface TimeInText {
  /** The text says when (a day, a date, a year, "next week", "six years", "recent"...). */
  readonly hasTime: boolean;
  /** Names a day ("Tuesday", "Sep 3", "yesterday", "next week"), not just a year or "recently". */
  readonly namesDay: boolean;
  /** Days named, resolved to YYYY-MM-DD. */
  readonly days: readonly string[];
  /** Months named, YYYY-MM (a named day also names its month). */
  readonly months: readonly string[];
  /** Positions of the words that named a day or month (a question does not also search them as words). */
  readonly positions: readonly number[];
}

const WEEKDAY_NUMBER = new Map(WEEKDAYS.map((d, i) => [d, i]));
const YEAR = /^(19|20)\d\d$/;

/** Whether timeIn could react to this word: lets indexing skip it for the many sentences that say no time. */
export function isTimeWord(word: string): boolean {
  return (
    WEEKDAY_NUMBER.has(word) ||
    monthOfWord(word) !== undefined ||
    VAGUE_TIME.has(word) ||
    word === 'day' ||
    YEAR.test(word)
  );
}

export const NO_TIME: TimeInText = { hasTime: false, namesDay: false, days: [], months: [], positions: [] };

export function timeIn(words: readonly string[], anchor: string, question = false): TimeInText {
  let hasTime = false;
  const days = new Set<string>();
  const months = new Set<string>();
  const positions: number[] = [];
  let namesDay = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // A weekday in a question stays a word: which week it means is unknown (the story spans weeks, and the newest
    // article may be a later analysis), and the articles say the weekday too.
    const weekday = question ? undefined : WEEKDAY_NUMBER.get(w);
    if (weekday !== undefined) {
      hasTime = true;
      namesDay = true;
      days.add(nearestWeekday(anchor, weekday, 0));
      positions.push(i);
      continue;
    }
    const month = monthOf(w);
    if (month !== undefined) {
      const dayAfter = dayNumber(words[i + 1]) !== undefined;
      const day = dayNumber(words[i + 1]) ?? dayNumber(words[i - 1]);
      if (day === undefined && AMBIGUOUS_MONTHS.has(w)) continue;
      hasTime = true;
      const yearAt = i + (dayAfter ? 2 : 1);
      const yearWord = words[yearAt];
      const hasYear = yearWord !== undefined && /^(19|20)\d\d$/.test(yearWord);
      const year = hasYear ? yearWord : anchor.slice(0, 4);
      positions.push(i);
      if (day !== undefined) namesDay = true;
      if (day !== undefined) positions.push(dayAfter ? i + 1 : i - 1);
      if (hasYear) positions.push(yearAt);
      const mm = `${year}-${String(month).padStart(2, '0')}`;
      months.add(mm);
      if (day !== undefined) days.add(`${mm}-${String(day).padStart(2, '0')}`);
      continue;
    }
    if (YEAR.test(w)) {
      hasTime = true;
      continue;
    }
    if (w === 'day' && SAME_DAY.has(words[i - 1] ?? '')) hasTime = namesDay = true;
    if (w === 'week' && (words[i - 1] === 'next' || words[i - 1] === 'this')) namesDay = true;
    if (RELATIVE_DAYS[w] !== undefined && w !== 'today') namesDay = true;
    if (!VAGUE_TIME.has(w)) continue;
    hasTime = true;
    // In articles "today" is as often "in our time" as a date, and "next week" spans seven days: they say when
    // without naming a day. A question's "today" or "next week" is resolved.
    const relative = RELATIVE_DAYS[w];
    if (relative !== undefined && (question || relative !== 0)) {
      days.add(addDays(anchor, relative));
      positions.push(i);
    } else if (question && w === 'week' && (words[i - 1] === 'next' || words[i - 1] === 'this')) {
      const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7) + (words[i - 1] === 'next' ? 7 : 0));
      for (let d = 0; d < 7; d++) days.add(addDays(monday, d));
      positions.push(i - 1, i);
    }
  }
  for (const day of days) months.add(day.slice(0, 7));
  return hasTime ? { hasTime, namesDay, days: [...days], months: [...months], positions } : NO_TIME;
}

/** Months from the one month table (dates.ts); "mar" is not read as March: it is a word first. */
function monthOf(word: string): number | undefined {
  return word === 'mar' ? undefined : monthOfWord(word);
}

function dayNumber(word: string | undefined): number | undefined {
  const match = word ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word) : null;
  const n = match ? Number(match[1]) : NaN;
  return n >= 1 && n <= 31 ? n : undefined;
}
