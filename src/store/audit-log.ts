// The editors' audit log: every review decision (who, where, when, which fact, what it said before and after), kept in
// the bot's database on either engine. A decision's id is unique, so recording it twice (a retried click, a replica
// racing another) keeps one row; corrections are delivered per decision id from here.
import type { SqlExecutor } from './sql-engine.ts';

export type ReviewAction = 'confirm' | 'hide' | 'correct';

export interface AuditEntry {
  readonly decisionId: string;
  readonly factId: string;
  readonly action: ReviewAction;
  /** The editor's platform user id ("terminal:<login>" for `summit review`). */
  readonly editor: string;
  readonly platform: 'slack' | 'discord' | 'terminal';
  readonly channelId: string | null;
  /** The fact as it read before the decision, and after (null when hidden). */
  readonly before: string;
  readonly after: string | null;
  readonly decidedAt: string;
}

export interface AuditLog {
  /** False when a decision with this id was already recorded. */
  record(entry: AuditEntry): Promise<boolean>;
  /** The latest decisions, newest first. */
  latest(limit: number): Promise<AuditEntry[]>;
  /** Hide and correct decisions, oldest first: what corrections are delivered for. */
  corrections(): Promise<AuditEntry[]>;
}

interface Row {
  decision_id: string;
  fact_id: string;
  action: ReviewAction;
  editor: string;
  platform: AuditEntry['platform'];
  channel_id: string | null;
  before_text: string;
  after_text: string | null;
  decided_at: string;
}

const toEntry = (r: Row): AuditEntry => ({
  decisionId: r.decision_id,
  factId: r.fact_id,
  action: r.action,
  editor: r.editor,
  platform: r.platform,
  channelId: r.channel_id,
  before: r.before_text,
  after: r.after_text,
  decidedAt: r.decided_at,
});

export function createAuditLog(db: SqlExecutor): AuditLog {
  return {
    record: async (e) =>
      (await db.run(
        `INSERT INTO review_audit
           (decision_id, fact_id, action, editor, platform, channel_id, before_text, after_text, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (decision_id) DO NOTHING`,
        [e.decisionId, e.factId, e.action, e.editor, e.platform, e.channelId, e.before, e.after, e.decidedAt],
      )) === 1,
    latest: async (limit) =>
      (
        await db.all<Row>('SELECT * FROM review_audit ORDER BY decided_at DESC, id DESC LIMIT ?', [
          Math.max(1, Math.floor(limit)),
        ])
      ).map(toEntry),
    corrections: async () =>
      (await db.all<Row>("SELECT * FROM review_audit WHERE action IN ('hide', 'correct') ORDER BY decided_at, id")).map(
        toEntry,
      ),
  };
}
