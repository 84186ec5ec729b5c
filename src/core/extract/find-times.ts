// Stage 4: time expressions, resolved against the article's publication day as a news document is (HeidelTime's
// "news" type): "on Aug. 28" -> that day; a bare weekday is the latest such day on or before publication in a
// past-tense clause and the next one on or after it in an expected one; "yesterday" is publication - 1; "the
// previous day" counts from the last day the article stated; "in 1941", "last year", "three years ago" are years.
// A clock time or part of day is kept only when written, and attached to the day of its clause.
import type { Granularity, TimeMention } from './annotated-article.ts';
import { addDays, isoDay, isValidDay, monthsBefore, nearestWeekday, nearestYear } from '../calendar.ts';
import { clauseAt, clausesOf, isExpectedAt } from './clauses.ts';
import type { LanguageWords } from './language-words.ts';
import { parseNumber } from './parse-number.ts';
import { timePatterns } from './time-patterns.ts';

interface Raw {
  start: number;
  end: number;
  date: string;
  granularity: Granularity;
  inferred: boolean;
}

export function findTimes(
  sentence: string,
  words: LanguageWords,
  published: string,
  lastDay: string | undefined,
): TimeMention[] {
  const p = timePatterns(words);
  const raws: Raw[] = [];
  const add = (m: RegExpMatchArray, date: string | undefined, granularity: Granularity, inferred: boolean): void => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!date || raws.some((r) => r.start < end && start < r.end)) return;
    raws.push({ start, end, date, granularity, inferred });
  };
  const month = (name: string | undefined): number =>
    words.months[(name ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0;
  const day = (mo: number, d: number, y?: number): string | undefined => {
    const year = y ?? nearestYear(published, mo, d);
    return mo > 0 && isValidDay(year, mo, d) ? isoDay(year, mo, d) : undefined;
  };
  for (const m of sentence.matchAll(p.dayMonth)) add(m, day(month(m[2]), Number(m[1]), opt(m[3])), 'day', false);
  for (const m of sentence.matchAll(p.monthDay)) add(m, day(month(m[1]), Number(m[2]), opt(m[3])), 'day', false);
  for (const m of sentence.matchAll(p.numericDay)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    add(m, b > 12 ? day(a, b) : day(b, a), 'day', false);
  }
  for (const m of sentence.matchAll(p.monthYear)) add(m, `${m[3]}-${pad(month(m[2]))}`, 'month', false);
  for (const m of sentence.matchAll(p.bareMonth)) {
    const mo = month(m[2]);
    if (mo > 0) add(m, `${nearestYear(published, mo, 15)}-${pad(mo)}`, 'month', false);
  }
  for (const m of sentence.matchAll(p.relativeDay)) {
    add(m, addDays(published, words.relativeDays[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0), 'day', true);
  }
  for (const m of sentence.matchAll(p.weekday)) {
    const weekday = words.weekdays[m[2]!.toLowerCase()] ?? 0;
    const modifier = (m[1] ?? '').toLowerCase();
    const expected = isExpectedAt(sentence, m.index ?? 0, p.expected);
    const forward =
      modifier === 'next' || modifier === 'coming' || modifier === 'el próximo' || (expected && modifier !== 'last');
    add(m, nearestWeekday(published, weekday, forward ? 1 : -1), 'day', true);
  }
  for (const m of sentence.matchAll(p.anchoredDay)) {
    const offset = words.anchoredDays[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    add(m, lastDay ? addDays(lastDay, offset) : undefined, 'day', true);
  }
  for (const m of sentence.matchAll(p.ordinalDay)) {
    const d = Number(m[1]);
    const [y, mo] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
    const sameMonth = d <= Number(published.slice(8, 10)) + 10;
    const { year, month: mm } = sameMonth ? { year: y, month: mo } : monthsBefore(published, 1);
    add(m, isValidDay(year, mm, d) ? isoDay(year, mm, d) : undefined, 'day', true);
  }
  for (const m of sentence.matchAll(p.year)) add(m, m[1], 'year', false);
  for (const m of sentence.matchAll(p.lastYear)) add(m, String(Number(published.slice(0, 4)) - 1), 'year', true);
  for (const pattern of p.yearsAgo) {
    for (const m of sentence.matchAll(pattern)) {
      const n = parseNumber(m[1] ?? '', words);
      if (n !== undefined && n > 0 && n < 200) add(m, String(monthsBefore(published, n * 12).year), 'year', true);
    }
  }
  return attachTimeOfDay(sentence, words, mergeSameDay(sentence, raws), lastDay);
}

function mergeSameDay(sentence: string, raws: Raw[]): TimeMention[] {
  const clauses = clausesOf(sentence);
  const sorted = [...raws].sort((a, b) => a.start - b.start);
  const out: TimeMention[] = [];
  for (const r of sorted) {
    const wording = sentence.slice(r.start, r.end);
    // Two mentions of one day in one clause are one time ("Tuesday, Sept. 2"); in two clauses ("crossed on the 2nd and
    // was to arrive this afternoon") they are two events of that day.
    const clause = clauseAt(clauses, r.start);
    const same = out.findIndex(
      (o) => o.date === r.date && o.granularity === r.granularity && clauseAt(clauses, o.start) === clause,
    );
    const existing = out[same];
    if (existing) {
      out[same] = {
        ...existing,
        wording: `${existing.wording}; ${wording}`,
        inferred: existing.inferred && r.inferred,
      };
    } else
      out.push({ start: r.start, end: r.end, wording, date: r.date, granularity: r.granularity, inferred: r.inferred });
  }
  return out;
}

/**
 * A clock time or part of day belongs to the day stated in its clause; in a clause with no day of its own ("and had
 * crossed into China at dawn") it is on the last day the article stated, marked inferred.
 */
function attachTimeOfDay(
  sentence: string,
  words: LanguageWords,
  times: TimeMention[],
  lastDay: string | undefined,
): TimeMention[] {
  const p = timePatterns(words);
  const clauses = clausesOf(sentence);
  const days = times.filter((t) => t.granularity === 'day');
  const ownerOf = (offset: number): TimeMention | undefined => {
    const clause = clauseAt(clauses, offset);
    const own = days.find((d) => clause && clause.start <= d.start && d.start < clause.end);
    if (own || !lastDay || !clause) return own;
    const orphan: TimeMention = {
      start: offset,
      end: offset,
      wording: '',
      date: lastDay,
      granularity: 'day',
      inferred: true,
    };
    days.push(orphan);
    times.push(orphan);
    return orphan;
  };
  const extra = new Map<TimeMention, { partOfDay?: string; clock?: string; wording: string[] }>();
  const note = (offset: number, text: string, field: 'partOfDay' | 'clock', value: string): void => {
    const owner = ownerOf(offset);
    if (!owner) return;
    const entry = extra.get(owner) ?? { wording: [] };
    entry[field] ??= value;
    if (!owner.wording.includes(text)) entry.wording.push(text);
    extra.set(owner, entry);
  };
  for (const m of sentence.matchAll(p.partOfDay)) {
    note(m.index ?? 0, m[0], 'partOfDay', words.partsOfDay[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? '');
  }
  for (const m of sentence.matchAll(p.clock)) {
    let hour = Number(m[1]);
    const suffix = (m[3] ?? '').toLowerCase();
    if (suffix.startsWith('p') && hour < 12) hour += 12;
    if (suffix.startsWith('a') && hour === 12) hour = 0;
    if (hour > 23 || Number(m[2] ?? 0) > 59) continue;
    note(m.index ?? 0, m[0], 'clock', `${pad(hour)}:${m[2] ?? '00'}`);
  }
  return times.flatMap((t) => {
    const e = extra.get(t);
    if (!e) return t.wording === '' ? [] : [t];
    const wording = [t.wording, ...e.wording]
      .filter((w) => w !== '')
      .join('; ')
      .slice(0, 200);
    return {
      ...t,
      wording,
      ...(e.partOfDay ? { partOfDay: e.partOfDay } : {}),
      ...(e.clock ? { clock: e.clock } : {}),
    };
  });
}

function opt(value: string | undefined): number | undefined {
  return value ? Number(value) : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
