// `npm run eval` (extraction part): the extracted story of the bundled pack + the 19 corpus articles, measured against
// ../shared/corpus/key.json: people found by name and with a role as written, share of listed "people" that are
// none of the key's (an upper bound on non-people), dated events on the right day / status / wording, key
// conflicts found, and whether every extracted quote verifies. The key is a development set, not a target to fit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { extractStory, type ExtractedStory } from '../src/core/extract/extract-story.ts';
import { NO_TITLE } from '../src/core/extract/merge-people.ts';
import { nameWords, sameName } from '../src/core/extract/name-key.ts';
import { quoteOccursIn } from '../src/core/find-quote.ts';
import { normalizeQuoteText } from '../src/core/normalize-text.ts';
import type { StoryPack } from '../src/core/story-pack.ts';
import { buildCorpusPack, CORPUS_KEY } from './corpus-pack.ts';
import { printTimelineFigures, timelineFigures, type TimelineFigures } from './timeline-figures.ts';

const keySchema = z.object({
  articles: z.record(z.string(), z.object({
    people: z.array(z.object({ name: z.string(), spellings: z.array(z.string()), role: z.string() })),
    events: z.array(z.object({ date: z.string(), wording: z.string().nullable(), what: z.string(), status: z.string() })),
  })),
  conflicts: z.array(z.object({ topic: z.string(), claims: z.array(z.object({ file: z.string() })) })),
}); // prettier-ignore

export interface ExtractionFigures {
  readonly keyPeople: number;
  readonly peopleFound: number;
  readonly peopleWithRole: number;
  readonly keyPeopleWithTitle: number;
  readonly listedPeople: number;
  readonly listedNotInKey: number;
  readonly keyEvents: number;
  readonly eventsOnDay: number;
  readonly eventsStatus: number;
  readonly eventsWording: number;
  readonly keyConflicts: number;
  readonly conflictsFound: number;
  readonly quotes: number;
  readonly quotesVerified: number;
}

export function storyOf(pack: StoryPack): ExtractedStory {
  return extractStory(
    pack.articles.map((a) => ({
      id: a.id,
      published: a.published,
      publishedEstimated: a.publishedEstimated,
      language: a.language,
      sentences: a.sentences,
    })),
  );
}

type Facts = Pick<ExtractedStory, 'facts'>;

/** Scores both the extracted layer alone and the loaded pack (reviewed ∪ extracted: what who and timeline show). */
export function evaluateExtraction(): {
  pack: ExtractionFigures;
  extracted: ExtractionFigures;
  timeline: TimelineFigures;
} {
  const { pack, idByFile } = buildCorpusPack();
  const key = keySchema.parse(JSON.parse(readFileSync(CORPUS_KEY, 'utf8')));
  const keyEvents = Object.entries(key.articles).flatMap(([file, a]) => a.events.map((e) => ({ file, date: e.date })));
  return {
    pack: score({ facts: pack.facts }, pack, key, idByFile),
    extracted: score(storyOf(pack), pack, key, idByFile),
    timeline: timelineFigures(pack, keyEvents, idByFile),
  };
}

function score(
  story: Facts,
  pack: StoryPack,
  key: z.infer<typeof keySchema>,
  idByFile: ReadonlyMap<string, string>,
): ExtractionFigures {
  const people = story.facts.people.map((p) => ({
    p,
    keys: [...p.spellings, ...p.shortNames].map((s) => nameWords(s)),
  }));
  const matches = (spellings: string[]) =>
    people.filter(({ keys }) => spellings.some((s) => keys.some((k) => sameName(k, nameWords(s)))));
  const keyPeople = new Map<string, { spellings: string[]; roles: string[] }>();
  for (const a of Object.values(key.articles)) {
    for (const p of a.people) {
      const entry = keyPeople.get(p.name) ?? { spellings: [p.name], roles: [] };
      entry.spellings.push(
        ...p.spellings.filter((s) => s.includes(' ') || s.includes('-') || p.spellings.length === 1),
      );
      if (!p.role.startsWith('(')) entry.roles.push(p.role);
      keyPeople.set(p.name, entry);
    }
  }
  let found = 0;
  let withRole = 0;
  let titled = 0;
  const matchedIds = new Set<string>();
  for (const entry of keyPeople.values()) {
    const hits = matches(entry.spellings);
    hits.forEach(({ p }) => matchedIds.add(p.id));
    if (hits.length > 0) found++;
    if (entry.roles.length === 0) continue;
    titled++;
    const roles = hits.flatMap(({ p }) => p.roles.map((r) => r.role)).filter((r) => r !== NO_TITLE);
    if (roles.some((r) => entry.roles.some((k) => roleMatches(r, k)))) withRole++;
  }
  const events = evaluateEvents(story, key.articles, idByFile);
  const conflictsFound = key.conflicts.filter((c) => {
    const ids = new Set(c.claims.map((cl) => idByFile.get(cl.file)));
    return story.facts.conflicts.some((x) => {
      const cited = x.claims.map((cl) => new Set(cl.citations.map((ci) => ci.article).filter((a) => ids.has(a))));
      const covering = cited.filter((s) => s.size > 0).length;
      return covering >= 2 && (ids.size === 1 || new Set(cited.flatMap((s) => [...s])).size >= 2);
    });
  }).length;
  const quotes = allQuotes(story);
  const bodies = new Map(pack.articles.map((a) => [a.id, normalizeQuoteText(a.body)]));
  const verified = quotes.filter((q) => quoteOccursIn(q.quote, bodies.get(q.article) ?? '')).length;
  return {
    keyPeople: keyPeople.size, peopleFound: found, peopleWithRole: withRole, keyPeopleWithTitle: titled,
    listedPeople: story.facts.people.length, listedNotInKey: story.facts.people.filter((p) => !matchedIds.has(p.id) && !isBundledOnly(p, pack, idByFile)).length,
    ...events, keyConflicts: key.conflicts.length, conflictsFound, quotes: quotes.length, quotesVerified: verified,
  }; // prettier-ignore
}

