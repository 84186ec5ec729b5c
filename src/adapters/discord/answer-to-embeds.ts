// Answer -> Discord embeds, one embed per page. Pure. Long answers become several pages rather than losing a line;
// every page fits every embed limit, and its footer numbers the sources its lines cite, with their links.
// Limits: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, AnswerLine, AnswerSection, AnswerSource, AnswerStatus } from '../../core/answer-model.ts';
import { lineMarks, quotesBehind, refsOf, sourceLabel, sourcesOf } from '../../core/answer-plain-text.ts';
import { KIND_LABELS } from '../../core/cite.ts';
import { DISCORD_LIMITS as L, clip, MARKDOWN_ESCAPE } from './discord-limits.ts';
import { escapeMarkdown, neutraliseMassMentions } from './escape-markdown.ts';
import { partsToMarkdown } from './parts-to-markdown.ts';
import { splitText } from '../../text/split-text.ts';

const COLORS: Record<AnswerStatus, number> = {
  answered: 0x5865f2,
  'not-found': 0xfee75c,
  'bad-input': 0xed4245,
  unavailable: 0x99aab5,
  failed: 0xed4245,
};
/** A conflict section's field is named with this mark, so disagreement shows before a word is read. */
const CONFLICT_MARK = '⚠ ';
/** The description holds the summary; past this, the summary continues in fields, so a page always has room. */
const DESCRIPTION_BUDGET = 2048;
/** Room kept in the footer for "Page 12 of 34\n". */
const PAGE_LABEL_RESERVE = 24;
/** One source reference in a footer; a longer one (a very long URL) is clipped with "…". */
const SOURCE_REF_MAX = 400;
const CONTINUED = ' (continued)';

interface Item {
  readonly text: string;
  readonly sources: readonly number[];
}
interface Block {
  readonly heading: string;
  readonly items: readonly Item[];
}
interface PageContext {
  readonly title: string;
  readonly sources: readonly AnswerSource[];
  /** Blocks that already have a field: later fields of theirs are named "(continued)". */
  readonly started: Set<Block>;
}
interface Draft {
  readonly fields: APIEmbedField[];
  readonly sources: Set<number>;
  description?: string;
  lastBlock?: Block;
}

// Pages kept with the answer object they show: a page click or a share renders one page of an answer the dispatcher
// cache already holds, and paging through N pages would otherwise lay out the whole answer N times. Callers read the
// pages and never change them. Weakly held: pages live as long as their answer.
const pagesByAnswer = new WeakMap<Answer, readonly APIEmbed[]>();

/** The answer as embed pages (computed once per answer object). */
export function answerToEmbeds(answer: Answer): readonly APIEmbed[] {
  let pages = pagesByAnswer.get(answer);
  if (!pages) {
    pages = layOutEmbeds(answer);
    pagesByAnswer.set(answer, pages);
  }
  return pages;
}

function layOutEmbeds(answer: Answer): APIEmbed[] {
  const title = clip(escapeMarkdown(answer.title), L.embedTitle);
  const { description, overflow } = describe(answer, title);
  const blocks = [...(overflow ? [overflow] : []), ...answer.sections.map((s) => sectionBlock(s))];

  // The summary's overflow block is named "Summary (continued)" from its first field on.
  const context: PageContext = { title, sources: answer.sources, started: new Set(overflow ? [overflow] : []) };
  const drafts: Draft[] = [{ fields: [], sources: new Set(sourcesOf(answer.summary)), description }];
  for (const block of blocks) {
    for (const item of block.items) {
      const current = drafts[drafts.length - 1] as Draft;
      if (!tryAdd(current, block, item, context)) {
        const next: Draft = { fields: [], sources: new Set() };
        tryAdd(next, block, item, context);
        drafts.push(next);
      }
    }
  }
  return drafts.map((draft, i) => {
    const label = drafts.length > 1 ? `Page ${i + 1} of ${drafts.length}` : '';
    const footer = [label, footerSources(draft.sources, answer.sources)].filter(Boolean).join('\n');
    return {
      title,
      ...(draft.description ? { description: draft.description } : {}),
      color: COLORS[answer.status],
      ...(draft.fields.length > 0 ? { fields: draft.fields } : {}),
      ...(footer ? { footer: { text: footer } } : {}),
    };
  });
}

