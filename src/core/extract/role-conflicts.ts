// Two titles for one post: sources that name the same organisation in a person's role but give a different post in
// it ("chairman of the Workers' Party of Korea" / "general secretary of the Workers' Party of Korea"). Titles that
// merely differ ("Chinese President" / "Chinese leader") stay two roles, as the fact sheet keeps them.
import type { Conflict, Person } from '../pack-schema.ts';

/** Capitalised words two roles must share to be about the same organisation. */
const SHARED_NAME_WORDS = 2;

export function roleConflicts(people: readonly Person[]): Omit<Conflict, 'id'>[] {
  const found: Omit<Conflict, 'id'>[] = [];
  for (const person of people) {
    const roles = person.roles;
    roles.forEach((a, i) =>
      roles.slice(i + 1).forEach((b) => {
        const fromOthers = b.citations.some((c) => !a.citations.some((d) => d.article === c.article));
        const la = a.role.toLowerCase();
        const lb = b.role.toLowerCase();
        if (!fromOthers || la.includes(lb) || lb.includes(la)) return;
        const names = (r: string): Set<string> => new Set(r.match(/\p{Lu}[\p{L}'’]+/gu) ?? []);
        const shared = [...names(a.role)].filter((w) => names(b.role).has(w));
        if (shared.length < SHARED_NAME_WORDS) return;
        found.push({
          topic: `${person.name}'s title`,
          people: [person.id],
          events: [],
          claims: [a, b].map((r) => ({ claim: r.role.slice(0, 300), citations: r.citations })),
        });
      }),
    );
  }
  return found;
}
