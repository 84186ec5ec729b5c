// Discord interactions over HTTP (an alternative to the gateway, so slash commands scale out behind a load balancer):
// check the signature, PING -> PONG, and answer `/summit` through the same dispatcher and renderer as the gateway,
// as an ephemeral message in the response itself. Translation only, like handle-command.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { summitCommand, type SubcommandName } from '../../../../commands/summit.ts';
import type { Dispatcher } from '../../../dispatch/dispatcher.ts';
import type { PlatformContext } from '../../../dispatch/platform-context.ts';
import type { Logger } from '../../../log.ts';
import { readLimitedBody } from '../../../ops/read-limited-body.ts';
import { NO_MENTIONS } from '../answer-message.ts';
import { BoundedMap, renderView } from '../answer-view.ts';
import {
  CallbackType,
  EPHEMERAL,
  interactionSchema,
  InteractionType,
  type InteractionPayload,
} from './interaction-payload.ts';
import { isSignedByDiscord } from './verify-signature.ts';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
/** Interactions are small; anything larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;
/** Manage Channels — https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags */
const MANAGE_CHANNELS = 1n << 4n;
const SUBCOMMANDS = new Set<string>(summitCommand.subcommands.map((s) => s.name));

export interface HttpInteractionDeps {
  readonly publicKey: KeyObject;
  readonly dispatcher: Dispatcher;
  readonly logger: Logger;
}

/** A node:http handler for DISCORD_INTERACTIONS_PATH; true when it answered the request. */
export function createHttpInteractionHandler(deps: HttpInteractionDeps) {
  const longOptions = new BoundedMap<Readonly<Record<string, string>>>(5000);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.url ?? '').split('?')[0] !== DISCORD_INTERACTIONS_PATH) return false;
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });
    const body = await readLimitedBody(req, MAX_BODY_BYTES);
    if (!body) return send(res, 413, { error: 'too large' });
    const signature = header(req, 'x-signature-ed25519');
    if (!isSignedByDiscord(deps.publicKey, signature, header(req, 'x-signature-timestamp'), body)) {
      return send(res, 401, { error: 'invalid request signature' });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'not JSON' });
    }
    const parsed = interactionSchema.safeParse(json);
    if (!parsed.success) return send(res, 400, { error: 'not an interaction' });
    return send(res, 200, await respond(parsed.data, deps, longOptions));
  };
}

async function respond(
  interaction: InteractionPayload,
  deps: HttpInteractionDeps,
  longOptions: BoundedMap<Readonly<Record<string, string>>>,
): Promise<unknown> {
  if (interaction.type === InteractionType.ping) return { type: CallbackType.pong };
  if (interaction.type === InteractionType.autocomplete)
    return { type: CallbackType.autocompleteResult, data: { choices: [] } };
  const sub = interaction.data?.options[0];
  if (interaction.type !== InteractionType.command || !sub || !SUBCOMMANDS.has(sub.name)) {
    return notice('I did not understand that. Try `/summit help`.');
  }
  const command = {
    subcommand: sub.name as SubcommandName,
    options: Object.fromEntries(sub.options.map((o) => [o.name, String(o.value)])),
  };
  try {
    const { answer } = await deps.dispatcher.dispatch(command, contextOf(interaction));
    const view = renderView(answer, command, { page: 0, scope: 'ephemeral' }, longOptions);
    if (!view) return notice('There is nothing to show.');
    return { type: CallbackType.message, data: { ...view.message, flags: EPHEMERAL } };
  } catch (error) {
    // The dispatcher turns failures into answers; this is the last guard, so Discord never sees a 500.
    deps.logger.error({ err: error }, 'HTTP interaction failed');
    return notice('Sorry, something went wrong while answering. Please try again.');
  }
}

function contextOf(interaction: InteractionPayload): PlatformContext {
  const permissions = BigInt(interaction.member?.permissions ?? '0');
  return {
    platform: 'discord',
    channelId: interaction.channel_id,
    userId: interaction.member?.user.id ?? interaction.user?.id,
    canManage: (permissions & MANAGE_CHANNELS) === MANAGE_CHANNELS,
  };
}

const notice = (content: string) => ({
  type: CallbackType.message,
  data: { content, flags: EPHEMERAL, allowed_mentions: NO_MENTIONS },
});

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  return true;
}
