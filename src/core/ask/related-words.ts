// The words a journalist's question word may appear as in an article, from WordNet: its lemma (wink-lemmatizer),
// synonyms in its commonest senses, derivations ("departure" -> "depart"), one step up and down the is-a tree
// ("thoroughfare" -> "avenue"), similar adjectives and pertainyms ("Chinese" -> "China"). Each comes with a factor
// below 1 saying how much weaker evidence it is than the word itself; retrieval and coverage use it.
import { irregularForms } from './irregular-forms.ts';
import { lemmatizer } from './lemmatizer.ts';
import { hasVerbSense } from './question-verb.ts';
import { foldWords } from './tokenize.ts';
import { sensesWithCounts, synsetAt, type Relation, type Sense, type Synset, type WordNetPos } from './wordnet.ts';

export interface RelatedWord {
  readonly word: string;
  readonly factor: number;
}

/**
 * Senses followed: those making up at least this share of the lemma's tagged uses in SemCor (WordNet's sense
 * counts), so "train" relates to "railway" but not to "discipline". A lemma never tagged keeps its first sense in
 * each part of speech; one tagged only a few times keeps every tagged sense (SMALL_SAMPLE).
 */
const MIN_SENSE_SHARE = 0.15;
const FACTOR: Record<Relation, number> = {
  synonym: 0.8,
  derivation: 0.8,
  similar: 0.6,
  pertainym: 0.8,
  hypernym: 0.45,
  holonym: 0.6,
  hyponym: 0.55,
};
/** A derivation's own synonyms (departed -> departure -> leaving) are one step further away. */
const SECOND_STEP = 0.85;

const cache = new Map<string, readonly RelatedWord[]>();
const CACHE_LIMIT = 20_000;

/** Lemmas of a folded word: the word itself and its noun, verb and adjective base forms. */
export function lemmasOf(word: string): string[] {
  return [...new Set([word, lemmatizer().noun(word), lemmatizer().verb(word), lemmatizer().adjective(word)])];
}

/**
 * Related single words (WordNet's multi-word lemmas are left out: the index holds single words), best first, from
 * the common senses of every part of speech (questions are not tagged).
 */
export function relatedWords(word: string): readonly RelatedWord[] {
  const key = word;
  const cached = cache.get(key);
  if (cached) return cached;
  const best = new Map<string, number>();
  const add = (raw: string, factor: number, via: WordNetPos): void => {
    const w = singleWord(raw, via);
    if (w === undefined || w === word) return;
    if (w !== raw) factor *= COMPOUND_HEAD;
    // A relative counts as much as it is used in that part of speech: "state" is rarely the verb "say".
    const weighed = factor * (1 - USE_WEIGHT + USE_WEIGHT * shareAs(w, via));
    if (weighed > (best.get(w) ?? 0)) best.set(w, weighed);
  };
  for (const lemma of lemmasOf(word)) {
    if (lemma !== word) best.set(lemma, Math.max(best.get(lemma) ?? 0, 1));
    for (const form of irregularForms(lemma)) {
      if (form !== word) best.set(form, Math.max(best.get(form) ?? 0, IRREGULAR_FACTOR));
    }
    for (const sense of commonSenses(lemma)) relate(lemma, sense, add);
    for (const adjective of participleAdjectives(lemma)) add(adjective, PARTICIPLE_FACTOR, 'a');
  }
  const related = [...best].map(([w, factor]) => ({ word: w, factor })).sort((a, b) => b.factor - a.factor);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, related);
  return related;
}

/** An irregular form is the word itself, but it may spell another word too ("left" of "on her left"). */
const IRREGULAR_FACTOR = 0.9;

/** A participle's adjective synonyms are a sense of their own ("leading" is "stellar"): weaker than a synonym. */
const PARTICIPLE_FACTOR = 0.5;

/**
 * The adjectives a verb's present participle is a synonym of: WordNet links "sit" to no form of "seat", but the
 * adjective "sitting" shares a synset with "seated" ("the mayor seated on his left" answers where she was to sit).
 */
