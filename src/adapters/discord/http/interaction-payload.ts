// The parts of an HTTP interaction we act on, parsed once at the edge. The gateway hands discord.js objects; over
// HTTP the same data arrives as JSON — https://discord.com/developers/docs/interactions/receiving-and-responding
import { z } from 'zod';

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type
export const InteractionType = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;
// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
export const CallbackType = { pong: 1, message: 4, autocompleteResult: 8 } as const;
/** Message flag EPHEMERAL (1 << 6) — https://discord.com/developers/docs/resources/message#message-object-message-flags */
export const EPHEMERAL = 1 << 6;

const user = z.object({ id: z.string() });
const subcommand = z.object({
  name: z.string(),
  options: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number()]) })).default([]),
});

export const interactionSchema = z.object({
  type: z.number().int(),
  channel_id: z.string().optional(),
  /** In a server: the member, with their permissions in this channel as a decimal bitfield string. */
  member: z.object({ user, permissions: z.string().regex(/^\d+$/) }).optional(),
  /** In a DM: the user. */
  user: user.optional(),
  data: z.object({ name: z.string(), options: z.array(subcommand).default([]) }).optional(),
});

export type InteractionPayload = z.infer<typeof interactionSchema>;
