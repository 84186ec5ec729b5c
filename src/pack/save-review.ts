// Saving editor decisions: merged into reviewed.yaml (a later decision on a fact replaces the earlier one), the file
// replaced whole, the pack loaded again before the change is kept (a decision never leaves a pack that does not
// load: the file is put back). Two editors at once take turns (the pack's write lock); a hand edit of the file,
// which takes no lock, is caught by checking that the decisions stand in the file after the write (merged again).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { REVIEWED_FILE, reviewFileSchema, type ReviewDecision } from '../core/extract/review-file.ts';
import { formatProblem } from '../core/pack-problem.ts';
import { parseYaml } from '../core/read-pack-file.ts';
import type { StoryPack } from '../core/story-pack.ts';
import { problemLines, type PackAccess } from './pack-store.ts';
import { removePackFile, replacePackFile } from './write-pack-file.ts';

export type SaveReviewResult =
  { ok: true; pack: StoryPack } | { ok: false; refusal: 'pack' | 'review-file' | 'not-kept'; message: string };

const HEADER =
  '# Editor decisions on extracted facts, written by `summit review` (confirm, hide, correct). Safe to edit.\n';
const ATTEMPTS = 3;

export function saveReviewTo(access: PackAccess, decisions: readonly ReviewDecision[]): SaveReviewResult {
  const locked = access.locked(() => saveLocked(access, decisions));
  return locked.ok
    ? locked.value
    : { ok: false, refusal: 'not-kept', message: 'another writer is changing the pack; try again' };
}

function saveLocked(access: PackAccess, decisions: readonly ReviewDecision[]): SaveReviewResult {
  const file = path.join(access.dir, REVIEWED_FILE);
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = access.forWrite();
    if (!before.ok) {
      const message = `the pack in ${access.dir} has problems; fix them first (summit check):\n${problemLines(before.problems)}`;
      return { ok: false, refusal: 'pack', message };
    }
    const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const saved = text === undefined ? [] : savedDecisions(text);
    if (!saved) return { ok: false, refusal: 'review-file', message: `${REVIEWED_FILE} is not valid; fix it first` };
    const ids = new Set(decisions.map((d) => d.id));
    const next = [...saved.filter((d) => !ids.has(d.id)), ...decisions];
    replacePackFile(file, `${HEADER}${stringify({ decisions: next })}`);
    const after = access.recheck();
    if (!after.ok) {
      if (text === undefined) removePackFile(file);
      else replacePackFile(file, text);
      const message = `The decision was not kept: ${after.problems.map((p) => formatProblem(p)).join('; ')}`;
      return { ok: false, refusal: 'not-kept', message };
    }
    if (stand(file, decisions)) return { ok: true, pack: after.pack };
  }
  return { ok: false, refusal: 'not-kept', message: `other writers kept replacing ${REVIEWED_FILE}; try again` };
}

function savedDecisions(text: string): ReviewDecision[] | undefined {
  const yaml = parseYaml(text);
  const parsed = yaml.ok ? reviewFileSchema.safeParse(yaml.value ?? {}) : undefined;
  return parsed?.success ? parsed.data.decisions : undefined;
}

/** Every decision is in the file as written: another writer's replace did not drop it. */
function stand(file: string, decisions: readonly ReviewDecision[]): boolean {
  const now = existsSync(file) ? savedDecisions(readFileSync(file, 'utf8')) : undefined;
  const written = new Set(now?.map((d) => JSON.stringify(d)));
  return decisions.every((d) => written.has(JSON.stringify(reviewFileSchema.parse({ decisions: [d] }).decisions[0])));
}
