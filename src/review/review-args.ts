// What follows `review` (in chat: `/summit review ...`; in the terminal: `summit review ...`), parsed once for both:
// a page of the queue, the log, or a decision. A correction's fields are written field="value" (straight or curly
// quotes, or one word unquoted).
import type { Correction, ReviewDecision } from '../core/extract/review-file.ts';

export const CORRECTABLE = ['name', 'role', 'country', 'title', 'date'] as const;

export type ReviewRequest =
  | { readonly kind: 'queue'; readonly page: number }
  | { readonly kind: 'log' }
  | { readonly kind: 'decide'; readonly decisions: readonly ReviewDecision[] }
  | { readonly kind: 'invalid'; readonly message: string };

const PAIR = /([a-z]+)=(?:"([^"]*)"|“([^”]*)”|(\S+))/gy;

export function parseReviewArgs(args: readonly string[] | string): ReviewRequest {
  // Terminal arguments arrive split by the shell, a field's value already unquoted: quote it again to read it whole.
  const text = (
    typeof args === 'string' ? args : args.map((a) => a.replace(/^([a-z]+)=([^"“].*)$/s, '$1="$2"')).join(' ')
  ).trim();
  if (text === '') return { kind: 'queue', page: 1 };
  const [action = '', ...rest] = text.split(/\s+/);
  const chosen = action.toLowerCase();
  if (/^\d{1,4}$/.test(chosen)) return { kind: 'queue', page: Math.max(1, Number(chosen)) };
  if (chosen === 'log') return { kind: 'log' };
  if (chosen === 'confirm' || chosen === 'hide') {
    if (rest.length === 0) return invalid(`Name the fact: review ${chosen} <id> (review lists them).`);
    return { kind: 'decide', decisions: rest.map((id) => ({ id, action: chosen })) };
  }
  if (chosen !== 'correct') {
    return invalid(
      `There is no “review ${action.slice(0, 30)}”. Use review, review log, or review confirm|hide|correct.`,
    );
  }
  const [id] = rest;
  if (id === undefined) return invalid('Name the fact: review correct <id> role="..." (review lists them).');
  const afterId = text.slice(text.indexOf(id, action.length) + id.length).trim();
  const set: Record<string, string> = {};
  PAIR.lastIndex = 0;
  let at = 0;
  while (at < afterId.length) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(afterId);
    const field = m?.[1] ?? '';
    if (!m || !(CORRECTABLE as readonly string[]).includes(field)) {
      return invalid(
        `“${afterId.slice(at, at + 60)}” is not a correction; write field="value" with field one of ${CORRECTABLE.join(', ')}.`,
      );
    }
    set[field] = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    at = PAIR.lastIndex;
    while (afterId[at] === ' ') at += 1;
  }
  const fields = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== '')) as Correction;
  if (Object.keys(fields).length === 0) {
    return invalid(`Say what to correct, e.g. review correct ${id.slice(0, 60)} role="Foreign Minister".`);
  }
  return { kind: 'decide', decisions: [{ id, action: 'correct', set: fields }] };
}

/** The command text that records `decision` (what a chat form submits). */
export function decisionCommand(decision: ReviewDecision): string {
  const fields = Object.entries(decision.set ?? {}).map(([k, v]) => `${k}="${String(v).replace(/"/g, '”')}"`);
  return ['review', decision.action, decision.id, ...fields].join(' ');
}

const invalid = (message: string): ReviewRequest => ({ kind: 'invalid', message });
