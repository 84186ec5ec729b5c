// When the bot first saw each article: "new since the last brief" compares these with the previous brief's time.
import type { SqlExecutor } from './sql-engine.ts';

export interface FirstSeen {
  /** Records `now` for every id not seen before; returns how many were new. */
  record(articleIds: readonly string[], now: Date): Promise<number>;
  all(): Promise<Map<string, string>>;
}

/** Rows per INSERT: two parameters each, well under SQLite's oldest limit of 999 parameters per statement. */
const CHUNK = 400;

export function createFirstSeen(db: SqlExecutor): FirstSeen {
  return {
    async record(ids, now) {
      const at = now.toISOString();
      let added = 0;
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        added += await db.run(
          `INSERT INTO article_first_seen (article_id, first_seen_at) VALUES ${chunk.map(() => '(?, ?)').join(', ')}
           ON CONFLICT (article_id) DO NOTHING`,
          chunk.flatMap((id) => [id, at]),
        );
      }
      return added;
    },
    async all() {
      const rows = await db.all<{ article_id: string; first_seen_at: string }>(
        'SELECT article_id, first_seen_at FROM article_first_seen',
      );
      return new Map(rows.map((r) => [r.article_id, r.first_seen_at]));
    },
  };
}
