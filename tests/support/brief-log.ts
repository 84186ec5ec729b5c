// The brief tables of a bot's SQLite file, seen and set from outside the bot process: subscriptions that are due now,
// the brief log's rows, and claims aged as if a lease had passed.
import Database from 'better-sqlite3';
import { lastBriefAt, localDateIn } from '../../src/briefs/brief-time.ts';
import { openStore, type BriefPlatform, type BriefSlot } from '../../src/store/index.ts';

/** The bot's claim lease (src/briefs/brief-scheduler.ts): a claim younger than this is left to its holder. */
const LEASE_MS = 2 * 60_000;

export interface BriefLogRow {
  platform: string;
  channel_id: string;
  local_date: string;
  state: string;
  message_id: string | null;
  /** When the claim was taken, by the bot's clock (ISO). */
  claimed_at: string;
  delayed: number;
}

/**
 * Subscribes channels whose brief was due two minutes ago (subscribed yesterday): each start delivers it at once.
 * `databasePath` may also be a postgres:// URL.
 */
export async function subscribeDueNow(
  databasePath: string,
  channels: { platform: BriefPlatform; channelId: string }[],
): Promise<BriefSlot[]> {
  const now = new Date();
  const due = new Date(now.getTime() - 2 * 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  const opened = await openStore(databasePath);
  if (!opened.ok) throw new Error(opened.problem);
  for (const c of channels) {
    await opened.store.subscriptions.upsert(
      { ...c, time, timezone: 'UTC', createdBy: 'env' },
      new Date(now.getTime() - 86_400_000),
    );
  }
  await opened.store.close();
  const localDate = localDateIn(lastBriefAt(time, 'UTC', now), 'UTC');
  return channels.map((c) => ({ ...c, localDate }));
}

export function readBriefLog(databasePath: string): BriefLogRow[] {
  const db = new Database(databasePath, { readonly: true, timeout: 5000 });
  try {
    return db
      .prepare('SELECT platform, channel_id, local_date, state, message_id, claimed_at, delayed FROM brief_log')
      .all() as BriefLogRow[];
  } finally {
    db.close();
  }
}

/**
 * What a restart after the claim lease would see, without waiting the lease out: the dead process's claims are moved
 * back by one lease (only the timestamp; the row stays `claimed`, its holder unknown). Returns how many were aged.
 */
export function ageClaims(databasePath: string): number {
  const db = new Database(databasePath, { timeout: 5000 });
  try {
    const rows = db.prepare("SELECT id, claimed_at FROM brief_log WHERE state = 'claimed'").all() as {
      id: number;
      claimed_at: string;
    }[];
    const age = db.prepare('UPDATE brief_log SET claimed_at = ? WHERE id = ?');
    for (const r of rows) age.run(new Date(Date.parse(r.claimed_at) - LEASE_MS - 1000).toISOString(), r.id);
    return rows.length;
  } finally {
    db.close();
  }
}
