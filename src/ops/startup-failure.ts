// The exit code of a failed start, which systemd acts on (deploy/summit-desk.service): 2 for a mistake no restart
// fixes (a refused password or token, a damaged database file, a port taken), which the unit does not restart; 1 for
// anything else (the database or a platform did not answer, or an error nobody foresaw), which it restarts, so an
// outage never leaves the bot down after the outage ends.

/** Binding PORT/HOST failed for a reason in the settings. https://nodejs.org/api/errors.html#common-system-errors */
const SETTINGS_CODES = new Set(['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL']);
/** Slack refused the token at start (auth.test). https://docs.slack.dev/reference/methods/auth.test#errors */
const SLACK_REFUSALS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);
/** discord.js: the token or the gateway intents were refused at login. */
const DISCORD_REFUSALS = new Set(['TokenInvalid', 'DisallowedIntents']);

function isMistake(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { mistake?: unknown; code?: unknown; data?: { error?: unknown }; cause?: unknown };
  if (e.mistake === true) return true;
  if (typeof e.code === 'string' && (SETTINGS_CODES.has(e.code) || DISCORD_REFUSALS.has(e.code))) return true;
  if (typeof e.data?.error === 'string' && SLACK_REFUSALS.has(e.data.error)) return true;
  return isMistake(e.cause, depth + 1);
}

/** `mistake: true` on an error marks it as one the caller knows a restart cannot fix. */
export function startupExitCode(error: unknown): 1 | 2 {
  return isMistake(error) ? 2 : 1;
}
