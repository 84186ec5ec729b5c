// The checks behind /readyz: the pack is loaded (the last good one keeps serving through a bad edit), every platform
// is connected, and the database accepts writes.
import { accessSync, constants } from 'node:fs';
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
        const briefs = parts.briefs();
        if (!briefs) return undefined;
        try {
          accessSync(briefs.store.path, constants.W_OK);
          return briefs.store.db.readonly ? 'opened read-only' : undefined;
        } catch {
          return `${briefs.store.path} is not writable`;
        }
      },
    },
  ];
}
