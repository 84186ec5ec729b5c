// What new articles changed in the story, as a pure diff of facts: a new person, a new event, an event now reported
// held that was only expected, a new conflict. Each change has a stable key ("person:<id>", "event:<id>",
// "event-held:<id>", "conflict:<id>"), so "what is known" can be kept as a set of keys (a database baseline) as well
// as an older fact sheet.
import type { Conflict, FactSheet, Person, TimelineEvent } from './pack-schema.ts';

export type StoryChange =
  | { readonly kind: 'new-person'; readonly key: string; readonly person: Person }
  | { readonly kind: 'new-event'; readonly key: string; readonly event: TimelineEvent }
  | { readonly kind: 'event-held'; readonly key: string; readonly event: TimelineEvent }
  | { readonly kind: 'new-conflict'; readonly key: string; readonly conflict: Conflict };

const isHeld = (event: TimelineEvent) => event.sources.some((s) => s.status === 'happened');

/** Every key the facts hold: what a later diff compares against. */
export function storyChangeKeys(facts: FactSheet): Set<string> {
  return new Set([
    ...facts.people.map((p) => `person:${p.id}`),
    ...facts.timeline.flatMap((e) => [`event:${e.id}`, ...(isHeld(e) ? [`event-held:${e.id}`] : [])]),
    ...facts.conflicts.map((c) => `conflict:${c.id}`),
  ]);
}

/** The changes in `after` that `known` does not hold, in fact-sheet order: people, events, conflicts. */
export function storyChanges(known: ReadonlySet<string>, after: FactSheet): StoryChange[] {
  const changes: StoryChange[] = [];
  for (const person of after.people) {
    const key = `person:${person.id}`;
    if (!known.has(key)) changes.push({ kind: 'new-person', key, person });
  }
  for (const event of after.timeline) {
    const key = `event:${event.id}`;
    const heldKey = `event-held:${event.id}`;
    // A new event already reported held is one change (the new event), not two.
    if (!known.has(key)) changes.push({ kind: 'new-event', key, event });
    else if (isHeld(event) && !known.has(heldKey)) changes.push({ kind: 'event-held', key: heldKey, event });
  }
  for (const conflict of after.conflicts) {
    const key = `conflict:${conflict.id}`;
    if (!known.has(key)) changes.push({ kind: 'new-conflict', key, conflict });
  }
  return changes;
}

/** The diff of two fact sheets. */
export function diffFacts(before: FactSheet, after: FactSheet): StoryChange[] {
  return storyChanges(storyChangeKeys(before), after);
}

/** The changes named by `keys`, as the facts hold them now (a fact since removed from the pack is left out). */
export function storyChangesOf(facts: FactSheet, keys: ReadonlySet<string>): StoryChange[] {
  const all = storyChangeKeys(facts);
  const known = new Set([...all].filter((key) => !keys.has(key)));
  // An event-held key names an event whose own key is known by then: keep it known so the change reads "held".
  for (const key of keys) {
    const event = key.startsWith('event-held:') ? `event:${key.slice('event-held:'.length)}` : undefined;
    if (event && !keys.has(event)) known.add(event);
  }
  return storyChanges(known, facts).filter((change) => keys.has(change.key));
}
