// The parts of a block_actions payload the buttons use, parsed at the edge rather than trusted.
// Slack: https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
import { z } from 'zod';

export const actionBodySchema = z.object({
  user: z.object({ id: z.string() }),
  // The workspace clicked in (null for some org-wide apps): recorded on subscriptions made from a button.
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.object({ is_ephemeral: z.boolean().optional(), message_ts: z.string().optional() }).optional(),
  message: z.object({ ts: z.string() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
