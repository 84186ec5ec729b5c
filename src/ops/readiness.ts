// The checks behind /readyz: startup has finished, the pack is loaded (the last good one keeps serving through a bad
// edit), every platform is connected, and the database takes writes (a real write, at most once per PROBE_EVERY_MS).
import type { RunningBriefs } from '../briefs/index.ts';
import type { RunningPlatform } from '../platform.ts';
import type { PackHolder } from './pack-holder.ts';
import type { ReadinessCheck } from './ops-routes.ts';

/** Probes closer together than this share one answer: a busy prober must not turn into a stream of writes. */
const PROBE_EVERY_MS = 1000;

export function readinessChecks(parts: {
  readonly holder: PackHolder;
  readonly platforms: () => readonly RunningPlatform[];
  readonly briefs: () => RunningBriefs | undefined;
  /** False until start-up has finished (database open, due briefs handled); a SIGTERM then still stops cleanly. */
  readonly started: () => boolean;
  readonly now?: () => Date;
}): () => ReadinessCheck[] {
  const now = parts.now ?? (() => new Date());
  let last: { at: number; reason: Promise<string | undefined> } | undefined;
  const probeDatabase = (briefs: RunningBriefs): Promise<string | undefined> => {
    // A failure already seen (a broken connection, a failed write) answers at once, without waiting on the server.
    const known = briefs.store.notReadyReason();
    if (known) return Promise.resolve(known);
    const at = now().getTime();
    if (!last || at - last.at >= PROBE_EVERY_MS) {
      last = { at, reason: briefs.store.sql.probeWritable(now()) };
    }
    return last.reason;
  };
  return () => [
    { name: 'startup', check: () => (parts.started() ? undefined : 'not finished') },
    { name: 'pack', check: () => (parts.holder.current().articles.length > 0 ? undefined : 'no articles loaded') },
    ...parts.platforms().map((p) => ({ name: p.name, check: () => p.notReadyReason?.() })),
    {
      name: 'database',
      check: () => {
        const briefs = parts.briefs();
        // Not open yet: the startup check already says so.
        return briefs ? probeDatabase(briefs) : undefined;
      },
    },
  ];
}
