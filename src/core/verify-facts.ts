// Cross-checks of a fact sheet against the articles it cites: every quote occurs in its article, ids are unique,
// references resolve, and every spelling listed as the sources' own is used by some article.
import { closestPassage, quoteOccursIn } from './find-quote.ts';
import { normalizeQuoteText } from './normalize-text.ts';
import type { PackProblem } from './pack-problem.ts';
import type { CitationRef, FactSheet } from './pack-schema.ts';
import type { Article } from './story-pack.ts';

export const FACTS_FILE = 'facts.yaml';

interface LocatedCitation {
  readonly path: string;
  readonly citation: CitationRef;
}

export function allCitations(facts: FactSheet): LocatedCitation[] {
  return [
    ...facts.people.flatMap((p, i) =>
      p.roles.flatMap((r, j) =>
        r.citations.map((c, k) => ({ path: `people[${i}].roles[${j}].citations[${k}]`, citation: c })),
      ),
    ),
    ...facts.timeline.flatMap((e, i) =>
      e.sources.map((c, k) => ({ path: `timeline[${i}].sources[${k}]`, citation: c })),
    ),
    ...facts.conflicts.flatMap((c, i) =>
      c.claims.flatMap((cl, j) =>
        cl.citations.map((ci, k) => ({ path: `conflicts[${i}].claims[${j}].citations[${k}]`, citation: ci })),
      ),
    ),
  ];
}

export function verifyFacts(
  facts: FactSheet,
  articles: ReadonlyMap<string, Article>,
  refused: ReadonlySet<string>,
  problems: PackProblem[],
): void {
  const add = (p: string, message: string): void => void problems.push({ file: FACTS_FILE, path: p, message });
  const normalized = new Map([...articles].map(([id, a]) => [id, normalizeQuoteText(a.body)]));

  for (const { path: at, citation } of allCitations(facts)) {
    const body = normalized.get(citation.article);
    if (refused.has(citation.article)) continue;
    if (body === undefined) add(`${at}.article`, `"${citation.article}" is not an article in the pack`);
    else if (!quoteOccursIn(citation.quote, body)) {
      add(
        `${at}.quote`,
        `not found in article ${citation.article} (closest: "${closestPassage(citation.quote, body)}")`,
      );
    }
  }

  const allText = [...normalized.values()].join('\n');
  checkUnique(
    facts.people.map((p) => p.id),
    'people',
    add,
  );
  checkUnique(
    facts.timeline.map((e) => e.id),
    'timeline',
    add,
  );
  checkUnique(
    facts.conflicts.map((c) => c.id),
    'conflicts',
    add,
  );
  facts.people.forEach((person, i) =>
    person.spellings.forEach((spelling, j) => {
      if (refused.size > 0) return;
      if (!allText.includes(normalizeQuoteText(spelling))) {
        add(`people[${i}].spellings[${j}]`, `"${spelling}" is not used by any article (move it to otherSpellings)`);
      }
    }),
  );
  const people = new Set(facts.people.map((p) => p.id));
  const events = new Set(facts.timeline.map((e) => e.id));
  const checkRefs = (refs: readonly string[], known: Set<string>, at: string, what: string): void =>
    refs.forEach((ref, j) => known.has(ref) || add(`${at}[${j}]`, `"${ref}" is not a ${what} in the fact sheet`));
  facts.timeline.forEach((e, i) => checkRefs(e.people, people, `timeline[${i}].people`, 'person'));
  facts.conflicts.forEach((c, i) => {
    checkRefs(c.people, people, `conflicts[${i}].people`, 'person');
    checkRefs(c.events, events, `conflicts[${i}].events`, 'timeline event');
  });
}

function checkUnique(ids: readonly string[], list: string, add: (p: string, m: string) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add(`${list}[${i}].id`, `"${id}" is used twice`);
    seen.add(id);
  });
}
