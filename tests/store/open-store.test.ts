import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';

const dirs: string[] = [];
const stores: Store[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-store-'));
  dirs.push(dir);
  return dir;
};
const open = (file: string) => {
  const result = openStore(file);
  if (result.ok) stores.push(result.store);
  return result;
};
afterEach(() => {
  for (const s of stores.splice(0)) if (s.db.open) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the folder and the file, migrates once, and uses WAL with a busy timeout', () => {
    const file = path.join(tempDir(), 'nested', 'var', 'summit.db');
    const first = open(file);
    if (!first.ok) throw new Error(first.problem);
    expect(first.migrated).toEqual([1]);
    expect(first.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = first.store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['article_first_seen', 'brief_log', 'migrations', 'subscriptions']);
    first.store.close();
    const again = open(file);
    expect(again.ok && again.migrated).toEqual([]);
  });

  it('keeps data across reopening', () => {
    const file = path.join(tempDir(), 'summit.db');
    const first = open(file);
    if (!first.ok) throw new Error(first.problem);
    first.store.firstSeen.record(['000', '001'], new Date('2025-09-02T06:00:00Z'));
    first.store.close();
    const second = open(file);
    if (!second.ok) throw new Error(second.problem);
    expect(second.store.firstSeen.record(['001', '005'], new Date('2025-09-03T06:00:00Z'))).toBe(1);
    expect(second.store.firstSeen.all()).toEqual(
      new Map([
        ['000', '2025-09-02T06:00:00.000Z'],
        ['001', '2025-09-02T06:00:00.000Z'],
        ['005', '2025-09-03T06:00:00.000Z'],
      ]),
    );
  });

  it('refuses a file that is not a database, with a clear message, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'summit.db');
    writeFileSync(file, 'these are my notes, not a database\n');
    const result = open(file);
    expect(result).toEqual({
      ok: false,
      problem: `DATABASE_PATH ${file} is not a SQLite database (corrupt, or the wrong file). The file was not changed.`,
    });
    expect(readFileSync(file, 'utf8')).toBe('these are my notes, not a database\n');
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database whose pages are damaged, without crashing, and keeps its bytes', () => {
    const file = path.join(tempDir(), 'summit.db');
    const good = open(file);
    if (!good.ok) throw new Error(good.problem);
    good.store.db.pragma('journal_mode = DELETE');
    good.store.db.exec('CREATE TABLE filler (x TEXT)');
    const insert = good.store.db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 200; i += 1) insert.run('x'.repeat(500));
    good.store.close();
    const bytes = readFileSync(file);
    bytes.fill(0xff, 4096, 4096 * 3); // Overwrite two pages after the header.
    writeFileSync(file, bytes);
    const result = open(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(
      /^DATABASE_PATH .* (is damaged|is corrupt).*restore it from a backup\. The file was not changed\.$/,
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a read-only database file (even as root) and changes nothing in it', () => {
    const file = path.join(tempDir(), 'summit.db');
    const first = open(file);
    if (!first.ok) throw new Error(first.problem);
    first.store.subscriptions.upsert(
      { platform: 'slack', channelId: 'C1', time: '08:00', timezone: 'UTC', createdBy: 'U1' },
      new Date('2025-09-01T00:00:00Z'),
    );
    first.store.close();
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const result = open(file);
    expect(result).toEqual({
      ok: false,
      problem: `DATABASE_PATH ${file} is read-only; make it writable (chmod u+w) or point DATABASE_PATH elsewhere. The file was not changed.`,
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    chmodSync(file, 0o644);
    const reopened = open(file);
    expect(reopened.ok && reopened.store.subscriptions.get('slack', 'C1')?.time).toBe('08:00');
  });

  it('refuses a database from a newer schema instead of guessing', () => {
    const file = path.join(tempDir(), 'summit.db');
    const first = open(file);
    if (!first.ok) throw new Error(first.problem);
    first.store.close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO migrations VALUES (99, 'future', '2030-01-01')").run();
    raw.close();
    const result = open(file);
    expect(!result.ok && result.problem).toMatch(/written by a newer summit \(schema v99; this one knows v1\)/);
  });
});
