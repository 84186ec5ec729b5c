// Local times and IANA time zones for briefs. Scheduling instants come from croner, which resolves daylight-saving
// gaps forward (02:30 on a spring-forward day runs at 03:00) and runs once on the earlier of two folded times.
import { Cron } from 'croner';

export const DEFAULT_BRIEF_TIME = '08:00';

/** "08:00", "7:30" -> "08:00", "07:30"; "25:00", "8", "08:60" -> undefined. */
export function parseBriefTime(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** An IANA zone Intl knows ("Europe/Berlin", "UTC"); offsets and abbreviations ("CET", "+02:00") are refused. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone) || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Intl's spelling of a valid zone ("europe/berlin" -> "Europe/Berlin"). */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

// One formatter per zone: building an Intl.DateTimeFormat costs ~0.1 ms, and every command asks for "today" (it was
// the largest single cost of a cached Slack answer in the profile). Zones are the configured ones, a handful.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

// The last answer per zone, by minute: every zone's offset is a whole number of minutes, so the date cannot change
// within a minute, and a burst of commands formats once.
const lastDay = new Map<string, { minute: number; day: string }>();

/** The calendar date (YYYY-MM-DD) at `instant` in `zone`. */
export function localDateIn(instant: Date, zone: string): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDay.get(zone);
  if (last?.minute === minute) return last.day;
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  const day = format.format(instant);
  lastDay.set(zone, { minute, day });
  return day;
}

function dailyPattern(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${Number(minutes)} ${Number(hours)} * * *`;
}

/** The next instant the daily `time` occurs in `zone`, strictly after `after`. */
export function nextBriefAt(time: string, zone: string, after: Date): Date {
  const next = new Cron(dailyPattern(time), { timezone: zone, paused: true }).nextRun(after);
  if (!next) throw new Error(`no next run for ${time} ${zone}`);
  return next;
}

/** The latest instant the daily `time` occurred in `zone`, at or before `at`. */
export function lastBriefAt(time: string, zone: string, at: Date): Date {
  const [previous] = new Cron(dailyPattern(time), { timezone: zone, paused: true }).previousRuns(
    1,
    new Date(at.getTime() + 1000),
  );
  if (!previous) throw new Error(`no previous run for ${time} ${zone}`);
  return previous;
}

/** "Thu 4 Sep 2025, 08:00 CEST" for status messages. */
export function formatInstant(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}
