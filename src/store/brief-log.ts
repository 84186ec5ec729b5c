// The brief log: one row per platform, channel and local date. Its UNIQUE key is what makes delivery exactly-once,
// for any number of processes on either engine: a process posts only after its INSERT claimed the slot (a job may run
// twice; the insert succeeds once), and a claim older than its lease (its holder crashed or hung) is taken over by
// compare-and-swap on the claim token, a single UPDATE that only one process can win. No statement here needs a
// transaction, so replicas never wait on each other's locks.
import type { SqlExecutor } from './sql-engine.ts';
import type { BriefPlatform } from './subscriptions.ts';

export interface BriefSlot {
  readonly platform: BriefPlatform;
  readonly channelId: string;
  /** The channel's local date, YYYY-MM-DD. */
  readonly localDate: string;
}

export type BriefState = 'claimed' | 'posted' | 'skipped' | 'failed';

export interface BriefLogEntry extends BriefSlot {
  readonly state: BriefState;
  readonly claimToken: string | null;
  readonly claimedAt: string | null;
  readonly messageId: string | null;
  readonly postedAt: string | null;
  readonly delayed: boolean;
  readonly attempts: number;
  readonly lastError: string | null;
}

export type ClaimResult =
  /** Nobody had the slot: post. */
  | { kind: 'claimed' }
  /** A stale claim was taken over: its holder may have posted, so settle with the platform before posting. */
  | { kind: 'taken-over'; previousClaimedAt: string }
  /** Another live process holds the slot, unless it has not renewed its claim by `leaseEndsAt`. */
  | { kind: 'busy'; leaseEndsAt: Date }
  /** Already posted, skipped or failed. */
  | { kind: 'settled'; entry: BriefLogEntry };

export interface BriefLog {
  claim(slot: BriefSlot, token: string, now: Date, leaseMs: number, delayed: boolean): Promise<ClaimResult>;
  /** Extends the lease; false when the claim was lost (taken over or settled). */
  renew(slot: BriefSlot, token: string, now: Date): Promise<boolean>;
  recordPosted(slot: BriefSlot, token: string, messageId: string, postedAt: Date): Promise<boolean>;
  recordFailed(slot: BriefSlot, token: string, error: string): Promise<boolean>;
  recordAttempt(slot: BriefSlot, token: string, error: string): Promise<void>;
  /** Gives a claim up (nothing was posted): the slot is free again, as if never claimed. */
  release(slot: BriefSlot, token: string): Promise<boolean>;
  /** Logs a slot as skipped unless it already has a row. */
  recordSkipped(slot: BriefSlot, reason: string, now: Date): Promise<boolean>;
  get(slot: BriefSlot): Promise<BriefLogEntry | undefined>;
  /** The channel's latest posted brief before `localDate`. */
  previousPosted(platform: BriefPlatform, channelId: string, localDate: string): Promise<BriefLogEntry | undefined>;
  /** Claims not settled yet (after a crash: uncertain). */
  unsettled(): Promise<BriefLogEntry[]>;
}

interface Row {
  platform: BriefPlatform;
  channel_id: string;
  local_date: string;
  state: BriefState;
  claim_token: string | null;
  claimed_at: string | null;
  message_id: string | null;
  posted_at: string | null;
  delayed: number;
  attempts: number;
  last_error: string | null;
}

const toEntry = (r: Row): BriefLogEntry => ({
  platform: r.platform,
  channelId: r.channel_id,
  localDate: r.local_date,
  state: r.state,
  claimToken: r.claim_token,
  claimedAt: r.claimed_at,
  messageId: r.message_id,
  postedAt: r.posted_at,
  delayed: Number(r.delayed) === 1,
  attempts: r.attempts,
  lastError: r.last_error,
});

const SLOT = 'platform = ? AND channel_id = ? AND local_date = ?';
const CLAIMED_BY = `${SLOT} AND state = 'claimed' AND claim_token = ?`;
const keyOf = (s: BriefSlot) => [s.platform, s.channelId, s.localDate];
const entryOrUndefined = (rows: Row[]) => (rows[0] ? toEntry(rows[0]) : undefined);

