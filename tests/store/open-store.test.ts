import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';

// SQLite's file handling; what both engines share is in store-contract.test.ts, PostgreSQL's own in postgres-open.

const dirs: string[] = [];
const stores: Store[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-store-'));
  dirs.push(dir);
  return dir;
};
const open = async (file: string) => {
  const result = await openStore(file);
  if (result.ok) stores.push(result.store);
  return result;
};
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the folder and the file, migrates once, and uses WAL with a busy timeout', async () => {
    const file = path.join(tempDir(), 'nested', 'var', 'summit.db');
    const first = await open(file);
    if (!first.ok) throw new Error(first.problem);
    expect(first.migrated).toEqual(MIGRATIONS.map((m) => m.version));
    expect(first.store).toMatchObject({ engine: 'sqlite', location: file });
    expect(await first.store.sql.all('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await first.store.sql.all('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
    const tables = await first.store.sql.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining(['article_first_seen', 'brief_log', 'migrations', 'subscriptions']),
    );
    await first.store.close();
    const again = await open(file);
    expect(again.ok && again.migrated).toEqual([]);
  });

  it('keeps data across reopening', async () => {
    const file = path.join(tempDir(), 'summit.db');
    const first = await open(file);
    if (!first.ok) throw new Error(first.problem);
    await first.store.firstSeen.record(['000', '001'], new Date('2025-09-02T06:00:00Z'));
    await first.store.close();
    const second = await open(file);
    if (!second.ok) throw new Error(second.problem);
    expect(await second.store.firstSeen.record(['001', '005'], new Date('2025-09-03T06:00:00Z'))).toBe(1);
    expect(await second.store.firstSeen.all()).toEqual(
      new Map([
        ['000', '2025-09-02T06:00:00.000Z'],
        ['001', '2025-09-02T06:00:00.000Z'],
        ['005', '2025-09-03T06:00:00.000Z'],
      ]),
    );
  });

  it('refuses a file that is not a database, with a clear message, and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'summit.db');
    writeFileSync(file, 'these are my notes, not a database\n');
    const result = await open(file);
    expect(result).toEqual({
      ok: false,
      problem: `DATABASE_PATH ${file} is not a SQLite database (corrupt, or the wrong file). The file was not changed.`,
    });
    expect(readFileSync(file, 'utf8')).toBe('these are my notes, not a database\n');
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database whose pages are damaged, without crashing, and keeps its bytes', async () => {
    const file = path.join(tempDir(), 'summit.db');
    const good = await open(file);
    if (!good.ok) throw new Error(good.problem);
    await good.store.close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.exec('CREATE TABLE filler (x TEXT)');
    const insert = raw.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 200; i += 1) insert.run('x'.repeat(500));
    raw.close();
    const bytes = readFileSync(file);
    bytes.fill(0xff, 4096, 4096 * 3); // Overwrite two pages after the header.
    writeFileSync(file, bytes);
    const result = await open(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(
      /^DATABASE_PATH .* (is damaged|is corrupt).*restore it from a backup\. The file was not changed\.$/,
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a read-only database file (even as root) and changes nothing in it', async () => {
    const file = path.join(tempDir(), 'summit.db');
    const first = await open(file);
    if (!first.ok) throw new Error(first.problem);
    await first.store.subscriptions.upsert(
      { platform: 'slack', channelId: 'C1', time: '08:00', timezone: 'UTC', createdBy: 'U1' },
      new Date('2025-09-01T00:00:00Z'),
    );
    await first.store.close();
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const result = await open(file);
    expect(result).toEqual({
      ok: false,
      problem: `DATABASE_PATH ${file} is read-only; make it writable (chmod u+w) or point DATABASE_PATH elsewhere. The file was not changed.`,
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    chmodSync(file, 0o644);
    const reopened = await open(file);
    expect(reopened.ok && (await reopened.store.subscriptions.get('slack', 'C1'))?.time).toBe('08:00');
  });
});
