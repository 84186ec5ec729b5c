// Every front end's rendering of an Answer, read back the same way for the renderer contract: the platform rules it
// breaks (limits, unescaped markup, pings, page labels, buttons), everything a reader sees in reading order with the
// platform's escaping undone, and each numbered source as listed. The contract then asks the same of all of them.
import type { APIEmbed } from 'discord.js';
import { BoundedMap, renderView } from '../../src/adapters/discord/answer-view.ts';
import { answerToEmbeds } from '../../src/adapters/discord/answer-to-embeds.ts';
import { postToMessages, partNonce, readRef } from '../../src/adapters/discord/brief-messages.ts';
import type { ReviewButtonState } from '../../src/adapters/discord/review-components.ts';
import { answerToBlocks, type SlackPage } from '../../src/adapters/slack/answer-to-blocks.ts';
import { ACTION_IDS } from '../../src/adapters/slack/button-value.ts';
import { answerToText } from '../../src/adapters/terminal/answer-to-text.ts';
import type { Answer } from '../../src/core/answer-model.ts';
import { limitProblems } from './discord/discord-limits-check.ts';
import { checkSlackMessage } from './slack/check-slack-message.ts';

export interface Rendering {
  /** Broken platform rules, each named with its page; empty when the rendering is fine. */
  readonly problems: readonly string[];
  /** What a reader sees, page after page, with the platform's escaping undone; "(continued)" headings left out. */
  readonly text: string;
  /** Each source's listing by its number, escaping undone. */
  readonly sources: ReadonlyMap<number, string>;
}

export interface Renderer {
  readonly name: string;
  render(answer: Answer, command: string): Rendering;
}

const has = (answer: Answer, type: Answer['actions'][number]['type']) => answer.actions.some((a) => a.type === type);

function listSources(lines: readonly string[], pattern: RegExp, into = new Map<number, string>()) {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) into.set(Number(m[1]), `${into.get(Number(m[1])) ?? ''}${line}`);
  }
  return into;
}

// --- Slack ---

function slackPages(answer: Answer, command: string, sharedBy?: string): SlackPage[] {
  const { pageCount } = answerToBlocks(answer, { command, page: 0, sharedBy });
  return Array.from({ length: pageCount }, (_, page) => answerToBlocks(answer, { command, page, sharedBy }));
}

const unescapeSlack = (text: string) =>
  text
    .replace(/<https?:\/\/[^|<>]+\|([^<>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function slackButtonProblems(answer: Answer, pages: readonly SlackPage[], shared: boolean): string[] {
  return pages.flatMap((page, i) => {
    const ids = page.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    const count = (id: string) => ids.filter((x) => x === id).length;
    const want = {
      [ACTION_IDS.previous]: has(answer, 'page') && i > 0 ? 1 : 0,
      [ACTION_IDS.next]: has(answer, 'page') && i < pages.length - 1 ? 1 : 0,
      [ACTION_IDS.share]: has(answer, 'share') && !shared ? 1 : 0,
      [ACTION_IDS.run]: answer.actions.filter((a) => a.type === 'run').length,
      [ACTION_IDS.review]: answer.actions.filter((a) => a.type === 'review').length,
      [ACTION_IDS.correct]: answer.actions.filter((a) => a.type === 'correct').length,
    };
    return Object.entries(want).flatMap(([id, n]) => (count(id) === n ? [] : [`page ${i + 1}: ${count(id)} ${id}`]));
  });
}

export const slack: Renderer = {
  name: 'Slack answerToBlocks',
  render(answer, command) {
    const pages = slackPages(answer, command);
    const shared = slackPages(answer, command, 'U0SHARER');
    const problems = [
      ...pages.flatMap((p, i) => checkSlackMessage(p).map((x) => `page ${i + 1}: ${x}`)),
      ...shared.flatMap((p, i) =>
        checkSlackMessage(p, { allowMention: 'U0SHARER' }).map((x) => `shared ${i + 1}: ${x}`),
      ),
      ...(shared.length === pages.length ? [] : [`${shared.length} shared pages for ${pages.length}`]),
      ...slackButtonProblems(answer, pages, false),
      ...slackButtonProblems(answer, shared, true),
      ...pages.flatMap((p, i) => {
        const footer = p.blocks.findLast((b) => b.type === 'context');
        const label = pages.length > 1 ? ` · page ${i + 1} of ${pages.length}` : '';
        const text = footer?.type === 'context' ? (footer.elements[0]?.text ?? '') : '';
        return text.endsWith(label) && (label !== '' || !/ · page \d/.test(text))
          ? []
          : [`page ${i + 1} footer ${text}`];
      }),
    ];
    const header = pages[0]?.blocks[0];
    const rows = pages.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'section' ? b.text.text.split('\n') : [])));
    const body = rows.filter((row) => !/^\*.*\* \(continued\)$/.test(row));
    const contexts = pages.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'context' ? b.elements : [])));
    const sources = listSources(
      contexts.map((e) => unescapeSlack(e.text)),
      /^\*\[(\d+)\]\* /,
    );
    const text = unescapeSlack([header?.type === 'header' ? header.text.text : '', ...body].join('\n'));
    return { problems, text, sources };
  },
};

