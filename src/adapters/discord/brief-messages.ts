// A channel post (a brief, a story update, a notice, a correction) as the messages that carry it. Pure. The answer's pages (answerToEmbeds) are packed into as
// few messages as Discord allows (10 embeds, 6000 characters across a message's embeds), so nothing is cut. Every
// part carries the post's key — as its nonce (Discord dedupes a repeated nonce with enforce_nonce for a few minutes)
// and as a visible "ref" line in its first embed's footer (found in the channel history long after the nonce expires).
// https://discord.com/developers/docs/resources/message#create-message-jsonform-params
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../core/answer-model.ts';
import { NO_MENTIONS } from './answer-message.ts';
import { answerToEmbeds } from './answer-to-embeds.ts';
import { DISCORD_LIMITS as L } from './discord-limits.ts';

export interface BriefMessage {
  content?: string;
  readonly embeds: APIEmbed[];
  readonly allowed_mentions: typeof NO_MENTIONS;
  /** At most 25 characters — https://discord.com/developers/docs/resources/message#create-message-jsonform-params */
  readonly nonce: string;
  readonly enforce_nonce: true;
}

export const DELAYED_NOTE = '(delayed) This brief is late: the bot was offline at its usual time.';

/** "ref brief-AbC… · part 2/3": what findExisting looks for; `part` only when the brief takes several messages. */
export function refLine(key: string, part: number, parts: number): string {
  return parts > 1 ? `ref ${key} · part ${part}/${parts}` : `ref ${key}`;
}

const REF_PATTERN = /(?:^|\n)ref (\S+)(?: · part (\d+)\/(\d+))?$/m;

/** The key and part of a message we posted, read from its first embed's footer or (when that was full) its content. */
export function readRef(message: {
  content?: string;
  embeds?: readonly { footer?: { text?: string } }[];
}): { key: string; part: number; parts: number } | undefined {
  for (const text of [message.embeds?.[0]?.footer?.text ?? '', message.content ?? '']) {
    const m = REF_PATTERN.exec(text);
    if (m) return { key: m[1] as string, part: Number(m[2] ?? 1), parts: Number(m[3] ?? 1) };
  }
  return undefined;
}

/** Part 1's nonce is the key itself; later parts end in a two-character part number instead (still 25 characters). */
export function partNonce(key: string, index: number): string {
  return index === 0 ? key : `${key.slice(0, 23)}${index.toString(36).padStart(2, '0')}`;
}

export function postToMessages(answer: Answer, key: string, delayed: boolean): BriefMessage[] {
  const groups: APIEmbed[][] = [];
  for (const page of answerToEmbeds(answer)) {
    const last = groups[groups.length - 1];
    if (last && last.length < L.embedsPerMessage && embedsChars([...last, page]) <= L.embedsTotal) last.push(page);
    else groups.push([page]);
  }
  return groups.map((embeds, i) => {
    const ref = refLine(key, i + 1, groups.length);
    const [first, ...rest] = embeds as [APIEmbed, ...APIEmbed[]];
    const footer = [first.footer?.text, ref].filter(Boolean).join('\n');
    const withRef = { ...first, footer: { text: footer } };
    const fits = footer.length <= L.footerText && embedsChars([withRef, ...rest]) <= L.embedsTotal;
    // A footer already full (many long source links) keeps the ref in the content instead: still visible, still found.
    const content = [i === 0 && delayed ? DELAYED_NOTE : '', fits ? '' : ref].filter(Boolean).join('\n');
    return {
      ...(content ? { content } : {}),
      embeds: fits ? [withRef, ...rest] : embeds,
      allowed_mentions: NO_MENTIONS,
      nonce: partNonce(key, i),
      enforce_nonce: true,
    };
  });
}

/** Characters Discord counts towards the 6000 across a message's embeds. */
function embedsChars(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
    0,
  );
}
