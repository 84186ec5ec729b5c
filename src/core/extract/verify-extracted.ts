// Every extracted quote passes the same check as the fact sheet's (src/core/find-quote.ts). A fact whose quote does
// not verify is dropped and reported, never shown: machine output must not be able to break or taint the pack.
import { quoteOccursIn } from '../find-quote.ts';
import type { CitationRef, FactSheet } from '../pack-schema.ts';
import type { SkippedItem } from './annotated-article.ts';

export function keepVerified(facts: FactSheet, bodies: ReadonlyMap<string, string>, skipped: SkippedItem[]): FactSheet {
  const ok = (c: CitationRef, what: string): boolean => {
    const body = bodies.get(c.article);
    if (body !== undefined && quoteOccursIn(c.quote, body)) return true;
    skipped.push({ article: c.article, what, reason: 'its quote was not found verbatim in the article' });
    return false;
  };
  const people = facts.people
    .map((p) => ({
      ...p,
      roles: p.roles
        .map((r) => ({ ...r, citations: r.citations.filter((c) => ok(c, `role of ${p.name}`)) }))
        .filter((r) => r.citations.length > 0),
    }))
    .filter((p) => p.roles.length > 0);
  const timeline = facts.timeline
    .map((e) => ({ ...e, sources: e.sources.filter((s) => ok(s, `event "${e.title.slice(0, 60)}"`)) }))
    .filter((e) => e.sources.length > 0);
  const conflicts = facts.conflicts
    .map((c) => ({
      ...c,
      claims: c.claims
        .map((cl) => ({ ...cl, citations: cl.citations.filter((ci) => ok(ci, `conflict "${c.topic.slice(0, 60)}"`)) }))
        .filter((cl) => cl.citations.length > 0),
    }))
    .filter((c) => c.claims.length >= 2);
  return { people, timeline, conflicts };
}