/** Summary (and the full title when the title had to be clipped) for the first page; the rest continues in fields. */
function describe(answer: Answer, title: string): { description?: string; overflow?: Block } {
  const fullTitle = escapeMarkdown(answer.title);
  const text = [fullTitle !== title ? `**${fullTitle}**` : '', partsToMarkdown(answer.summary)]
    .filter(Boolean)
    .join('\n\n');
  if (text === '') return {};
  const pieces = splitText(text, L.fieldValue, MARKDOWN_ESCAPE);
  let description = pieces.shift() as string;
  while (pieces.length > 0 && description.length + 1 + (pieces[0] as string).length <= DESCRIPTION_BUDGET) {
    description = `${description} ${pieces.shift() as string}`;
  }
  const sources = sourcesOf(answer.summary);
  const overflow =
    pieces.length > 0 ? { heading: 'Summary', items: pieces.map((t) => ({ text: t, sources })) } : undefined;
  return { description, overflow };
}

function sectionBlock(section: AnswerSection): Block {
  const heading = `${section.conflict ? CONFLICT_MARK : ''}${escapeMarkdown(section.heading)}`;
  // A field name holds 256 characters: a longer heading is clipped there, so it is also shown whole, above its lines.
  const whole =
    heading.length > L.fieldName ? splitText(heading, L.fieldValue - 4, MARKDOWN_ESCAPE).map((t) => `**${t}**`) : [];
  const items = [
    ...whole.map((text) => ({ text, sources: [] })),
    ...section.lines.flatMap((line) => {
      const sources = sourcesOf(line.parts, line.citations);
      return splitText(lineText(line, section), L.fieldValue, MARKDOWN_ESCAPE).map((text) => ({ text, sources }));
    }),
  ];
  return { heading, items };
}

/** "• *[expected]* text [1][2]", then the quotes behind it when they are not the line itself (as the terminal shows). */
function lineText(line: AnswerLine, section: AnswerSection): string {
  const refs = refsOf(line);
  const marks = lineMarks(line, section)
    .map((m) => `*[${m}]* `)
    .join('');
  const out = [`• ${marks}${partsToMarkdown(line.parts)}${refs ? ` ${refs}` : ''}`];
  for (const { n, quote } of quotesBehind(line)) out.push(`  ↳ [${n}] “${escapeMarkdown(quote)}”`);
  return out.join('\n');
}

/** Adds an item to the page when every limit still holds; an empty page always takes it. */
function tryAdd(draft: Draft, block: Block, item: Item, page: PageContext): boolean {
  const empty = draft.fields.length === 0 && !draft.description;
  const last = draft.fields[draft.fields.length - 1];
  const appends =
    last !== undefined && draft.lastBlock === block && last.value.length + 1 + item.text.length <= L.fieldValue;
  // Clipped before " (continued)" is added, so a long heading's later fields still say they continue it.
  const name = page.started.has(block)
    ? `${clip(block.heading, L.fieldName - CONTINUED.length)}${CONTINUED}`
    : clip(block.heading, L.fieldName);
  const fields = appends
    ? [...draft.fields.slice(0, -1), { ...last, value: `${last.value}\n${item.text}` }]
    : [...draft.fields, { name, value: item.text }];
  const footer = footerSources(new Set([...draft.sources, ...item.sources]), page.sources);
  const fits =
    fields.length <= L.embedFields &&
    !footer.includes(MORE_SOURCES_MARK) &&
    embedChars(page.title, draft.description, fields) + PAGE_LABEL_RESERVE + footer.length <= L.embedsTotal;
  if (!fits && !empty) return false;
  draft.fields.splice(0, draft.fields.length, ...fields);
  for (const n of item.sources) draft.sources.add(n);
  draft.lastBlock = block;
  page.started.add(block);
  return true;
}

const MORE_SOURCES_MARK = '… and ';

/** "[1] 000 · outlet, 2 Sep 2025 · kind · url" per source, as many as fit; the rest are counted, never dropped silently. */
function footerSources(sources: ReadonlySet<number>, all: readonly AnswerSource[]): string {
  const budget = L.footerText - PAGE_LABEL_RESERVE;
  const refs = [...sources].sort((a, b) => a - b);
  const out: string[] = [];
  for (const [i, n] of refs.entries()) {
    const c = all[n - 1];
    if (!c) continue;
    const ref = clip(
      neutraliseMassMentions(
        `[${n}] ${c.articleId} · ${sourceLabel(c)} · ${KIND_LABELS[c.kind]}${c.url ? ` · ${c.url}` : ''}`,
      ),
      SOURCE_REF_MAX,
    );
    const more = `${MORE_SOURCES_MARK}${refs.length - i} more: /summit sources`;
    // The last reference only has to fit itself; any other must leave room for the "… and N more" that may follow.
    const length = [...out, ref].join('\n').length;
    if (i === refs.length - 1 ? length > budget : length + 1 + more.length > budget) {
      out.push(more);
      break;
    }
    out.push(ref);
  }
  return out.join('\n');
}

function embedChars(title: string, description: string | undefined, fields: readonly APIEmbedField[]): number {
  return title.length + (description?.length ?? 0) + fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
}
