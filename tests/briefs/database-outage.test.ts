// PostgreSQL stopped when a brief is due: the timer's failure is logged (never an unhandled rejection, which would end
// the process), the store says why it is not ready, and the brief is posted once by the first sweep after the server
// is back. The outage is real (the server is stopped) but short in wall time: the scheduler's clock is a fake that
// moves 20 s through it.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBriefScheduler } from '../../src/briefs/brief-scheduler.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/index.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { FakeClock, FakePlatform, fakePublisher } from './fake-publisher.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 30_000);
afterAll(async () => cluster?.stop());

function capturedLogger() {
  const lines: { level: number; msg: string }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', secrets: [], destination }), lines };
}

describe('a brief due while PostgreSQL is down', () => {
  it('is posted once after the database returns, and nothing is thrown meanwhile', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const clock = new FakeClock(Date.parse('2026-03-02T07:59:30Z'));
    const opened = await openStore(await cluster.createDatabase('outage'), { now: clock.now });
    if (!opened.ok) throw new Error(opened.problem);
    const { store } = opened;
    await store.subscriptions.upsert(
      { platform: 'slack', channelId: 'C1', time: '08:00', timezone: 'UTC', createdBy: 'U1' },
      new Date('2026-03-01T12:00:00Z'),
    );
    const world = new FakePlatform();
    const { logger, lines } = capturedLogger();
    const scheduler = createBriefScheduler({
      store,
      publishers: [fakePublisher('slack', world, clock.now)],
      getPack: bundledPack,
      catchupHours: 6,
      clock,
      ticker: clock.ticker,
      logger,
    });
    try {
      await scheduler.start();
      await cluster.pause();
      // The channel's timer and the sweep both fire at 08:00, and every sweep fails until 08:00:20.
      await clock.runTo('2026-03-02T08:00:20Z');
      expect(world.messages).toEqual([]);
      expect(store.notReadyReason()).toMatch(/^database unreachable/);
      const errors = lines.filter((l) => l.level >= 50).map((l) => l.msg);
      expect(errors).toContain('brief timer failed; the sweep tries again');

      await cluster.resume();
      await clock.runTo('2026-03-02T08:05:00Z');
      expect(world.inChannel('C1').map((m) => m.at.toISOString())).toEqual(['2026-03-02T08:01:00.000Z']);
      const log = await store.sql.all('SELECT local_date, state FROM brief_log');
      expect(log).toEqual([{ local_date: '2026-03-02', state: 'posted' }]);
      expect(store.notReadyReason()).toBeUndefined();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await scheduler.stop();
      await store.close();
    }
  }, 30_000);
});
