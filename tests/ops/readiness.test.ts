// /readyz as operators rely on it: 503 before start-up has finished, and 503 for as long as the database cannot take
// writes (SQLite full: a real SQLITE_FULL from SQLite's page limit), with reasons that name no path; ready again
// once there is room. The probe is a real write, shared by probes less than a second apart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningBriefs } from '../../src/briefs/index.ts';
import { createWorkspacePauses } from '../../src/briefs/workspace-pauses.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { createOpsHandler } from '../../src/ops/ops-routes.ts';
import { readinessChecks } from '../../src/ops/readiness.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { bundledPack } from '../support/bundled-pack.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function openTempStore(): Promise<{ store: Store; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-ready-'));
  const opened = await openStore(path.join(dir, 'summit.db'));
  if (!opened.ok) throw new Error(opened.problem);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => opened.store.close());
  return { store: opened.store, dir };
}

/** GET /readyz through the real handler, without a socket. */
async function readyz(handler: ReturnType<typeof createOpsHandler>): Promise<[number, string]> {
  let status = 0;
  let body = '';
  const res = {
    writeHead: (s: number) => ((status = s), res),
    end: (b: string) => void (body = b),
    setHeader: () => undefined,
  };
  await handler({ method: 'GET', url: '/readyz', headers: {} } as never, res as never);
  return [status, body];
}

function handlerFor(parts: { store?: Store; started: () => boolean; now?: () => Date }) {
  const pauses = createWorkspacePauses();
  const briefs = parts.store ? ({ store: parts.store, pauses } as unknown as RunningBriefs) : undefined;
  const checks = readinessChecks({
    holder: { current: bundledPack },
    platforms: () => [],
    briefs: () => briefs,
    started: parts.started,
    now: parts.now,
  });
  return Object.assign(createOpsHandler(createMetrics(), checks), { pauses });
}

describe('/readyz', () => {
  it('is 503 until start-up has finished, then 200', async () => {
    let started = false;
    const handler = handlerFor({ started: () => started });
    expect(await readyz(handler)).toEqual([503, 'not ready\nstartup: not finished\n']);
    started = true;
    expect(await readyz(handler)).toEqual([200, 'ready\n']);
  });

  it('is 503 throughout 20 s of a full SQLite database, naming no path, and 200 once it has room', async () => {
    const { store, dir } = await openTempStore();
    let now = Date.parse('2026-03-02T08:00:00Z');
    const handler = handlerFor({ store, started: () => true, now: () => new Date(now) });
    expect(await readyz(handler)).toEqual([200, 'ready\n']);

    // SQLite's own limit on the file's pages: every write that needs a new page fails with SQLITE_FULL, as on a
    // full disk. https://sqlite.org/pragma.html#pragma_max_page_count
    const [row] = await store.sql.all<{ page_count: number }>('PRAGMA page_count');
    await store.sql.exec(`PRAGMA max_page_count = ${row!.page_count}`);
    const many = Array.from({ length: 2000 }, (_, i) => `article-${i}`);
    await expect(store.firstSeen.record(many, new Date(now))).rejects.toMatchObject({ code: 'SQLITE_FULL' });

    const answers: [number, string][] = [];
    for (let second = 0; second <= 20; second += 2) {
      now += 2000;
      answers.push(await readyz(handler));
    }
    expect(new Set(answers.map(([status, body]) => `${status} ${body}`))).toEqual(
      new Set(['503 not ready\ndatabase: database not writable (SQLITE_FULL: no room to grow)\n']),
    );
    expect(answers.some(([, body]) => body.includes(dir) || body.includes('/'))).toBe(false);
    expect(store.notReadyReason()).toBe('database not writable (SQLITE_FULL)');

    await store.sql.exec('PRAGMA max_page_count = 1073741823');
    now += 2000;
    expect(await readyz(handler)).toEqual([200, 'ready\n']);
    expect(store.notReadyReason()).toBeUndefined();
  });

  it('stays ready but says degraded while a workspace is paused, naming the workspace and code', async () => {
    const { store } = await openTempStore();
    const handler = handlerFor({ store, started: () => true });
    handler.pauses.pause('slack:T1', 'invalid_auth', new Date('2026-03-02T08:00:00Z'));
    expect(await readyz(handler)).toEqual([
      200,
      'ready (degraded)\nposting: paused, the token was refused: slack:T1 (invalid_auth since 2026-03-02T08:00:00.000Z)\n',
    ]);
    handler.pauses.resume('slack:T1');
    expect(await readyz(handler)).toEqual([200, 'ready\n']);
  });

  it('probes at most once a second, however often it is asked', async () => {
    const { store } = await openTempStore();
    let now = Date.parse('2026-03-02T08:00:00Z');
    const handler = handlerFor({ store, started: () => true, now: () => new Date(now) });
    const probedAt = async () =>
      (await store.sql.all<{ probed_at: string }>('SELECT probed_at FROM ready_probe'))[0]?.probed_at;
    await readyz(handler);
    now += 500;
    await readyz(handler);
    expect(await probedAt()).toBe('2026-03-02T08:00:00.000Z');
    now += 500;
    await readyz(handler);
    expect(await probedAt()).toBe('2026-03-02T08:00:01.000Z');
  });
});
