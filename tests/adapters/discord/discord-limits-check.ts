// Checks a message body against every Discord limit the issue names; returns the broken rules (empty = fits).
import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS as L } from '../../../src/adapters/discord/discord-limits.ts';

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: readonly { components: readonly object[] }[];
  allowed_mentions?: unknown;
}

export function limitProblems(body: MessageBody): string[] {
  const problems: string[] = [];
  const embeds = body.embeds ?? [];
  if ((body.content ?? '').length > L.content) problems.push('content > 2000');
  if (embeds.length > L.embedsPerMessage) problems.push('embeds > 10');
  let total = 0;
  for (const e of embeds) {
    const fields = e.fields ?? [];
    if ((e.title ?? '').length > L.embedTitle) problems.push('title > 256');
    if ((e.description ?? '').length > L.embedDescription) problems.push('description > 4096');
    if (fields.length > L.embedFields) problems.push('fields > 25');
    for (const f of fields) {
      if (f.name.length > L.fieldName || f.name.length === 0) problems.push(`field name length ${f.name.length}`);
      if (f.value.length > L.fieldValue || f.value.length === 0) problems.push(`field value length ${f.value.length}`);
    }
    if ((e.footer?.text ?? '').length > L.footerText) problems.push('footer > 2048');
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
    total += fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  if (total > L.embedsTotal) problems.push(`embeds total ${total} > 6000`);
  const rows = body.components ?? [];
  if (rows.length > L.actionRows) problems.push('action rows > 5');
  const text = (c: object, key: string) => String((c as Record<string, unknown>)[key] ?? '');
  const ids = rows.flatMap((r) => r.components.map((c) => text(c, 'custom_id')));
  if (new Set(ids).size !== ids.length) problems.push('duplicate custom ids');
  for (const row of rows) {
    if (row.components.length > L.buttonsPerRow) problems.push('buttons per row > 5');
    for (const c of row.components) {
      if (text(c, 'custom_id').length > L.customId) problems.push('custom_id > 100');
      if (text(c, 'label').length > L.buttonLabel) problems.push('label > 80');
    }
  }
  if (JSON.stringify(body.allowed_mentions) !== JSON.stringify({ parse: [] })) problems.push('allowed_mentions');
  return problems;
}
