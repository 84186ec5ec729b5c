// An in-memory platform for brief delivery tests: channels hold messages with their idempotency key; scripted
// failures can be queued per channel, optionally "landing" the message anyway (a timeout after the platform accepted).
import { Cron } from 'croner';
import type { Clock, Ticker } from '../../src/briefs/clock.ts';
import type { Answer } from '../../src/core/answer-model.ts';
import type { Publisher } from '../../src/briefs/publisher.ts';
import type { BriefPlatform } from '../../src/store/index.ts';

export interface FakeMessage {
  readonly id: string;
  readonly channelId: string;
  readonly key: string;
  readonly delayed: boolean;
  readonly at: Date;
  readonly answer: Answer;
}

export interface ScriptedFailure {
  readonly error: unknown;
  /** The platform kept the message although the call failed. */
  readonly landed?: boolean;
}

export class FakePlatform {
  readonly messages: FakeMessage[] = [];
  /** Every edit in place, in order: which messages got which answer. */
  readonly edits: { readonly channelId: string; readonly messageIds: readonly string[]; readonly answer: Answer }[] =
    [];
  readonly failures = new Map<string, ScriptedFailure[]>();
  postCalls = 0;
  findCalls = 0;
  fail(channelId: string, ...failures: ScriptedFailure[]): void {
    this.failures.set(channelId, [...(this.failures.get(channelId) ?? []), ...failures]);
  }
  inChannel(channelId: string): FakeMessage[] {
    return this.messages.filter((m) => m.channelId === channelId);
  }
}

export function fakePublisher(
  platform: BriefPlatform,
  world: FakePlatform,
  now: () => Date = () => new Date(),
): Publisher {
  const land = (channelId: string, answer: Answer, key: string, delayed: boolean): FakeMessage => {
    const message = { id: `m${world.messages.length + 1}`, channelId, key, delayed, at: now(), answer };
    world.messages.push(message);
    return message;
  };
  return {
    platform,
    async post(channelId, answer, { idempotencyKey, delayed }) {
      world.postCalls += 1;
      const failure = world.failures.get(channelId)?.shift();
      if (failure) {
        if (failure.landed) land(channelId, answer, idempotencyKey, delayed);
        throw failure.error;
      }
      return { messageId: land(channelId, answer, idempotencyKey, delayed).id };
    },
    async findExisting(channelId, key, since) {
      world.findCalls += 1;
      return world.messages.find((m) => m.channelId === channelId && m.key === key && m.at >= since)?.id;
    },
    async edit(channelId, messageIds, answer) {
      world.edits.push({ channelId, messageIds, answer });
    },
  };
}

/**
 * A clock that only moves when told to, for everything that takes a Clock and a Ticker: sleeping advances it at once
 * and is recorded; its ticker's timers fire, in time order, as `runTo` moves it past them. No real time passes.
 */
interface FakeTimer {
  readonly cron: Cron;
  readonly tick: () => Promise<void>;
  next: Date | null;
}

export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  readonly #timers = new Set<FakeTimer>();
  constructor(private time: number) {}
  now = (): Date => new Date(this.time);
  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.time += ms;
  };
  set(iso: string): void {
    this.time = Date.parse(iso);
  }
  advance(ms: number): void {
    this.time += ms;
  }

  /** Timers on this clock: croner only computes the next time (a paused job with no callback never schedules). */
  readonly ticker: Ticker = {
    every: (pattern, timezone, tick) => {
      const cron = new Cron(pattern, { timezone, paused: true });
      const timer: FakeTimer = { cron, tick, next: cron.nextRun(this.now()) };
      this.#timers.add(timer);
      return { stop: () => void this.#timers.delete(timer) };
    },
  };

  /** Moves to `iso`, stopping at each timer due on the way (earliest first) and awaiting its tick. */
  async runTo(iso: string): Promise<void> {
    const target = Date.parse(iso);
    for (;;) {
      const due = [...this.#timers]
        .filter((t) => t.next !== null && t.next.getTime() <= target)
        .sort((a, b) => a.next!.getTime() - b.next!.getTime())[0];
      if (!due) break;
      this.time = Math.max(this.time, due.next!.getTime());
      due.next = due.cron.nextRun(this.now());
      await due.tick();
    }
    this.time = Math.max(this.time, target);
  }
}
