import { describe, expect, it } from 'vitest';
import { addDays, nearestWeekday, weekdayOf } from '../../src/core/calendar.ts';

describe('the calendar helper', () => {
  it('counts days across a month end', () => {
    expect(addDays('2025-08-30', 3)).toBe('2025-09-02');
    expect(weekdayOf('2025-09-02')).toBe(2); // a Tuesday
  });

  it('finds a weekday on or before, on or after, or nearest a day', () => {
    // From Tuesday 2 Sep: the Wednesday after, the Sunday before, and the nearest Wednesday is the next day.
    expect(nearestWeekday('2025-09-02', 3, 1)).toBe('2025-09-03');
    expect(nearestWeekday('2025-09-02', 0, -1)).toBe('2025-08-31');
    expect(nearestWeekday('2025-09-02', 3, 0)).toBe('2025-09-03');
    // Nearest Saturday to a Tuesday is three days back, not four ahead.
    expect(nearestWeekday('2025-09-02', 6, 0)).toBe('2025-08-30');
  });
});
