// Signs a request body the way Slack does (v0 HMAC-SHA256 of "v0:timestamp:body").
// https://docs.slack.dev/authentication/verifying-requests-from-slack
import { createHmac } from 'node:crypto';

export function slackSignatureHeaders(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}

export function slashCommandBody(fields: { text: string; responseUrl: string; userId?: string; channelId?: string }) {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0NEWS',
    team_domain: 'newsroom',
    channel_id: fields.channelId ?? 'C0DESK',
    channel_name: 'desk',
    user_id: fields.userId ?? 'U0ALICE',
    user_name: 'alice',
    command: '/summit',
    text: fields.text,
    api_app_id: 'A0SUMMIT',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** A block_actions payload for one button of a message we sent, as Slack posts it (form field `payload`). */
export function blockActionsPayload(fields: {
  actionId: string;
  value: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  ephemeral?: boolean;
  messageTs?: string;
}) {
  const ephemeral = fields.ephemeral ?? true;
  const messageTs = fields.messageTs ?? '1700000000.000100';
  return {
    type: 'block_actions',
    user: { id: fields.userId ?? 'U0ALICE', username: 'alice', team_id: 'T0NEWS' },
    api_app_id: 'A0SUMMIT',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: fields.channelId ?? 'C0DESK',
      is_ephemeral: ephemeral,
    },
    trigger_id: '1.2.3',
    team: { id: 'T0NEWS', domain: 'newsroom' },
    channel: { id: fields.channelId ?? 'C0DESK', name: 'desk' },
    ...(ephemeral ? {} : { message: { type: 'message', ts: messageTs, text: 'answer' } }),
    response_url: fields.responseUrl,
    actions: [
      { type: 'button', action_id: fields.actionId, block_id: 'b1', value: fields.value, action_ts: '1700000001.0' },
    ],
  };
}

/** The form body Slack posts for an interaction payload such as block_actions (one field, `payload`, holding JSON). */
export function interactionBody(payload: object): string {
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
