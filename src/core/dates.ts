// Calendar dates as the fact sheet keeps them (YYYY, YYYY-MM, YYYY-MM-DD) and as people type them ("sep 3").

/** The one month table of the code base (timeline filters, ask's time words): full English names, lower case. */
export const MONTH_FULL_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTHS = MONTH_FULL_NAMES.map((m) => m.slice(0, 3));
const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));

/** 1-12 for a full month name, its first three letters or "sept" (folded, lower case); undefined otherwise. */
export function monthOfWord(word: string): number | undefined {
  const index = MONTH_FULL_NAMES.findIndex((m) => m === word || m.slice(0, 3) === word);
  if (index >= 0) return index + 1;
  return word === 'sept' ? 9 : undefined;
}

export interface Period {
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day, YYYY-MM-DD. */
  readonly end: string;
  /** As people read it: "3 Sep 2025", "Sep 2025", "2015". */
  readonly label: string;
}

/** "2025-09-03" -> "3 Sep 2025", "2025-09" -> "Sep 2025", "2025" -> "2025". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

export function periodOf(date: string): Period {
  const [year = '0000', month, day] = date.split('-');
  const label = formatDate(date);
  if (day) return { start: date, end: date, label };
  if (month) return { start: `${year}-${month}-01`, end: `${year}-${month}-${daysInMonth(year, month)}`, label };
  return { start: `${year}-01-01`, end: `${year}-12-31`, label };
}

export function isWithin(inner: Period, outer: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Reads a date filter: 2025-09-03, 2025-09, 2015, sep 3, 3 sep, september 3 2025, sep. A day or month without a year
 * takes `defaultYear` (the story's year). Returns undefined when the text is not a date.
 */
export function parseDateFilter(text: string, defaultYear: string): Period | undefined {
  const t = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (iso) return build(iso[1], iso[2], iso[3]);
  const monthFirst = /^([a-z]{3,9})\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?(?: (\d{4}))?$/.exec(t);
  const firstMonth = monthNumber(monthFirst?.[1]);
  if (monthFirst && firstMonth) return build(monthFirst[3] ?? defaultYear, firstMonth, monthFirst[2]);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?(?: (\d{4}))?$/.exec(t);
  const secondMonth = monthNumber(dayFirst?.[2]);
  if (dayFirst && secondMonth) return build(dayFirst[3] ?? defaultYear, secondMonth, dayFirst[1]);
  return undefined;
}

function monthNumber(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const index = MONTHS.findIndex((m) => word.startsWith(m) && (word.length === 3 || isFullMonthPrefix(word)));
  return index < 0 ? undefined : String(index + 1);
}

function isFullMonthPrefix(word: string): boolean {
  return [...MONTH_FULL_NAMES, 'sept'].some((m) => m.startsWith(word));
}

function build(year: string | undefined, month: string | undefined, day: string | undefined): Period | undefined {
  if (!year || (day !== undefined && month === undefined)) return undefined;
  if (month === undefined) return periodOf(year);
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return periodOf(`${year}-${mm}`);
  const d = Number(day);
  if (d < 1 || d > Number(daysInMonth(year, mm))) return undefined;
  return periodOf(`${year}-${mm}-${String(d).padStart(2, '0')}`);
}

function daysInMonth(year: string, month: string): string {
  return String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate());
}
