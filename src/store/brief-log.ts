// The brief log: one row per platform, channel and local date. Its UNIQUE key is what makes delivery exactly-once:
// a process posts only after its INSERT claimed the slot, and a claim older than its lease (its holder crashed or
// hung) can be taken over by compare-and-swap on the claim token — never by two processes at once.
import type { Database } from 'better-sqlite3';
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
  /** Another live process holds the slot. */
  | { kind: 'busy' }
  /** Already posted, skipped or failed. */
  | { kind: 'settled'; entry: BriefLogEntry };

export interface BriefLog {
  claim(slot: BriefSlot, token: string, now: Date, leaseMs: number, delayed: boolean): ClaimResult;
  /** Extends the lease; false when the claim was lost (taken over or settled). */
  renew(slot: BriefSlot, token: string, now: Date): boolean;
  recordPosted(slot: BriefSlot, token: string, messageId: string, postedAt: Date): boolean;
  recordFailed(slot: BriefSlot, token: string, error: string): boolean;
  recordAttempt(slot: BriefSlot, token: string, error: string): void;
  /** Logs a slot as skipped unless it already has a row. */
  recordSkipped(slot: BriefSlot, reason: string, now: Date): boolean;
  get(slot: BriefSlot): BriefLogEntry | undefined;
  /** The channel's latest posted brief before `localDate`. */
  previousPosted(platform: BriefPlatform, channelId: string, localDate: string): BriefLogEntry | undefined;
  /** Claims not settled yet (after a crash: uncertain). */
  unsettled(): BriefLogEntry[];
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
  delayed: r.delayed === 1,
  attempts: r.attempts,
  lastError: r.last_error,
});

const SLOT = 'platform = @platform AND channel_id = @channelId AND local_date = @localDate';

export function createBriefLog(db: Database): BriefLog {
  const insertClaim = db.prepare(
    `INSERT INTO brief_log (platform, channel_id, local_date, state, claim_token, claimed_at, delayed)
     VALUES (@platform, @channelId, @localDate, 'claimed', @token, @now, @delayed)
     ON CONFLICT (platform, channel_id, local_date) DO NOTHING`,
  );
  const select = db.prepare<BriefSlot, Row>(`SELECT * FROM brief_log WHERE ${SLOT}`);
  const takeOver = db.prepare(
    `UPDATE brief_log SET claim_token = @token, claimed_at = @now, delayed = @delayed
     WHERE ${SLOT} AND state = 'claimed' AND claim_token = @oldToken`,
  );
  const renew = db.prepare(
    `UPDATE brief_log SET claimed_at = @now WHERE ${SLOT} AND state = 'claimed' AND claim_token = @token`,
  );
  const posted = db.prepare(
    `UPDATE brief_log SET state = 'posted', message_id = @messageId, posted_at = @postedAt, attempts = attempts + 1
     WHERE ${SLOT} AND state = 'claimed' AND claim_token = @token`,
  );
  const failed = db.prepare(
    `UPDATE brief_log SET state = 'failed', last_error = @error, attempts = attempts + 1
     WHERE ${SLOT} AND state = 'claimed' AND claim_token = @token`,
  );
  const attempt = db.prepare(
    `UPDATE brief_log SET attempts = attempts + 1, last_error = @error
     WHERE ${SLOT} AND state = 'claimed' AND claim_token = @token`,
  );
  const skipped = db.prepare(
    `INSERT INTO brief_log (platform, channel_id, local_date, state, claimed_at, last_error)
     VALUES (@platform, @channelId, @localDate, 'skipped', @now, @reason)
     ON CONFLICT (platform, channel_id, local_date) DO NOTHING`,
  );
  const previous = db.prepare<{ platform: string; channelId: string; localDate: string }, Row>(
    `SELECT * FROM brief_log WHERE platform = @platform AND channel_id = @channelId AND local_date < @localDate
     AND state = 'posted' ORDER BY local_date DESC LIMIT 1`,
  );
  const unsettled = db.prepare<[], Row>("SELECT * FROM brief_log WHERE state = 'claimed' ORDER BY id");

  const claim = db.transaction(
    (slot: BriefSlot, token: string, now: Date, leaseMs: number, delayed: boolean): ClaimResult => {
      const at = now.toISOString();
      const flag = delayed ? 1 : 0;
      if (insertClaim.run({ ...slot, token, now: at, delayed: flag }).changes === 1) return { kind: 'claimed' };
      const row = select.get(slot);
      if (!row) return { kind: 'busy' };
      if (row.state !== 'claimed') return { kind: 'settled', entry: toEntry(row) };
      const claimedAt = row.claimed_at ?? at;
      if (Date.parse(claimedAt) + leaseMs > now.getTime()) return { kind: 'busy' };
      const swapped = takeOver.run({ ...slot, token, now: at, delayed: flag, oldToken: row.claim_token }).changes;
      return swapped === 1 ? { kind: 'taken-over', previousClaimedAt: claimedAt } : { kind: 'busy' };
    },
  );
  const slotOf = (s: BriefSlot) => ({ platform: s.platform, channelId: s.channelId, localDate: s.localDate });

  return {
    // IMMEDIATE: take the write lock before reading, so the read-then-update cannot interleave with another process.
    claim: (slot, token, now, leaseMs, delayed) => claim.immediate(slotOf(slot), token, now, leaseMs, delayed),
    renew: (slot, token, now) => renew.run({ ...slotOf(slot), token, now: now.toISOString() }).changes === 1,
    recordPosted: (slot, token, messageId, postedAt) =>
      posted.run({ ...slotOf(slot), token, messageId, postedAt: postedAt.toISOString() }).changes === 1,
    recordFailed: (slot, token, error) =>
      failed.run({ ...slotOf(slot), token, error: error.slice(0, 500) }).changes === 1,
    recordAttempt: (slot, token, error) => void attempt.run({ ...slotOf(slot), token, error: error.slice(0, 500) }),
    recordSkipped: (slot, reason, now) =>
      skipped.run({ ...slotOf(slot), reason: reason.slice(0, 500), now: now.toISOString() }).changes === 1,
    get: (slot) => {
      const row = select.get(slotOf(slot));
      return row ? toEntry(row) : undefined;
    },
    previousPosted: (platform, channelId, localDate) => {
      const row = previous.get({ platform, channelId, localDate });
      return row ? toEntry(row) : undefined;
    },
    unsettled: () => unsettled.all().map(toEntry),
  };
}