/** A person named only in the three bundled articles is outside the key's reach, neither right nor wrong. */
function isBundledOnly(
  p: ExtractedStory['facts']['people'][number],
  _pack: StoryPack,
  idByFile: ReadonlyMap<string, string>,
): boolean {
  const corpus = new Set(idByFile.values());
  return p.roles.every((r) => r.citations.every((c) => !corpus.has(c.article)));
}

/**
 * Half the key role's words (3+ letters, accents folded) appear in the extracted role; a word matches an inflected
 * form of itself (one is a prefix of the other, or both share five letters: "premier" / "premierii").
 */
function roleMatches(found: string, expected: string): boolean {
  const words = (t: string): string[] =>
    t
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\([^)]*\)/g, '')
      .match(/\p{L}{3,}/gu) ?? [];
  const same = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a) || a.slice(0, 5) === b.slice(0, 5);
  const want = words(expected.split(';')[0] ?? expected);
  const have = words(found);
  return want.length > 0 && want.filter((w) => have.some((h) => same(w, h))).length / want.length >= 0.5;
}

type KeyArticles = z.infer<typeof keySchema>['articles'];

function evaluateEvents(story: Facts, articles: KeyArticles, idByFile: ReadonlyMap<string, string>) {
  let keyEvents = 0;
  let onDay = 0;
  let status = 0;
  let wording = 0;
  const used = new Set<string>();
  for (const [file, a] of Object.entries(articles)) {
    const id = idByFile.get(file);
    for (const k of a.events) {
      keyEvents++;
      const candidates = story.facts.timeline
        .filter((e) => e.date === k.date)
        .flatMap((e) =>
          e.sources.filter((s) => s.article === id).map((s, i) => ({ s, tag: `${e.id}#${s.quote}#${i}` })),
        )
        .filter(({ tag }) => !used.has(tag))
        .sort((x, y) => overlap(y.s.quote, k.what) - overlap(x.s.quote, k.what));
      const best = candidates[0];
      if (!best) continue;
      used.add(best.tag);
      onDay++;
      if (best.s.status === k.status) status++;
      if (k.wording && k.wording.split(';').some((w) => sharesWords(w, best.s.wording))) wording++;
    }
  }
  return { keyEvents, eventsOnDay: onDay, eventsStatus: status, eventsWording: wording };
}

function overlap(a: string, b: string): number {
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const y = words(b);
  return [...words(a)].filter((w) => y.has(w)).length;
}

function sharesWords(a: string, b: string): boolean {
  const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const y = new Set(words(b));
  return words(a).some((w) => y.has(w) && !['on', 'the', 'in', 'of', 'de', 'el', 'am'].includes(w));
}

function allQuotes(story: Facts): { article: string; quote: string }[] {
  const f = story.facts;
  return [
    ...f.people.flatMap((p) => p.roles.flatMap((r) => r.citations)),
    ...f.timeline.flatMap((e) => e.sources),
    ...f.conflicts.flatMap((c) => c.claims.flatMap((cl) => cl.citations)),
  ];
}

function pct(n: number, d: number): string {
  return `${n}/${d} (${d === 0 ? 0 : Math.round((1000 * n) / d) / 10}%)`;
}

function print(label: string, f: ExtractionFigures): void {
  console.log(label);
  console.log(`  people found (name)            ${pct(f.peopleFound, f.keyPeople)}`);
  console.log(
    `  people with a role as written  ${pct(f.peopleWithRole, f.keyPeopleWithTitle)} (of key people the key gives a title)`,
  );
  console.log(`  listed people not in the key   ${pct(f.listedNotInKey, f.listedPeople)} (upper bound on non-people)`);
  console.log(`  events on the right day        ${pct(f.eventsOnDay, f.keyEvents)}`);
  console.log(`    ... with the right status    ${pct(f.eventsStatus, f.keyEvents)}`);
  console.log(`    ... with the key's wording   ${pct(f.eventsWording, f.keyEvents)}`);
  console.log(`  key conflicts found            ${pct(f.conflictsFound, f.keyConflicts)}`);
  console.log(`  quotes that verify             ${pct(f.quotesVerified, f.quotes)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = evaluateExtraction();
  console.log('extraction against ../shared/corpus/key.json (bundled pack + 19 corpus articles)');
  print('loaded pack, reviewed ∪ extracted (what who / timeline show):', figures.pack);
  print('extracted layer alone:', figures.extracted);
  printTimelineFigures(figures.timeline);
}