function participleAdjectives(lemma: string): string[] {
  if (!hasVerbSense(lemma)) return [];
  const participle = presentParticiple(lemma);
  return sensesWithCounts(participle)
    .filter((sense) => sense.pos === 'a')
    .flatMap((sense) => synsetAt('a', sense.offset).words)
    .filter((w) => w !== participle && !w.includes('_'));
}

/** English -ing spelling: "sit" -> "sitting" (a short final consonant doubles), "move" -> "moving", "see" -> "seeing". */
function presentParticiple(verb: string): string {
  if (/[^aeiouy]e$/.test(verb) && verb !== 'be') return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/** A noun compound stands for its head word ("north_korea" -> "korea", "passenger_car" -> "car") a step weaker. */
const COMPOUND_HEAD = 0.8;

/**
 * WordNet's multi-word lemmas as the single words the index holds: a noun compound by its head (its last word),
 * shorthand rewritten first ("united_states" -> "usa"); multi-word verbs ("go_away") are left out, their last word
 * being a particle.
 */
function singleWord(lemma: string, pos: WordNetPos): string | undefined {
  if (!lemma.includes('_')) return lemma;
  const words = foldWords(lemma.replace(/_/g, ' '));
  if (words.length === 1) return words[0];
  return pos === 'n' ? words.at(-1) : undefined;
}

/** How much of a relative's factor depends on its being used in the linked part of speech. */
const USE_WEIGHT = 0.75;

/** Share of a word's SemCor-tagged uses in one part of speech (1 when it was never tagged). */
function shareAs(word: string, pos: WordNetPos): number {
  const all = sensesWithCounts(word);
  const total = all.reduce((sum, s) => sum + s.tagCount, 0);
  if (total === 0) return 1;
  return all.filter((s) => s.pos === pos).reduce((sum, s) => sum + s.tagCount, 0) / total;
}

/**
 * Fewer tagged uses than this say too little to call a sense rare: "oblige" was tagged 15 times, once in its sense
 * of "bind" ("the pact binds each side"), which a news story is as likely to mean as the commonest.
 */
const SMALL_SAMPLE = 20;

function commonSenses(lemma: string): Sense[] {
  const all = sensesWithCounts(lemma);
  const total = all.reduce((sum, s) => sum + s.tagCount, 0);
  if (total === 0) return all.filter((s) => s.senseNumber === 1);
  if (total < SMALL_SAMPLE) return all.filter((s) => s.tagCount > 0 || s.senseNumber === 1);
  return all.filter((s) => s.tagCount / total >= MIN_SENSE_SHARE);
}

function relate(lemma: string, sense: Sense, add: (word: string, factor: number, pos: WordNetPos) => void): void {
  const pos = sense.pos;
  {
    const synset = synsetAt(pos, sense.offset);
    const self = synset.words.indexOf(lemma) + 1;
    for (const w of synset.words) add(w, FACTOR.synonym, pos);
    for (const pointer of synset.pointers) {
      const relation = relationOf(pointer.symbol, pos);
      if (!relation) continue;
      // A lexical pointer (target != 0) links one word to one word: follow it only from the word asked about.
      const source = pointer.target >> 8;
      const target = pointer.target & 0xff;
      if (pointer.target !== 0 && source !== self) continue;
      const to = synsetAt(pointer.pos, pointer.offset);
      const words = target > 0 ? [to.words[target - 1] ?? ''] : to.words;
      for (const w of words) add(w, FACTOR[relation], pointer.pos);
      if (relation === 'derivation') for (const w of to.words) add(w, FACTOR.synonym * SECOND_STEP, pointer.pos);
    }
  }
}

function relationOf(symbol: string, pos: WordNetPos): Relation | undefined {
  switch (symbol) {
    case '+':
      return 'derivation';
    // Instance links ("Russia" is an instance of "country") are left out: a named place or person is not
    // answered by any other of its kind.
    case '@':
      return 'hypernym';
    case '~':
      return 'hyponym';
    case '&':
      return 'similar';
    // A capital or region is part of its country ("Pyongyang" -> "North Korea"): part holonyms.
    case '#p':
      return pos === 'n' ? 'holonym' : undefined;
    case '\\':
      // From an adjective it is the noun it pertains to; from an adverb, the adjective it comes from.
      return pos === 'a' || pos === 'r' ? 'pertainym' : undefined;
    default:
      return undefined;
  }
}

/** A kind of a kind ("thoroughfare" -> "street" -> "avenue") is a step further from the asked class. */
const KIND_FACTOR = { synonym: FACTOR.synonym, hyponym: FACTOR.hyponym, second: 0.45 } as const;

/**
 * The nouns that name a kind of a noun, two steps down WordNet's is-a tree, in every sense tagged in SemCor at least
 * once (and the first): "which X" is answered by a sentence that names an X by its kind ("which official" by "the
 * assistant minister", "which plant" by "a factory", "which issue" by "matters such as"). Rarer senses count here,
 * unlike relatedWords, because the answer's noun is a gate the sentence must pass, not evidence that it answers.
 */
export function kindsOf(word: string): readonly RelatedWord[] {
  const cached = kindsCache.get(word);
  if (cached) return cached;
  const best = new Map<string, number>();
  // Single-word lemmas only: a compound's last word is often not what it is ("meeting_of_minds" is an agreement).
  const add = (w: string, factor: number): void => {
    if (w.includes('_') || w === word) return;
    if (factor > (best.get(w) ?? 0)) best.set(w, factor);
  };
  const noun = lemmatizer().noun(word);
  for (const sense of sensesWithCounts(noun)) {
    if (sense.pos !== 'n' || (sense.tagCount === 0 && sense.senseNumber > 1)) continue;
    const synset = synsetAt('n', sense.offset);
    for (const w of synset.words) add(w, KIND_FACTOR.synonym);
    for (const kind of hyponymsOf(synset)) {
      for (const w of kind.words) add(w, KIND_FACTOR.hyponym);
      for (const subKind of hyponymsOf(kind)) for (const w of subKind.words) add(w, KIND_FACTOR.second);
    }
  }
  if (noun !== word) best.set(noun, 1);
  const kinds = [...best].map(([w, factor]) => ({ word: w, factor })).sort((a, b) => b.factor - a.factor);
  if (kindsCache.size >= CACHE_LIMIT) kindsCache.clear();
  kindsCache.set(word, kinds);
  return kinds;
}

const kindsCache = new Map<string, readonly RelatedWord[]>();

/** Hypernym steps looked up from a noun for "person": WordNet's noun hierarchy is at most about 18 deep. */
const PERSON_DEPTH = 12;
/** The synset of "person" as a human being, looked up once. */
let personOffset: number | undefined;

/**
 * Whether a noun's commonest sense is a kind of person ("mayor", "daughter", "skipper"): "which mayors" and "the
 * name of her daughter" ask for people, whom the pack knows by name.
 */
export function isPersonNoun(word: string): boolean {
  const senses = sensesWithCounts(lemmatizer().noun(word)).filter((sense) => sense.pos === 'n');
  const commonest = senses.sort((a, b) => b.tagCount - a.tagCount || a.senseNumber - b.senseNumber)[0];
  if (!commonest) return false;
  // WordNet's "person" as a human being (its first sense), not as a body or a grammatical person.
  personOffset ??= sensesWithCounts('person').find((sense) => sense.pos === 'n' && sense.senseNumber === 1)?.offset;
  let frontier = [commonest.offset];
  for (let depth = 0; depth < PERSON_DEPTH && frontier.length > 0; depth++) {
    if (frontier.includes(personOffset ?? -1)) return true;
    frontier = frontier.flatMap((offset) =>
      synsetAt('n', offset)
        .pointers.filter((p) => p.symbol === '@' || p.symbol === '@i')
        .map((p) => p.offset),
    );
  }
  return false;
}

function hyponymsOf(synset: Synset): Synset[] {
  return synset.pointers.filter((p) => p.symbol === '~').map((p) => synsetAt(p.pos, p.offset));
}
