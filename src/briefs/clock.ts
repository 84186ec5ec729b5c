// Time as the brief scheduler sees it; tests pass a fake so nothing really waits.
import { Cron } from 'croner';

export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Calls `tick` at every time a cron pattern names in `timezone` (DST included): the scheduler's timers. Injected like
 * the clock, so a test fires them by moving its fake clock instead of waiting for real minutes.
 */
export interface Ticker {
  every(pattern: string, timezone: string, tick: () => Promise<void>): { stop(): void };
}

export const cronTicker: Ticker = {
  every(pattern, timezone, tick) {
    const job = new Cron(pattern, { timezone }, () => tick());
    return { stop: () => job.stop() };
  },
};
