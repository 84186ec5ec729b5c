// Stage 2: the role as the sentence writes it, before the name ("South Korean National Assembly Speaker Woo
// Won-shik") or as an apposition after it ("Zhao Leji, head of the country's top legislative body,"), plus kinship
// ("his daughter Ju Ae"). A title in the plural before a list ("Reps. A, B and C") belongs to every name of the list.
import type { NameMention, Token } from './annotated-article.ts';
import { bareLower, countryOf, type WordLookup } from './word-lookup.ts';

/** The connectors that join two things (not "of", "the"): what stands before one may be another person. */
const COORDINATORS = new Set(['and', 'or', 'y', 'o', 'und', 'oder', 'și', 'sau', 'и', 'или']);
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  "'s",
  'de',
  'del',
  'la',
  'der',
  'des',
  'și',
  'ai',
  'al',
  'y',
  'и',
]);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'sa', 'său', 'ei', 'sein', 'seine', 'ihre', 'su', 'его']);
const RELATIVE_OPENER = /^(?:who|which) (?:is|was|are|were)(?: also)? /iu;
const MAX_APPOSITION_TOKENS = 24;
const EXEMPLIFIERS = ['such as', 'including', 'among them', 'like'];

export function withRoles(
  text: string,
  tokens: readonly Token[],
  names: NameMention[],
  lookup: WordLookup,
): NameMention[] {
  const taken = new Set(names.filter((n) => n.last > n.first).flatMap((n) => range(n.first, n.last)));
  const withOwn = names.map((name) => {
    const role =
      roleBefore(text, tokens, name, taken, lookup) ??
      apposition(text, tokens, name, taken, lookup) ??
      exemplified(text, tokens, name, lookup);
    return role ? { ...name, role, country: countryOf(lookup.words, role) } : name;
  });
  return shareListTitles(tokens, withOwn);
}

function roleBefore(
  text: string,
  tokens: readonly Token[],
  name: NameMention,
  taken: ReadonlySet<number>,
  lookup: WordLookup,
): string | undefined {
  // "el líder ruso, Vladímir Putin", "soția sa, Dana": a title may stand before the comma that precedes the name.
  const commaFirst =
    tokens[name.first - 1]?.text === ',' && !taken.has(name.first - 2) && isTitleLike(tokens[name.first - 2], lookup);
  const end = commaFirst ? name.first - 1 : name.first;
  let first = end;
  let sawTitle = false;
  for (let k = end - 1; k >= 0; k--) {
    const token = tokens[k];
    if (!token || taken.has(k) || (!token.isWord && token.text !== '.')) break;
    const bare = bareLower(token.text);
    const isTitle = isTitleWord(bare, lookup);
    const possessiveAfterTitle =
      POSSESSIVES.has(token.lower) && isTitleWord(bareLower(tokens[k - 1]?.text ?? ''), lookup);
    const fits =
      isTitle ||
      possessiveAfterTitle ||
      (token.text === '.' && k > 0 && tokens[k - 1]?.isWord === true) ||
      token.capitalized ||
      lookup.words.countries[bare] !== undefined ||
      CONNECTORS.has(token.lower) ||
      (POSSESSIVES.has(token.lower) && sawTitle);
    if (!fits) break;
    sawTitle ||= isTitle;
    first = k;
  }
  // A coordination is not a role: "Kim and Russian President Vladimir Putin" gives Putin "Russian President". What
  // stands before a connector stays only when it holds a title of its own ("General Secretary ... and Lao President").
  for (let k = first; k < end; k++) {
    if (!COORDINATORS.has(tokens[k]?.lower ?? '')) continue;
    const before = tokens.slice(first, k).some((t) => isTitleWord(bareLower(t.text), lookup));
    if (!before) first = k + 1;
  }
  // The edge words of a role are never a connector ("and Maldivian President" -> "Maldivian President") nor a clause
  // opener capitalised at the start of a sentence ("When North Korean leader" -> "North Korean leader").
  const opensClause = (k: number): boolean => lookup.words.clauseOpeners.includes(tokens[k]?.lower ?? '');
  while (
    first < end &&
    (CONNECTORS.has(tokens[first]?.lower ?? '') || opensClause(first) || tokens[first]?.text === '.')
  )
    first++;
  if (!sawTitle || first >= end) return undefined;
  return clean(text.slice(tokens[first]?.start ?? 0, tokens[end - 1]?.end ?? 0));
}

