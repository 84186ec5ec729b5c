// Where sources disagree: every claim in the source's own short words, with who said it and when, and whether they
// said it before the event (an advance report) or after it. Nothing is silently resolved.
import { say, type DraftSection } from './answer-draft.ts';
import { citeRef, publishedLabel } from './cite.ts';
import { periodOf } from './dates.ts';
import type { Article, Conflict, StoryPack } from './story-pack.ts';

/**
 * Whether the conflict is between sources: claims from two or more articles. One report contradicting itself (said
 * done, then expected; two dates for one event) is a caveat on that report for its reviewer, not sources disagreeing.
 */
export function isBetweenSources(conflict: Conflict): boolean {
  return new Set(conflict.claims.flatMap((claim) => claim.citations.map((c) => c.article))).size >= 2;
}

export function conflictSections(pack: StoryPack, relevant: (conflict: Conflict) => boolean): DraftSection[] {
  return pack.facts.conflicts.filter(relevant).map((conflict) => {
    const eventDay = pack.facts.timeline.find((e) => conflict.events.includes(e.id))?.date;
    const said = (article: Article): string => {
      const when = eventDay
        ? article.published < periodOf(eventDay).start
          ? ', advance report'
          : ', after the event'
        : '';
      return `${article.outlet}, ${publishedLabel(article)}${when}`;
    };
    return {
      heading: `Sources differ: ${conflict.topic}`,
      conflict: { id: conflict.id, topic: conflict.topic },
      lines: conflict.claims.map((claim) => {
        const citations = claim.citations.map((c) => citeRef(pack, c));
        const who = [...new Set(citations.map((c) => said(c.article)))].join('; ');
        return {
          kind: 'claim' as const,
          parts: say(`${claim.claim} — ${who}`),
          ref: { type: 'conflict' as const, id: conflict.id },
          provenance: conflict.provenance ?? ('reviewed' as const),
          citations,
        };
      }),
    };
  });
}
