// Which delivery errors are about the channel itself (stop and mark the subscription failing), which about the
// workspace's token (pause that workspace's posts: src/briefs/workspace-pauses.ts) and which may pass (retry with
// backoff). Duck-typed on the SDKs' error shapes so this module imports neither SDK.
import type { BriefPlatform } from '../store/index.ts';

export type PublishErrorKind = 'permanent' | 'workspace' | 'transient';

export class PublishError extends Error {
  constructor(
    readonly kind: PublishErrorKind,
    readonly code: string,
    message: string,
    /** The platform asked us to wait this long (HTTP 429 Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

// Slack chat.postMessage errors — https://api.slack.com/methods/chat.postMessage#errors
const SLACK_PERMANENT = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);
// The token itself was refused: every channel of the workspace fails alike until it is replaced.
// https://docs.slack.dev/reference/methods/chat.postMessage#errors
export const SLACK_TOKEN_ERRORS: readonly string[] = [
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'missing_scope',
  'no_permission',
];
const SLACK_TOKEN = new Set(SLACK_TOKEN_ERRORS);
// Discord JSON error codes — https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
const DISCORD_PERMANENT = new Map([
  [50001, 'Missing Access'],
  [10003, 'Unknown Channel'],
  [50013, 'Missing Permissions'],
  [10004, 'Unknown Guild'],
]);

interface ErrorShape {
  code?: unknown;
  status?: unknown;
  retryAfter?: unknown;
  data?: { error?: unknown };
  message?: unknown;
}

export function classifyPublishError(platform: BriefPlatform, error: unknown): PublishError {
  if (error instanceof PublishError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (platform === 'slack') {
    // @slack/web-api: platform errors carry data.error; rate limits carry retryAfter in seconds.
    const code = typeof e.data?.error === 'string' ? e.data.error : typeof e.code === 'string' ? e.code : 'unknown';
    if (SLACK_PERMANENT.has(code)) return new PublishError('permanent', code, message);
    if (SLACK_TOKEN.has(code)) return new PublishError('workspace', code, message);
    const retryAfterMs = typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : undefined;
    return new PublishError('transient', code, message, retryAfterMs);
  }
  // discord.js DiscordAPIError: numeric JSON code and HTTP status; 429s are queued by its REST manager.
  const code = typeof e.code === 'number' ? e.code : undefined;
  const status = typeof e.status === 'number' ? e.status : undefined;
  // 401: the bot token is invalid (reset or revoked) — https://discord.com/developers/docs/topics/opcodes-and-status-codes#http
  if (status === 401) return new PublishError('workspace', String(code ?? status), message);
  if (code !== undefined && DISCORD_PERMANENT.has(code)) {
    return new PublishError('permanent', String(code), `${DISCORD_PERMANENT.get(code)}: ${message}`);
  }
  if (status === 404 || status === 403) return new PublishError('permanent', String(code ?? status), message);
  return new PublishError('transient', String(code ?? status ?? 'unknown'), message);
}
