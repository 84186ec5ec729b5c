// TEST ONLY (SUMMIT_TEST_CLOCK_FILE, never set in production): the briefs' time is read from a file the test writes, so
// process-level tests (tests/e2e/briefs-exactly-once.test.ts) move a real `summit start` to a brief's minute and past it
// exactly when they choose, instead of waiting for real minutes. Timers compute their next time with croner, as in
// production, and fire once the file's time reaches it.
import { readFileSync } from 'node:fs';
import { Cron } from 'croner';
import { systemClock, type Clock, type Ticker } from './clock.ts';

/** How often timers look at the file: a test's write is seen within this. */
const POLL_MS = 25;

export function fileClock(file: string): { clock: Clock; ticker: Ticker } {
  // A test rewriting the file can be caught between truncating and writing it (an empty read): the last time read
  // stands until the write lands, instead of an exception inside a timer ending the process.
  let last: number | undefined;
  const now = (): Date => {
    const text = readFileSync(file, 'utf8').trim();
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) {
      if (last !== undefined) return new Date(last);
      throw new Error(`SUMMIT_TEST_CLOCK_FILE ${file} holds no ISO time: ${JSON.stringify(text)}`);
    }
    last = ms;
    return new Date(ms);
  };
  const ticker: Ticker = {
    every(pattern, timezone, tick) {
      const cron = new Cron(pattern, { timezone, paused: true });
      let next = cron.nextRun(now());
      let busy = false;
      const poll = setInterval(() => {
        const at = now();
        if (busy || !next || next > at) return;
        next = cron.nextRun(at);
        busy = true;
        void tick().finally(() => (busy = false));
      }, POLL_MS);
      poll.unref();
      return { stop: () => clearInterval(poll) };
    },
  };
  // Waits (retry backoff) stay real: only the wall clock is the test's.
  return { clock: { now, sleep: systemClock.sleep }, ticker };
}
