// Adding an article: the next free id, the duplicate rule, the schema, a file that replaces nothing (another writer
// — a replica adding from another feed — that took the id first makes this one try the next id), and the pack loaded
// again before the file is kept: a pack that would not load with it gets the file removed.
import path from 'node:path';
import { ARTICLES_DIR } from '../core/load-pack.ts';
import type { ArticleFrontMatter } from '../core/pack-schema.ts';
import type { StoryPack } from '../core/story-pack.ts';
import { articleFileText, checkDraft, type ArticleDraft, type DraftIssue } from './article-draft.ts';
import { findDuplicate } from './find-duplicate.ts';
import { problemLines, type PackAccess } from './pack-store.ts';
import { createPackFile, removePackFile } from './write-pack-file.ts';

export type AddArticleResult =
  | { ok: true; meta: ArticleFrontMatter; file: string; pack: StoryPack }
  | { ok: false; refusal: 'duplicate'; duplicateOf: string; message: string }
  | { ok: false; refusal: 'invalid'; issues: readonly DraftIssue[]; message: string }
  | { ok: false; refusal: 'pack'; message: string };

/** Ids tried before giving up: each miss means a writer that does not take the lock added an article in between. */
const ID_ATTEMPTS = 5;

export function addArticleTo(access: PackAccess, draft: ArticleDraft): AddArticleResult {
  const locked = access.locked(() => {
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
      const result = addOnce(access, draft);
      if (result !== 'id-taken') return result;
    }
    return undefined;
  });
  if (!locked.ok) return { ok: false, refusal: 'pack', message: 'another writer is changing the pack; try again' };
  return (
    locked.value ?? { ok: false, refusal: 'pack', message: 'other writers kept taking the next article id; try again' }
  );
}

function addOnce(access: PackAccess, draft: ArticleDraft): AddArticleResult | 'id-taken' {
  const before = access.forWrite();
  if (!before.ok) {
    const message = `the pack in ${access.dir} has problems; fix them first (summit check):\n${problemLines(before.problems)}`;
    return { ok: false, refusal: 'pack', message };
  }
  const duplicateOf = findDuplicate(before.pack, draft);
  if (duplicateOf) {
    const outlet = before.pack.articleById.get(duplicateOf)?.outlet ?? '';
    return {
      ok: false,
      refusal: 'duplicate',
      duplicateOf,
      message: `it is already in the pack as article ${duplicateOf} (${outlet})`,
    };
  }
  const numbers = [...before.pack.articleById.keys()].map((id) => (/^\d+$/.test(id) ? Number(id) : -1));
  const checked = checkDraft(draft, String(Math.max(-1, ...numbers) + 1).padStart(3, '0'));
  if (!checked.ok) {
    const message = checked.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
    return { ok: false, refusal: 'invalid', issues: checked.issues, message };
  }
  const { meta } = checked;
  const file = path.join(access.dir, ARTICLES_DIR, `${meta.id}.md`);
  if (createPackFile(file, articleFileText(meta, draft.body)) === 'taken') return 'id-taken';
  const after = access.recheck();
  if (!after.ok) {
    removePackFile(file);
    return { ok: false, refusal: 'pack', message: `the pack would not load with it:\n${problemLines(after.problems)}` };
  }
  return { ok: true, meta, file, pack: after.pack };
}
