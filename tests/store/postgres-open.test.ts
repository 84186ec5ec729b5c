// PostgreSQL's own opening rules: a database that cannot be reached is refused with one clear message that never
// shows the password, and a store whose server goes away says so on /readyz instead of crashing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { safeDatabaseUrl } from '../../src/store/postgres-engine.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';

let cluster: PostgresCluster;
const emptyDir = mkdtempSync(path.join(tmpdir(), 'summit-no-pg-'));
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 30_000);
afterAll(async () => {
  await cluster?.stop();
  rmSync(emptyDir, { recursive: true, force: true });
});

describe('opening PostgreSQL', () => {
  it('refuses a server that is not there, naming DATABASE_URL, with the password masked', async () => {
    const url = `postgres://summit:s3cret-pw@localhost/summit?host=${encodeURIComponent(emptyDir)}`;
    const result = await openStore(url);
    expect(result.ok).toBe(false);
    const problem = result.ok ? '' : result.problem;
    expect(problem).toMatch(
      /^DATABASE_URL postgres:\/\/summit:\*\*\*@localhost\/summit\?host=.* could not be opened \(/,
    );
    expect(problem).toContain('ENOENT');
    expect(problem).not.toContain('s3cret-pw');
  });

  it('masks the password of any URL it shows', () => {
    expect(safeDatabaseUrl('postgresql://u:p%40ss@db.example:5432/summit')).toBe(
      'postgresql://u:***@db.example:5432/summit',
    );
    expect(safeDatabaseUrl('postgres://db/summit')).toBe('postgres://db/summit');
  });

  it('reports a server that went away as not ready, and recovers nothing it cannot', async () => {
    const own = await startPostgresCluster();
    const opened = await openStore(await own.createDatabase('gone'));
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.store).toMatchObject({ engine: 'postgres' });
    expect(opened.store.notReadyReason()).toBeUndefined();
    await own.stop();
    await expect(opened.store.subscriptions.listActive()).rejects.toThrow();
    expect(opened.store.notReadyReason()).toMatch(/^database unreachable \(/);
    await opened.store.close();
  });
});
