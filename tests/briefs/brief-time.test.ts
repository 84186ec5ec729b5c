import { describe, expect, it } from 'vitest';
import { isTimeZone, lastBriefAt, localDateIn, nextBriefAt, parseBriefTime } from '../../src/briefs/brief-time.ts';

const runs = (time: string, zone: string, from: string, n: number) => {
  const out: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < n; i += 1) {
    at = nextBriefAt(time, zone, at);
    out.push(at.toISOString());
  }
  return out;
};

describe('brief times', () => {
  it('reads HH:MM and refuses 25:00', () => {
    expect(parseBriefTime('8:05')).toBe('08:05');
    expect(parseBriefTime('23:59')).toBe('23:59');
    for (const bad of ['25:00', '24:00', '08:60', '8', 'eight', '08:00:00'])
      expect(parseBriefTime(bad)).toBeUndefined();
  });

  it('accepts IANA zones and refuses unknown names and offsets', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    for (const bad of ['Mars/Olympus_Mons', '+02:00', 'Europe/Berlin; DROP', '']) expect(isTimeZone(bad)).toBe(false);
  });

  it('keeps 08:00 Europe/Berlin at 08:00 local across both DST changes of 2025', () => {
    expect(runs('08:00', 'Europe/Berlin', '2025-03-29T00:00:00Z', 3)).toEqual([
      '2025-03-29T07:00:00.000Z',
      '2025-03-30T06:00:00.000Z',
      '2025-03-31T06:00:00.000Z',
    ]);
    expect(runs('08:00', 'Europe/Berlin', '2025-10-25T00:00:00Z', 3)).toEqual([
      '2025-10-25T06:00:00.000Z',
      '2025-10-26T07:00:00.000Z',
      '2025-10-27T07:00:00.000Z',
    ]);
  });

  it('keeps 08:00 America/New_York at 08:00 local across both DST changes of 2025', () => {
    expect(runs('08:00', 'America/New_York', '2025-03-08T00:00:00Z', 3)).toEqual([
      '2025-03-08T13:00:00.000Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-10T12:00:00.000Z',
    ]);
    expect(runs('08:00', 'America/New_York', '2025-11-01T00:00:00Z', 3)).toEqual([
      '2025-11-01T12:00:00.000Z',
      '2025-11-02T13:00:00.000Z',
      '2025-11-03T13:00:00.000Z',
    ]);
  });

  it('runs a time that does not exist (spring forward) at the jump, and a doubled one (fall back) once', () => {
    const gap = runs('02:30', 'Europe/Berlin', '2025-03-29T12:00:00Z', 2);
    expect(gap).toEqual(['2025-03-30T01:00:00.000Z', '2025-03-31T00:30:00.000Z']);
    expect(localDateIn(new Date(gap[0] ?? ''), 'Europe/Berlin')).toBe('2025-03-30');
    expect(runs('01:30', 'America/New_York', '2025-11-01T12:00:00Z', 2)).toEqual([
      '2025-11-02T05:30:00.000Z',
      '2025-11-03T06:30:00.000Z',
    ]);
  });

  it('finds the latest occurrence at or before a moment, for catch-up', () => {
    expect(lastBriefAt('08:00', 'Europe/Berlin', new Date('2025-09-03T06:00:00Z')).toISOString()).toBe(
      '2025-09-03T06:00:00.000Z',
    );
    expect(lastBriefAt('08:00', 'Europe/Berlin', new Date('2025-09-03T05:59:00Z')).toISOString()).toBe(
      '2025-09-02T06:00:00.000Z',
    );
  });
});
