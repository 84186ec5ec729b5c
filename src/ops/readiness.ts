// The checks behind /readyz: startup has finished, the pack is loaded (the last good one keeps serving through a bad
// edit), every platform is connected, and the database takes writes (a real write, at most once per PROBE_EVERY_MS).
// A workspace whose token is refused is reported too, as degraded only: commands still work there.
import type { RunningBriefs } from '../briefs/index.ts';
import type { RunningPlatform } from '../platform.ts';
import type { StoryPack } from '../core/story-pack.ts';
import type { ReadinessCheck } from './ops-routes.ts';

/** Probes closer together than this share one answer: a busy prober must not turn into a stream of writes. */
const PROBE_EVERY_MS = 1000;

export function readinessChecks(parts: {
  /** The pack serving now (the pack holder's current()). */
  readonly holder: { current(): StoryPack };
  readonly platforms: () => readonly RunningPlatform[];
  readonly briefs: () => RunningBriefs | undefined;
  /** False until start-up has finished (database open, due briefs handled); a SIGTERM then still stops cleanly. */
  readonly started: () => boolean;
  readonly now?: () => Date;
}): () => ReadinessCheck[] {
  const now = parts.now ?? (() => new Date());
  let last: { at: number; settled: boolean; reason: Promise<string | undefined> } | undefined;
  // Always a real probe (a failed write is remembered only until one succeeds), but never two at once: a server that
  // does not answer must not collect a probe per /readyz call while the check times out.
  const probeDatabase = (briefs: RunningBriefs): Promise<string | undefined> => {
    const at = now().getTime();
    if (!last || (last.settled && at - last.at >= PROBE_EVERY_MS)) {
      const probe = {
        at,
        settled: false,
        reason: briefs.store.sql.probeWritable(now()).catch(() => 'database probe failed'),
      };
      void probe.reason.then(() => (probe.settled = true));
      last = probe;
    }
    // A failure seen since the last probe (a query that lost the server) counts even while that probe's answer is
    // reused; a probe that succeeds clears what the engine remembered, so the two never disagree for long.
    return last.reason.then((reason) => reason ?? briefs.store.notReadyReason());
  };
  return () => [
    { name: 'startup', check: () => (parts.started() ? undefined : 'not finished') },
    { name: 'pack', check: () => (parts.holder.current().articles.length > 0 ? undefined : 'no articles loaded') },
    ...parts.platforms().map((p) => ({ name: p.name, check: () => p.notReadyReason?.() })),
    {
      name: 'posting',
      degradesOnly: true,
      check: () => {
        const paused = parts.briefs()?.pauses.all() ?? [];
        const list = paused.map((p) => `${p.workspace} (${p.code} since ${p.since})`).join(', ');
        return paused.length > 0 ? `paused, the token was refused: ${list}` : undefined;
      },
    },
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
