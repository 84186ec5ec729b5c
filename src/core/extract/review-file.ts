// The editor's decisions on extracted facts, kept in the pack as reviewed.yaml (diffable, survives restarts,
// re-checked on every load): confirm (shown as reviewed), hide (not shown), correct (shown as reviewed, with the
// fields the editor set). Decisions are applied after the layers are combined.
import { z } from 'zod';
import { partialDate, type FactSheet } from '../pack-schema.ts';

export const REVIEWED_FILE = 'reviewed.yaml';

/**
 * The longest value each corrected field takes: the correction forms on every platform stop the editor there. The
 * schema checks a date by its shape (`partialDate`: YYYY, YYYY-MM or YYYY-MM-DD), whose longest is these 10.
 */
export const CORRECTION_LIMITS = { name: 100, role: 200, country: 100, title: 300, date: 10 } as const;

const correctionSchema = z.strictObject({
  name: z.string().trim().min(1).max(CORRECTION_LIMITS.name).optional(),
  role: z.string().trim().min(1).max(CORRECTION_LIMITS.role).optional(),
  country: z.string().trim().min(1).max(CORRECTION_LIMITS.country).optional(),
  title: z.string().trim().min(1).max(CORRECTION_LIMITS.title).optional(),
  date: partialDate.optional(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const reviewDecisionSchema = z.strictObject({
  id: z.string().min(1).max(120),
  action: z.enum(['confirm', 'hide', 'correct']),
  set: correctionSchema.optional(),
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const reviewFileSchema = z.strictObject({ decisions: z.array(reviewDecisionSchema).max(20_000).default([]) });

export interface AppliedDecisions {
  readonly facts: FactSheet;
  /** Decisions naming no fact of this story (the article changed or was removed). */
  readonly unmatched: readonly ReviewDecision[];
}

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

export function applyDecisions(facts: FactSheet, decisions: readonly ReviewDecision[]): AppliedDecisions {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const used = new Set<string>();
  const decide = <T extends { id: string }>(fact: T, apply: (d: ReviewDecision) => T): T[] => {
    const d = byId.get(fact.id);
    if (!d) return [fact];
    used.add(fact.id);
    return d.action === 'hide' ? [] : [apply(d)];
  };
  const people = facts.people.flatMap((p) =>
    decide(p, (d) => ({
      ...p,
      ...(d.set?.name ? { name: d.set.name } : {}),
      ...(d.set?.country ? { country: d.set.country } : {}),
      roles: d.set?.role
        ? [{ role: d.set.role, citations: p.roles.flatMap((r) => r.citations) }]
        : p.roles.map(({ provenance: _, ...r }) => r),
      provenance: 'reviewed' as const,
    })),
  );
  const timeline = facts.timeline.flatMap((e) =>
    decide(e, (d) => ({
      ...e,
      ...(d.set?.title ? { title: d.set.title } : {}),
      ...(d.set?.date ? { date: d.set.date, precision: PRECISION[d.set.date.length as 4 | 7 | 10] } : {}),
      sources: e.sources.map(({ provenance: _, ...s }) => s),
      provenance: 'reviewed' as const,
    })),
  );
  const conflicts = facts.conflicts.flatMap((c) => decide(c, () => ({ ...c, provenance: 'reviewed' as const })));
  return { facts: { people, timeline, conflicts }, unmatched: decisions.filter((d) => !used.has(d.id)) };
}
