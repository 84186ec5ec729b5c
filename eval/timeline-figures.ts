// `npm run eval` (timeline part): `summit timeline` of the bundled pack + corpus read as an editor would, measured
// against ../shared/corpus/key.json: how long an event line is, how many quotes a line shows, whether lines that cite
// a corpus article match an event the key lists for that article and day, how many lines one key event takes, and how
// many Slack pages the answer fills.
import { answerToBlocks } from '../src/adapters/slack/answer-to-blocks.ts';
import { answer } from '../src/core/answer.ts';
import type { Answer } from '../src/core/answer-model.ts';
import { partsToPlain, quotesBehind } from '../src/core/answer-plain-text.ts';
import { parseCommandText } from '../src/core/parse-command.ts';
import { shownRoles } from '../src/core/answer-who.ts';
import type { StoryPack } from '../src/core/story-pack.ts';

export interface KeyEvent {
  readonly file: string;
  readonly date: string;
}

export interface TimelineFigures {
  readonly eventLines: number;
  readonly medianLineChars: number;
  readonly mostQuotesShown: number;
  readonly linesCitingCorpus: number;
  readonly linesMatchingKey: number;
  readonly keyEventsFound: number;
  readonly keyEvents: number;
  readonly slackPages: number;
  readonly rolesShown: number;
  /** Roles `who` shows that start with a conjunction or a clause opener ("and Russian President"). */
  readonly rolesOpeningAClause: readonly string[];
}

/** Conjunctions and clause openers of the corpus languages: no role may start with one. */
const CLAUSE_OPENERS = new Set(['and', 'or', 'but', 'which', 'who', 'while', 'when', 'where', 'that', 'y', 'o', 'pero',
  'que', 'und', 'oder', 'aber', 'și', 'sau', 'dar', 'care', 'и', 'или', 'но', 'который']); // prettier-ignore

export function timelineAnswer(pack: StoryPack): Answer {
  return answer(pack, parseCommandText('timeline'), { today: '2025-09-05' });
}

/**
 * A line matches a key event when it cites that event's article and carries its date; a key event is found when some
 * line does. Lines per key event found = matching lines / key events found (an article's two key events on one day
 * share its lines).
 */
export function timelineFigures(
  pack: StoryPack,
  keyEvents: readonly KeyEvent[],
  idByFile: ReadonlyMap<string, string>,
): TimelineFigures {
  const timeline = timelineAnswer(pack);
  const articleOf = (n: number): string => timeline.sources[n - 1]?.articleId ?? '';
  const corpus = new Set(idByFile.values());
  const lines = timeline.sections.flatMap((s) => s.lines).filter((l) => l.kind === 'event');
  const dateOf = (l: (typeof lines)[number]): string =>
    l.parts.flatMap((p) => (p.type === 'date' ? [p.value] : []))[0] ?? '';
  const keyed = keyEvents.map((k) => ({ ...k, article: idByFile.get(k.file) ?? '' }));
  let citing = 0;
  let matching = 0;
  const found = new Set<number>();
  for (const line of lines) {
    const cited = new Set(line.citations.map((c) => articleOf(c.source)).filter((a) => corpus.has(a)));
    if (cited.size === 0) continue;
    citing++;
    const date = dateOf(line);
    const hits = keyed.flatMap((k, i) => (cited.has(k.article) && k.date === date ? [i] : []));
    if (hits.length > 0) matching++;
    hits.forEach((i) => found.add(i));
  }
  const lengths = lines.map((l) => partsToPlain(l.parts).length).sort((a, b) => a - b);
  const pages = answerToBlocks(timeline, { command: 'timeline', page: 0 }).pageCount;
  return {
    eventLines: lines.length,
    medianLineChars: lengths[Math.floor((lengths.length - 1) / 2)] ?? 0,
    mostQuotesShown: Math.max(0, ...lines.map((l) => quotesBehind(l).length)),
    linesCitingCorpus: citing,
    linesMatchingKey: matching,
    keyEventsFound: found.size,
    keyEvents: keyEvents.length,
    slackPages: pages,
    rolesShown: pack.facts.people.flatMap((p) => shownRoles(p)).length,
    rolesOpeningAClause: pack.facts.people
      .flatMap((p) => shownRoles(p).map((r) => r.role))
      .filter((r) => CLAUSE_OPENERS.has(r.split(/\s+/u)[0]?.toLowerCase() ?? '')),
  };
}

export function printTimelineFigures(f: TimelineFigures): void {
  const share = (n: number, d: number): string => `${n}/${d} (${d === 0 ? 0 : Math.round((1000 * n) / d) / 10}%)`;
  console.log('timeline (summit timeline of the loaded pack):');
  console.log(`  event lines                    ${f.eventLines}`);
  console.log(`  median event line              ${f.medianLineChars} characters`);
  console.log(`  most quotes shown on a line    ${f.mostQuotesShown}`);
  console.log(`  corpus lines matching the key  ${share(f.linesMatchingKey, f.linesCitingCorpus)}`);
  console.log(
    `  lines per key event found      ${f.keyEventsFound === 0 ? 0 : Math.round((100 * f.linesMatchingKey) / f.keyEventsFound) / 100} (${f.keyEventsFound}/${f.keyEvents} key events found)`,
  );
  console.log(`  Slack pages                    ${f.slackPages}`);
  console.log(
    `  who roles opening a clause     ${f.rolesOpeningAClause.length} of ${f.rolesShown}${f.rolesOpeningAClause.length > 0 ? `: ${f.rolesOpeningAClause.join('; ')}` : ''}`,
  );
}
