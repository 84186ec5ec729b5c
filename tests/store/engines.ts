// Runs a store suite once per engine: SQLite in a temp file, and PostgreSQL in a throwaway cluster (one per test
// file, started when its first PostgreSQL suite begins, stopped after the file; one fresh database per test). Nothing is skipped: without the server binaries the
// PostgreSQL run fails, saying how to install them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { openStore, type EngineKind, type Store } from '../../src/store/index.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';

export interface EngineUnderTest {
  readonly kind: EngineKind;
  /** A new, empty database: a SQLite file path or a postgres:// URL. */
  newLocation(): Promise<string>;
  /** Opens (and migrates) the database at `location`, closed after the test. */
  open(location: string, now?: () => Date): Promise<Store>;
}

let shared: Promise<PostgresCluster> | undefined;
let databases = 0;
let stopRegistered = false;
function sharedCluster(): Promise<PostgresCluster> {
  if (!shared) {
    shared = startPostgresCluster().then((cluster) => {
      console.info(`PostgreSQL test cluster started in ${cluster.startMs} ms`);
      return cluster;
    });
  }
  return shared;
}

export function describeEachEngine(title: string, suite: (engine: () => EngineUnderTest) => void): void {
  if (!stopRegistered) {
    // Registered while the test file is being collected: it runs once, after every suite of the file.
    stopRegistered = true;
    afterAll(async () => (await shared)?.stop());
  }
  for (const kind of ['sqlite', 'postgres'] as const) {
    describe(`${title} (${kind})`, () => {
      let cluster: PostgresCluster | undefined;
      const dirs: string[] = [];
      const stores: Store[] = [];
      beforeAll(async () => {
        if (kind === 'postgres') cluster = await sharedCluster();
      }, 30_000);
      afterEach(async () => {
        await Promise.all(stores.splice(0).map((s) => s.close()));
        for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
      });
      const engine: EngineUnderTest = {
        kind,
        async newLocation() {
          if (cluster) return cluster.createDatabase(`test_${(databases += 1)}`);
          const dir = mkdtempSync(path.join(tmpdir(), 'summit-store-'));
          dirs.push(dir);
          return path.join(dir, 'summit.db');
        },
        async open(location, now) {
          const opened = await openStore(location, now ? { now } : {});
          if (!opened.ok) throw new Error(opened.problem);
          stores.push(opened.store);
          return opened.store;
        },
      };
      suite(() => engine);
    });
  }
}

/** A new database, opened. */
export async function freshStore(engine: EngineUnderTest): Promise<Store> {
  return engine.open(await engine.newLocation());
}
