// The one calendar helper: day arithmetic on YYYY-MM-DD strings in UTC (dates here are calendar days, never
// instants). Extraction, the timeline and ask all count days with these.

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/**
 * The given weekday on or before (direction -1) or on or after (+1) the day; with direction 0, the one within three
 * days either side ("Wednesday" asked of a Tuesday report means the day after).
 */
export function nearestWeekday(day: string, weekday: number, direction: 1 | -1 | 0): string {
  if (direction === 0) {
    const delta = (weekday - weekdayOf(day) + 7) % 7;
    return addDays(day, delta > 3 ? delta - 7 : delta);
  }
  const diff = direction < 0 ? (weekdayOf(day) - weekday + 7) % 7 : (weekday - weekdayOf(day) + 7) % 7;
  return addDays(day, direction * diff);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Of last, this and next year, the one that puts month/day nearest the reference day (news reports are recent). */
export function nearestYear(reference: string, month: number, day: number): number {
  const year = Number(reference.slice(0, 4));
  const ref = Date.parse(`${reference}T00:00:00Z`);
  const candidates = [year - 1, year, year + 1].filter((y) => isValidDay(y, month, day));
  return (
    candidates.sort(
      (a, b) => Math.abs(Date.UTC(a, month - 1, day) - ref) - Math.abs(Date.UTC(b, month - 1, day) - ref),
    )[0] ?? year
  );
}

export function monthsBefore(reference: string, months: number): { year: number; month: number } {
  const total = Number(reference.slice(0, 4)) * 12 + Number(reference.slice(5, 7)) - 1 - Math.round(months);
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}
