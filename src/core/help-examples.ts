// Help examples come from the loaded pack, not from one story written into the command definition: the definition's
// examples are templates ("who {person}"), filled with the pack's most-cited person, its busiest day and its
// most-cited article. An example whose placeholder the pack cannot fill (no dated event, say) is left out.
import { perPack } from './per-pack.ts';
import type { StoryPack } from './story-pack.ts';
import { allCitations } from './verify-facts.ts';

export interface ExampleValues {
  /** How a reader would type the most-cited person: their short name when no one else has it, else their name. */
  readonly person?: string;
  /** The day (YYYY-MM-DD) with the most events dated to the day. */
  readonly day?: string;
  /** The id of the article the facts cite most. */
  readonly article?: string;
}

const PLACEHOLDER = /\{(person|day|article)\}/g;

export const exampleValuesOf = perPack((pack: StoryPack): ExampleValues => {
  const { people, timeline } = pack.facts;
  const cited = (p: (typeof people)[number]) => p.roles.reduce((n, r) => n + r.citations.length, 0);
  // Most cited first; on a tie the fact sheet's own order (its key people come first there).
  const top = people.reduce<(typeof people)[number] | undefined>(
    (a, p) => (!a || cited(p) > cited(a) ? p : a),
    undefined,
  );
  const short = top?.shortNames[0];
  const shared = short && people.some((p) => p !== top && p.shortNames.includes(short));
  const person = top && (short && !shared ? short : top.name).toLowerCase();
  const day = busiest(timeline.filter((e) => e.precision === 'day').map((e) => e.date));
  const article = busiest(allCitations(pack.facts).map((c) => c.citation.article));
  return { ...(person ? { person } : {}), ...(day ? { day } : {}), ...(article ? { article } : {}) };
});

/** The template filled from the pack, or undefined when the pack has nothing for one of its placeholders. */
export function fillExample(template: string, values: ExampleValues): string | undefined {
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_, key: keyof ExampleValues) => {
    const value = values[key];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}

/** The value seen most often; on a tie, the first seen in sorted order (the earliest day, the lowest id). */
function busiest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of [...values].sort()) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** What to try instead of a timeline filter that matched nothing, with this pack's own day and name. */
export function timelineSuggestion(pack: StoryPack): string {
  const { day, person } = exampleValuesOf(pack);
  const tries = [...(day ? [`a day (${day})`] : []), ...(person ? [`a name (${person})`] : []), 'a word of an event'];
  return `Try ${tries.slice(0, -1).join(', ')}${tries.length > 1 ? ' or ' : ''}${tries.at(-1)}.`;
}