// --- Discord ---

const COMMAND = { subcommand: 'who', options: { name: 'x' } } as const;
const BRIEF_KEY = 'brief-AAAAAAAAAAAAAAAAAA';
/** A `<` or `>` with no backslash before it (an even number of backslashes escapes nothing). */
const RAW_ANGLE = /(?<!\\)(?:\\\\)*[<>]/;
const CODE_SPAN = /(?<!\\)`[^`]*`/g;

const unescapeDiscord = (text: string) => text.replace(/\u200b/g, '').replace(/\\(.)/gs, '$1');

function embedProblems(embeds: readonly APIEmbed[], where: string): string[] {
  const problems: string[] = [];
  for (const e of embeds) {
    const rendered = [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])];
    for (const text of rendered) {
      if (text && RAW_ANGLE.test(text.replace(CODE_SPAN, '')))
        problems.push(`${where}: raw < or > in ${text.slice(0, 80)}`);
    }
    if (/@(everyone|here)/.test(JSON.stringify(e))) problems.push(`${where}: a mass mention`);
  }
  return problems;
}

/** Fields as reading text: a "(continued)" field name repeats its section's heading, so it is left out. */
function embedText(pages: readonly APIEmbed[]): string {
  const first = pages[0];
  return unescapeDiscord(
    [
      first?.title ?? '',
      first?.description ?? '',
      ...pages.flatMap((p) =>
        (p.fields ?? []).flatMap((f) => [...(f.name.endsWith(' (continued)') ? [] : [f.name]), f.value]),
      ),
    ].join('\n'),
  );
}

function embedSources(pages: readonly APIEmbed[]) {
  return listSources(
    // Footers are plain text: only the mass-mention breaks are ours to undo.
    pages.flatMap((p) => (p.footer?.text ?? '').replace(/\u200b/g, '').split('\n')),
    /^\[(\d+)\] /,
  );
}

function pageLabelProblems(pages: readonly APIEmbed[]): string[] {
  return pages.flatMap((p, i) => {
    const first = p.footer?.text.split('\n')[0] ?? '';
    const ok = pages.length > 1 ? first === `Page ${i + 1} of ${pages.length}` : !first.startsWith('Page ');
    return ok ? [] : [`page ${i + 1} footer starts ${first}`];
  });
}

export const discord: Renderer = {
  name: 'Discord answerToEmbeds',
  render(answer) {
    const pages = answerToEmbeds(answer);
    const store = new BoundedMap<Readonly<Record<string, string>>>(10);
    const reviewButtons = new BoundedMap<ReviewButtonState>(10);
    const problems = [...embedProblems(pages, 'embeds'), ...pageLabelProblems(pages)];
    for (const scope of ['ephemeral', 'channel'] as const) {
      pages.forEach((_, page) => {
        const message = renderView(answer, COMMAND, { page, scope }, store, reviewButtons)?.message;
        if (!message) return problems.push(`${scope} page ${page + 1} missing`);
        problems.push(...limitProblems(message).map((x) => `${scope} page ${page + 1}: ${x}`));
        const labels = message.components.flatMap((r) => r.components.map((c) => ('label' in c ? c.label : '')));
        const want = [
          ...(has(answer, 'page') && pages.length > 1 ? ['Previous', 'Next'] : []),
          ...(has(answer, 'share') && scope === 'ephemeral' ? ['Share in channel'] : []),
          ...answer.actions.flatMap((a) => (a.type === 'review' || a.type === 'correct' ? [a.label] : [])),
          ...(has(answer, 'picture') ? ['Show as picture'] : []),
        ];
        if (JSON.stringify(labels) !== JSON.stringify(want)) problems.push(`${scope} page ${page + 1}: ${labels}`);
      });
    }
    return { problems, text: embedText(pages), sources: embedSources(pages) };
  },
};

export const discordBrief: Renderer = {
  name: 'Discord postToMessages',
  render(answer) {
    const messages = postToMessages(answer, BRIEF_KEY, true);
    const embeds = messages.flatMap((m) => m.embeds);
    const problems = [
      ...embedProblems(embeds, 'brief'),
      ...messages.flatMap((m, i) => limitProblems(m).map((x) => `message ${i + 1}: ${x}`)),
      ...messages.flatMap((m, i) => {
        const ref = readRef(m);
        const ok = ref?.key === BRIEF_KEY && ref.part === i + 1 && ref.parts === messages.length;
        return ok && m.nonce === partNonce(BRIEF_KEY, i) ? [] : [`message ${i + 1}: ref ${JSON.stringify(ref)}`];
      }),
      ...(embeds.length === answerToEmbeds(answer).length ? [] : ['brief messages lost a page']),
    ];
    return { problems, text: embedText(embeds), sources: embedSources(embeds) };
  },
};

// --- Terminal ---

export const terminal: Renderer = {
  name: 'terminal answerToText',
  render(answer) {
    const text = answerToText(answer);
    const list = text.slice(text.lastIndexOf('\n\nSources\n')).split('\n');
    return { problems: [], text, sources: listSources(list, /^ {2}\[(\d+)\] /) };
  },
};

export const RENDERERS: readonly Renderer[] = [slack, discord, discordBrief, terminal];
