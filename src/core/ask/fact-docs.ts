// The fact sheet as searchable documents: each timeline event and each person's role, with the line `ask` shows for
// it (the same line `timeline` and `who` show, so a fact reads the same everywhere) and its citations.
import { say, type DraftLine } from '../answer-draft.ts';
import { eventLine } from '../answer-timeline.ts';
import { citeRef } from '../cite.ts';
import type { Person, StoryPack } from '../story-pack.ts';
import { personsIn, type NameKeys } from './name-keys.ts';
import { featureFlags, HAS_PERSON, HAS_TIME } from './sentence-features.ts';
import type { TermTable } from './term-table.ts';
import { foldWords, termOf } from './tokenize.ts';

export interface FactDoc {
  readonly kind: 'event' | 'role' | 'claim';
  readonly line: DraftLine;
  /** People the fact is about (fact-sheet order indexes). */
  readonly persons: readonly number[];
  readonly terms: ReadonlySet<number>;
  readonly flags: number;
  /** Folded words of what was indexed, for the "how many" check. */
  readonly words: readonly string[];
  /** What was indexed, for the answer-kind check. */
  readonly text: string;
  /** Conflicts about this fact (their ids): shown beside it, both claims. */
  readonly conflicts: readonly string[];
}

/** A role as `ask` states it: "Masoud Pezeshkian: Iranian President (Iran)". */
export function roleLine(pack: StoryPack, person: Person, role: Person['roles'][number]): DraftLine {
  return {
    kind: 'role',
    ref: { type: 'person', id: person.id },
    parts: say({ type: 'person', personId: person.id, name: person.name }, `: ${role.role} (${person.country})`),
    citations: role.citations.map((c) => citeRef(pack, c)),
  };
}

export function buildFactDocs(pack: StoryPack, names: NameKeys, table: TermTable): FactDoc[] {
  const personIndex = new Map(pack.facts.people.map((p, i) => [p.id, i]));
  const doc = (kind: FactDoc['kind'], line: DraftLine, text: string, persons: number[], extra: string[]): FactDoc => {
    const words = foldWords(text);
    const all = [...new Set([...persons, ...personsIn(names, words)])];
    const terms = new Set<number>();
    for (const word of words) {
      const term = termOf(word);
      if (term !== null) terms.add(table.idOf(term));
    }
    for (const p of all) terms.add(table.idOf(`@p:${p}`));
    for (const t of extra) terms.add(table.idOf(t));
    const flags = featureFlags(words) | (all.length > 0 ? HAS_PERSON : 0) | (kind === 'event' ? HAS_TIME : 0);
    return { kind, line, persons: all, terms, flags, words, text, conflicts: conflictsAbout(pack, line) };
  };
  const events = pack.facts.timeline.map((event) => {
    // "Before 2 Sep" is not "on 2 Sep": such an event is found by its month, not by the day.
    const onDay = event.precision === 'day' && event.qualifier !== 'before';
    const dates = event.precision === 'day' ? [`@m:${event.date.slice(0, 7)}`] : [];
    if (onDay) dates.push(`@d:${event.date}`);
    if (event.precision === 'month') dates.push(`@m:${event.date}`);
    // The sources' time wording ("no date given") is not what the event is about: its days are in `dates`.
    const text = [event.title, ...event.tags, event.date.slice(0, 4)];
    const people = event.people.map((id) => personIndex.get(id)).filter((i) => i !== undefined);
    return doc('event', eventLine(pack, event), text.join(' . '), people, dates);
  });
  const roles = pack.facts.people.flatMap((person, p) =>
    person.roles.map((role) =>
      doc('role', roleLine(pack, person, role), `${person.name} ${role.role} ${person.country}`, [p], []),
    ),
  );
  const claims = pack.facts.conflicts.flatMap((conflict) =>
    conflict.claims.map((claim) =>
      doc(
        'claim',
        {
          kind: 'claim',
          ref: { type: 'conflict', id: conflict.id },
          parts: say(claim.claim),
          provenance: 'reviewed',
          citations: claim.citations.map((c) => citeRef(pack, c)),
        },
        `${conflict.topic} . ${claim.claim}`,
        [],
        [],
      ),
    ),
  );
  return [...events, ...roles, ...claims];
}

/** A conflict is about a fact when the fact's line cites a quote one of the conflict's claims cites. */
function conflictsAbout(pack: StoryPack, line: DraftLine): string[] {
  if (line.kind === 'claim' && line.ref) return [line.ref.id];
  const quotes = new Set(line.citations.map((c) => `${c.article.id}\u0000${c.quote}`));
  return pack.facts.conflicts
    .filter((c) => c.claims.some((claim) => claim.citations.some((q) => quotes.has(`${q.article}\u0000${q.quote}`))))
    .map((c) => c.id);
}
