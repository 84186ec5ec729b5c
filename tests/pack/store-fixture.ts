// A pack store on a copy of the bundled pack, article drafts that differ by number (URL, outlet, body), and the pid
// of a writer that is gone.
import { spawnSync } from 'node:child_process';
import type { ArticleDraft } from '../../src/pack/article-draft.ts';
import { openPackStore, type PackStoreOptions } from '../../src/pack/pack-store.ts';

export const draft = (n: number, extra: Partial<ArticleDraft> = {}): ArticleDraft => ({
  headline: `Harbour crane number ${n} is back in service`,
  outlet: `Desk Wire ${n}`,
  url: `https://wire.example/cranes/${n}`,
  published: '2026-03-20',
  publishedEstimated: false,
  kind: 'original-reporting',
  basedOn: null,
  body: `The crane numbered ${n} lifted its first container since the repairs on Friday, the port said.\n\nWork on the other cranes continues through the spring, according to the port's statement.`,
  ...extra,
});

export function open(dir: string, options: PackStoreOptions = {}) {
  const opened = openPackStore(dir, options);
  if (!opened.ok) throw new Error('fixture pack should load');
  return opened.store;
}

/** The pid of a process that has exited: what a killed writer leaves in its temp file's or lock's name. */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}
