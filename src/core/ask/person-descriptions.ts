// People by description: "the North Korean leader", "the Russian president", "the 72-year-old Chinese leader" name a
// person the pack knows by one of their roles. A description is the first words of a role (up to a comma or "of"),
// at least two words, that fit exactly one person; "the <nationality> leader" also fits a head of state or
// government of that nationality ("the Russian leader" for a Russian President).
import type { Person } from '../story-pack.ts';
import { foldWords } from './tokenize.ts';

export interface Descriptions {
  /** Folded description words joined by spaces -> the one person (index into pack.facts.people) it fits. */
  readonly byText: ReadonlyMap<string, number>;
  /** Longest description, in words: how far a match looks ahead. */
  readonly longest: number;
  /** First words of descriptions: most words start none, and cost one set lookup. */
  readonly firstWords: ReadonlySet<string>;
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
      // "Russian President" -> "russian leader" as well.
      const last = words.at(-1);
      if (words.length === MIN_WORDS && last && LEADER_NOUNS.has(last)) add([words[0] ?? '', GENERIC_LEADER], p);
    }
  });
  const byText = new Map<string, number>();
  let longest = 0;
  for (const [key, set] of owners) {
    if (set.size !== 1) continue;
    byText.set(key, [...set][0] ?? 0);
    longest = Math.max(longest, key.split(' ').length);
  }
  const firstWords = new Set([...byText.keys()].map((k) => k.split(' ')[0] ?? ''));
  return { byText, longest, firstWords };
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
    if (!descriptions.firstWords.has(words[i] ?? '')) continue;
    for (let n = Math.min(descriptions.longest, words.length - i); n >= MIN_WORDS; n--) {
      const person = descriptions.byText.get(words.slice(i, i + n).join(' '));
      if (person === undefined) continue;
      if (!persons.includes(person)) persons.push(person);
      for (let j = i; j < i + n; j++) consumed.add(j);
      i += n - 1;
      break;
    }
  }
  return { persons, consumed };
}
