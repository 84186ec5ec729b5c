// Two layers, one story: the reviewed fact sheet (data/facts.yaml) and the extracted layer, in the fact sheet's own
// shape. Reviewed facts win where both speak: an extracted person with a reviewed spelling joins that person, adding
// only roles from articles the editor did not cite; an extracted event on a reviewed event's day, of its kind or with
// its people, joins it, adding only sources from articles the editor did not cite. Everything added is marked
// extracted, down to the role or source, until an editor reviews it (review decisions are applied last).
import type { FactSheet, Person, TimelineEvent } from '../pack-schema.ts';
import { NO_TITLE } from './merge-people.ts';
import { similarity } from './merge-events.ts';
import { nameWords, sameName, soundsAlikeAcrossScripts } from './name-key.ts';
import { uniqueId } from './story-ids.ts';

export function combineLayers(reviewed: FactSheet, extracted: FactSheet): FactSheet {
  const taken = new Set([...reviewed.people, ...reviewed.timeline, ...reviewed.conflicts].map((f) => f.id));
  const people = reviewed.people.map((p) => ({ ...p, roles: [...p.roles] }));
  const personId = new Map<string, string>();
  for (const x of extracted.people) {
    const same = people.find((p) => p.provenance !== 'extracted' && sharesSpelling(p, x));
    if (same) {
      personId.set(x.id, same.id);
      const cited = new Set(same.roles.flatMap((r) => r.citations.map((c) => c.article)));
      const added = x.roles.filter((r) => r.role !== NO_TITLE && r.citations.every((c) => !cited.has(c.article)));
      same.roles.push(...added.map((r) => ({ ...r, provenance: 'extracted' as const })));
      continue;
    }
    const id = uniqueId(x.id, taken);
    personId.set(x.id, id);
    people.push({ ...x, id, provenance: 'extracted' });
  }
  const timeline = reviewed.timeline.map((e) => ({ ...e, sources: [...e.sources] }));
  const eventId = new Map<string, string>();
  for (const x of extracted.timeline) {
    const mapped = { ...x, people: [...new Set(x.people.map((p) => personId.get(p) ?? p))] };
    const same = bestReviewedEvent(timeline, mapped);
    if (same) {
      eventId.set(x.id, same.id);
      const cited = new Set(same.sources.map((s) => s.article));
      same.sources.push(
        ...mapped.sources.filter((s) => !cited.has(s.article)).map((s) => ({ ...s, provenance: 'extracted' as const })),
      );
      continue;
    }
    const id = uniqueId(x.id, taken);
    eventId.set(x.id, id);
    timeline.push({ ...mapped, id, provenance: 'extracted' });
  }
  const conflicts = [
    ...reviewed.conflicts,
    ...extracted.conflicts.map((c) => ({
      ...c,
      id: uniqueId(c.id, taken),
      people: [...new Set(c.people.map((p) => personId.get(p) ?? p))],
      events: [...new Set(c.events.map((e) => eventId.get(e) ?? e))],
      provenance: 'extracted' as const,
    })),
  ];
  return { people, timeline, conflicts };
}

function sharesSpelling(a: Person, b: Person): boolean {
  const names = (p: Person) =>
    [p.name, ...p.spellings, ...p.otherSpellings].map((name) => ({ name, words: nameWords(name) }));
  const theirs = names(b);
  return names(a).some((x) => theirs.some((y) => sameName(x.words, y.words) || soundsAlikeAcrossScripts(x, y)));
}

/** The reviewed event of the same day that shares the most kind words, people and wording; none when nothing is shared. */
function bestReviewedEvent(timeline: readonly TimelineEvent[], x: TimelineEvent): TimelineEvent | undefined {
  let best: TimelineEvent | undefined;
  let bestScore = 0;
  for (const e of timeline) {
    if (e.provenance === 'extracted' || e.date !== x.date || e.precision !== x.precision) continue;
    const tags = x.tags.filter((t) => e.tags.includes(t)).length;
    const people = x.people.filter((p) => e.people.includes(p)).length;
    const peopleClash = x.people.length > 0 && e.people.length > 0 && people === 0;
    const words = similarity(
      `${e.title} ${e.sources.map((s) => s.quote).join(' ')}`,
      x.sources.map((s) => s.quote).join(' '),
    );
    const score = (tags > 0 && !peopleClash ? 2 + tags + people : 0) + (words >= 0.3 ? 3 : 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}
