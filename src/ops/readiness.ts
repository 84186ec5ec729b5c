// The checks behind /readyz: the pack is loaded (the last good one keeps serving through a bad edit), every platform
// is connected, and the database accepts writes.
import type { RunningBriefs } from '../briefs/index.ts';
import type { RunningPlatform } from '../platform.ts';
import type { PackHolder } from './pack-holder.ts';
import type { ReadinessCheck } from './ops-routes.ts';

export function readinessChecks(parts: {
  readonly holder: PackHolder;
  readonly platforms: () => readonly RunningPlatform[];
  readonly briefs: () => RunningBriefs | undefined;
}): () => ReadinessCheck[] {
  return () => [
    { name: 'pack', check: () => (parts.holder.current().articles.length > 0 ? undefined : 'no articles loaded') },
    ...parts.platforms().map((p) => ({ name: p.name, check: () => p.notReadyReason?.() })),
    {
      name: 'database',
      check: () => {
        // The engine's own judgement: SQLite checks the file; PostgreSQL reports a broken connection it has seen.
        return parts.briefs()?.store.notReadyReason();
      },
    },
  ];
}
