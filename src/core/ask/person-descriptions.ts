// People by description: "the North Korean leader", "the Russian president", "the 72-year-old Chinese leader" name a
// person the pack knows by one of their roles. A description is a role up to a comma or "of", or its last words, at
// least two words, that fit exactly one person; "the <nationality> leader" also fits a head of state or
// government of that nationality ("the Russian leader" for a Russian President).
import type { Person } from '../story-pack.ts';
import { foldWords } from './tokenize.ts';

export interface Description {
  readonly words: readonly string[];
  /** The one person (index into pack.facts.people) it fits. */
  readonly person: number;
}

export interface Descriptions {
  /** Descriptions by their first word, longest first: most words start none, and cost one map lookup. */
  readonly byFirstWord: ReadonlyMap<string, readonly Description[]>;
}

/** Role nouns of a head of state or government: "the Chinese leader" is the one Chinese with such a role. */
const LEADER_NOUNS = new Set(['president', 'leader', 'king', 'chairman']);
const GENERIC_LEADER = 'leader';
const MIN_WORDS = 2;

export function buildDescriptions(people: readonly Person[]): Descriptions {
  const owners = new Map<string, Set<number>>();
  const add = (words: readonly string[], person: number): void => {
    if (words.length < MIN_WORDS) return;
    const key = words.join(' ');
    const set = owners.get(key) ?? new Set<number>();
    set.add(person);
    owners.set(key, set);
  };
  people.forEach((person, p) => {
    for (const { role } of person.roles) {
      const head = role.split(/,|\bof\b|\(/)[0] ?? '';
      const words = foldWords(head).filter((w) => w !== 'the');
      add(words, p);
      // "the Assembly speaker" for a "National Assembly Speaker": the role's last words name it as well.
      for (let from = 1; from + MIN_WORDS <= words.length; from++) add(words.slice(from), p);
      // "Russian President" -> "russian leader" as well.
      const last = words.at(-1);
      if (words.length === MIN_WORDS && last && LEADER_NOUNS.has(last)) add([words[0] ?? '', GENERIC_LEADER], p);
    }
  });
  const byFirstWord = new Map<string, Description[]>();
  for (const [key, set] of owners) {
    if (set.size !== 1) continue;
    const words = key.split(' ');
    const list = byFirstWord.get(words[0] ?? '') ?? [];
    list.push({ words, person: [...set][0] ?? 0 });
    byFirstWord.set(words[0] ?? '', list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

export interface DescribedPersons {
  readonly persons: number[];
  /** Positions of the words that described them. */
  readonly consumed: ReadonlySet<number>;
}

/** People described in folded words, longest description first at each position. */
export function describedPersons(descriptions: Descriptions, words: readonly string[]): DescribedPersons {
  const persons: number[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const candidates = descriptions.byFirstWord.get(words[i] ?? '');
    const found = candidates?.find((d) => d.words.every((w, j) => words[i + j] === w));
    if (!found) continue;
    if (!persons.includes(found.person)) persons.push(found.person);
    for (let j = i; j < i + found.words.length; j++) consumed.add(j);
    i += found.words.length - 1;
  }
  return { persons, consumed };
}