export function createBriefLog(db: SqlExecutor): BriefLog {
  const select = (slot: BriefSlot) => db.all<Row>(`SELECT * FROM brief_log WHERE ${SLOT}`, keyOf(slot));
  const updateClaimed = async (set: string, values: unknown[], slot: BriefSlot, token: string) =>
    (await db.run(`UPDATE brief_log SET ${set} WHERE ${CLAIMED_BY}`, [...values, ...keyOf(slot), token])) === 1;

  return {
    async claim(slot, token, now, leaseMs, delayed) {
      const at = now.toISOString();
      const flag = delayed ? 1 : 0;
      const inserted = await db.run(
        `INSERT INTO brief_log (platform, channel_id, local_date, state, claim_token, claimed_at, delayed)
         VALUES (?, ?, ?, 'claimed', ?, ?, ?) ON CONFLICT (platform, channel_id, local_date) DO NOTHING`,
        [...keyOf(slot), token, at, flag],
      );
      if (inserted === 1) return { kind: 'claimed' };
      const [row] = await select(slot);
      if (!row) return { kind: 'busy', leaseEndsAt: new Date(now.getTime() + leaseMs) };
      if (row.state !== 'claimed') return { kind: 'settled', entry: toEntry(row) };
      const claimedAt = row.claimed_at ?? at;
      const leaseEndsAt = new Date(Date.parse(claimedAt) + leaseMs);
      if (leaseEndsAt.getTime() > now.getTime()) return { kind: 'busy', leaseEndsAt };
      const swapped = await db.run(
        `UPDATE brief_log SET claim_token = ?, claimed_at = ?, delayed = ? WHERE ${CLAIMED_BY}`,
        [token, at, flag, ...keyOf(slot), row.claim_token],
      );
      return swapped === 1
        ? { kind: 'taken-over', previousClaimedAt: claimedAt }
        : { kind: 'busy', leaseEndsAt: new Date(now.getTime() + leaseMs) };
    },
    renew: (slot, token, now) => updateClaimed('claimed_at = ?', [now.toISOString()], slot, token),
    recordPosted: (slot, token, messageId, postedAt) =>
      updateClaimed(
        "state = 'posted', message_id = ?, posted_at = ?, attempts = attempts + 1",
        [messageId, postedAt.toISOString()],
        slot,
        token,
      ),
    recordFailed: (slot, token, error) =>
      updateClaimed("state = 'failed', last_error = ?, attempts = attempts + 1", [error.slice(0, 500)], slot, token),
    recordAttempt: async (slot, token, error) =>
      void (await updateClaimed('attempts = attempts + 1, last_error = ?', [error.slice(0, 500)], slot, token)),
    release: async (slot, token) =>
      (await db.run(`DELETE FROM brief_log WHERE ${CLAIMED_BY}`, [...keyOf(slot), token])) === 1,
    recordSkipped: async (slot, reason, now) =>
      (await db.run(
        `INSERT INTO brief_log (platform, channel_id, local_date, state, claimed_at, last_error)
         VALUES (?, ?, ?, 'skipped', ?, ?) ON CONFLICT (platform, channel_id, local_date) DO NOTHING`,
        [...keyOf(slot), now.toISOString(), reason.slice(0, 500)],
      )) === 1,
    get: async (slot) => entryOrUndefined(await select(slot)),
    previousPosted: async (platform, channelId, localDate) =>
      entryOrUndefined(
        await db.all<Row>(
          `SELECT * FROM brief_log WHERE platform = ? AND channel_id = ? AND local_date < ?
           AND state = 'posted' ORDER BY local_date DESC LIMIT 1`,
          [platform, channelId, localDate],
        ),
      ),
    unsettled: async () =>
      (await db.all<Row>("SELECT * FROM brief_log WHERE state = 'claimed' ORDER BY id")).map(toEntry),
  };
}