function isTitleLike(token: Token | undefined, lookup: WordLookup): boolean {
  if (!token) return false;
  const bare = bareLower(token.text);
  return (
    isTitleWord(bare, lookup) ||
    lookup.words.countries[bare] !== undefined ||
    POSSESSIVES.has(bare) ||
    token.capitalized
  );
}

/** A title or kinship word, also as a part of a hyphenated word ("then-Foreign"). */
function isTitleWord(bare: string, lookup: WordLookup): boolean {
  return bare.split('-').some((part) => lookup.title.has(part) || lookup.relation.has(part));
}

function apposition(
  text: string,
  tokens: readonly Token[],
  name: NameMention,
  taken: ReadonlySet<number>,
  lookup: WordLookup,
): string | undefined {
  if (tokens[name.last + 1]?.text !== ',') return undefined;
  let last = name.last + 1;
  for (let k = name.last + 2; k < tokens.length && k - name.last <= MAX_APPOSITION_TOKENS; k++) {
    const token = tokens[k];
    if (!token || [',', ';', '.', ')', ':', '(', '"', '“', '”'].includes(token.text)) break;
    if (taken.has(k)) return undefined;
    last = k;
  }
  if (last === name.last + 1 || last - name.last >= MAX_APPOSITION_TOKENS) return undefined;
  const words = tokens.slice(name.last + 2, last + 1);
  // "Xi, and the Russian leader, Putin": an apposition never opens with a conjunction.
  if (['and', 'or', 'y', 'o', 'und', 'oder', 'и', 'или', 'și', 'sau'].includes(words[0]?.lower ?? '')) return undefined;
  if (!words.some((t) => lookup.title.has(bareLower(t.text)))) return undefined;
  const phrase = text.slice(tokens[name.last + 2]?.start ?? 0, tokens[last]?.end ?? 0);
  return clean(phrase.replace(RELATIVE_OPENER, ''));
}

/** "military leaders such as A and B": the class the names exemplify, when it is a title in the plural. */
function exemplified(
  text: string,
  tokens: readonly Token[],
  name: NameMention,
  lookup: WordLookup,
): string | undefined {
  const before = tokens
    .slice(Math.max(0, name.first - 2), name.first)
    .map((t) => t.lower)
    .join(' ');
  if (!EXEMPLIFIERS.includes(before) && !EXEMPLIFIERS.includes(tokens[name.first - 1]?.lower ?? '')) return undefined;
  const opener = EXEMPLIFIERS.includes(before) ? name.first - 2 : name.first - 1;
  let first = opener;
  // The class is the plural title and at most one word before it ("military leaders", "senior officials").
  for (let k = opener - 1; k >= Math.max(0, opener - 2); k--) {
    const token = tokens[k];
    if (!token?.isWord || token.capitalized) break;
    first = k;
  }
  const words = tokens.slice(first, opener);
  if (!words.some((t) => isTitleWord(t.lower, lookup))) return undefined;
  return clean(text.slice(tokens[first]?.start ?? 0, tokens[opener - 1]?.end ?? 0));
}

/** "Reps. Kim A, Park B and Hong C": a plural title before the first name of a list is each one's title. */
function shareListTitles(tokens: readonly Token[], names: NameMention[]): NameMention[] {
  const out = [...names];
  for (let n = 1; n < out.length; n++) {
    const previous = out[n - 1];
    const current = out[n];
    if (!previous?.role || !current || current.role) continue;
    const between = tokens.slice(previous.last + 1, current.first).map((t) => t.lower);
    const joinsList = between.length === 1 && [',', 'and', 'și', 'y', 'und', 'и'].includes(between[0] ?? '');
    const plural = /(?:s|men|i|ii)\.?$/u.test(previous.role);
    if (joinsList && plural) out[n] = { ...current, role: previous.role, country: previous.country };
  }
  // Backwards too: "A and B, the deputy heads of X" gives A the apposition written after B.
  for (let n = out.length - 2; n >= 0; n--) {
    const current = out[n];
    const next = out[n + 1];
    if (!current || current.role || !next?.role) continue;
    const between = tokens.slice(current.last + 1, next.first).map((t) => t.lower);
    const plural = /\b\p{L}+(?:s|men)\b/u.test(next.role.split(' ').slice(0, 3).join(' '));
    if (between.length === 1 && ['and', 'și', 'y', 'und', 'и'].includes(between[0] ?? '') && plural) {
      out[n] = { ...current, role: next.role, country: next.country };
    }
  }
  return out;
}

function clean(role: string): string {
  return role.replace(/\s+/g, ' ').trim();
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
