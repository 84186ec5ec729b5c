// `summit review`: lists the facts read from the text that no editor has reviewed; `summit review confirm|hide <id>
// [...]` and `summit review correct <id> role="..." [name= country= title= date=]` write the decision to the pack's
// reviewed.yaml (diffable, applied on every load, re-checked by `summit check`) through the pack store, which keeps
// a decision only when the pack still loads with it.
import { REVIEWED_FILE, type Correction, type ReviewDecision } from '../../core/extract/review-file.ts';
import { readReviewDecisions } from '../../core/extract/read-review-file.ts';
import type { StoryPack } from '../../core/story-pack.ts';
import { openPackStore, problemLines, type PackStore } from '../../pack/pack-store.ts';
import type { StartIo } from '../../start.ts';

const FIELDS = ['name', 'role', 'country', 'title', 'date'] as const;

export function runReview(storyDir: string, args: readonly string[], io: Pick<StartIo, 'output' | 'error'>): number {
  const opened = openPackStore(storyDir);
  if (!opened.ok) {
    io.error.write(`The story pack has ${opened.problems.length} problem(s):\n${problemLines(opened.problems)}\n`);
    return 2;
  }
  const loaded = { pack: opened.store.current() };
  const [action, ...rest] = args;
  if (action === undefined) return list(loaded.pack, io);
  if (action !== 'confirm' && action !== 'hide' && action !== 'correct') {
    io.error.write(
      `Unknown review action “${action.slice(0, 40)}”. Use: summit review [confirm|hide <id>... | correct <id> role="..."]\n`,
    );
    return 1;
  }
  const decisions = action === 'correct' ? correction(rest, io) : rest.map((id): ReviewDecision => ({ id, action }));
  if (!decisions || decisions.length === 0) {
    if (decisions) io.error.write(`Name the fact: summit review ${action} <id> (ids are listed by summit review)\n`);
    return 1;
  }
  // A fact decided before (hidden, say) is no longer shown but can still be decided again.
  const decided = new Set(readReviewDecisions(storyDir, []).map((d) => d.id));
  const unknown = decisions.filter(
    (d) => !decided.has(d.id) && !loaded.pack.extraction?.unreviewed.includes(d.id) && !isFact(loaded.pack, d.id),
  );
  if (unknown.length > 0) {
    io.error.write(
      `No extracted fact has the id ${unknown.map((d) => `“${d.id.slice(0, 60)}”`).join(', ')}; summit review lists them.\n`,
    );
    return 1;
  }
  return write(opened.store, decisions, io);
}

function list(pack: StoryPack, io: Pick<StartIo, 'output'>): number {
  const ids = new Set(pack.extraction?.unreviewed ?? []);
  const lines: string[] = [];
  for (const p of pack.facts.people.filter((f) => ids.has(f.id)))
    lines.push(`person  ${p.id}: ${p.name} — ${p.roles.map((r) => r.role).join('; ')}`);
  for (const e of pack.facts.timeline.filter((f) => ids.has(f.id)))
    lines.push(`event   ${e.id}: ${e.date} — ${e.title}`);
  for (const c of pack.facts.conflicts.filter((f) => ids.has(f.id))) lines.push(`conflict ${c.id}: ${c.topic}`);
  io.output.write(
    lines.length === 0
      ? 'Nothing to review: every fact is reviewed.\n'
      : `${lines.length} facts read from the text, not yet reviewed:\n${lines.map((l) => `  ${l}`).join('\n')}\nDecide with: summit review confirm|hide <id>... or summit review correct <id> role="..."\n`,
  );
  return 0;
}

function correction(args: readonly string[], io: Pick<StartIo, 'error'>): ReviewDecision[] | undefined {
  const [id, ...pairs] = args;
  const set: Correction = {};
  for (const pair of pairs) {
    const [field, ...value] = pair.split('=');
    if (!FIELDS.includes(field as (typeof FIELDS)[number]) || value.length === 0) {
      io.error.write(
        `“${pair.slice(0, 60)}” is not a correction; write field="value" with field one of ${FIELDS.join(', ')}.\n`,
      );
      return undefined;
    }
    set[field as (typeof FIELDS)[number]] = value.join('=');
  }
  if (id !== undefined && Object.keys(set).length === 0) {
    io.error.write(`Say what to correct, e.g. summit review correct ${id.slice(0, 60)} role="Foreign Minister".\n`);
    return undefined;
  }
  return id === undefined ? [] : [{ id, action: 'correct', set }];
}

function isFact(pack: StoryPack, id: string): boolean {
  return [...pack.facts.people, ...pack.facts.timeline, ...pack.facts.conflicts].some(
    (f) => f.id === id && f.provenance === 'extracted',
  );
}

function write(store: PackStore, decisions: readonly ReviewDecision[], io: Pick<StartIo, 'output' | 'error'>): number {
  const saved = store.saveReview(decisions);
  if (!saved.ok) {
    io.error.write(
      saved.refusal === 'review-file'
        ? `${REVIEWED_FILE} is not valid; fix it first (summit check shows where).\n`
        : `${saved.message}\n`,
    );
    return 2;
  }
  io.output.write(`Recorded in ${REVIEWED_FILE}: ${decisions.map((d) => `${d.action} ${d.id}`).join(', ')}\n`);
  return 0;
}

/** For `summit check`: what extraction skipped and why, and how many facts await review. */
export function extractionReport(pack: StoryPack): string {
  const report = pack.extraction;
  if (!report) return '';
  const skipped = report.skipped.slice(0, 50).map((s) => `    - ${s.article}: ${s.what}: ${s.reason}`);
  const more = report.skipped.length > 50 ? [`    ... and ${report.skipped.length - 50} more`] : [];
  return (
    [
      `  ${report.unreviewed.length} facts read from the text await review (summit review)`,
      ...(report.skipped.length > 0
        ? [`  extraction skipped ${report.skipped.length} item(s):`, ...skipped, ...more]
        : ['  extraction skipped nothing']),
    ].join('\n') + '\n'
  );
}
