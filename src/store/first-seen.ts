// When the bot first saw each article: "new since the last brief" compares these with the previous brief's time.
import type { Database } from 'better-sqlite3';

export interface FirstSeen {
  /** Records `now` for every id not seen before; returns how many were new. */
  record(articleIds: readonly string[], now: Date): number;
  all(): Map<string, string>;
}

export function createFirstSeen(db: Database): FirstSeen {
  const insert = db.prepare('INSERT OR IGNORE INTO article_first_seen (article_id, first_seen_at) VALUES (?, ?)');
  const select = db.prepare<[], { article_id: string; first_seen_at: string }>(
    'SELECT article_id, first_seen_at FROM article_first_seen',
  );
  const record = db.transaction((ids: readonly string[], at: string) =>
    ids.reduce((n, id) => n + insert.run(id, at).changes, 0),
  );
  return {
    record: (ids, now) => record.immediate(ids, now.toISOString()),
    all: () => new Map(select.all().map((r) => [r.article_id, r.first_seen_at])),
  };
}
