// The one environment schema. No other file reads process.env. Empty strings count as missing, and every bad or
// missing value is reported at once, by name, grouped by platform.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { z } from 'zod';
import { canonicalTimeZone, isTimeZone } from './briefs/brief-time.ts';
import { parseEnvChannels, type EnvChannel } from './briefs/env-channels.ts';
import { parseEncryptionKey } from './adapters/slack/oauth/token-cipher.ts';
import { parseCidr } from './ingest/address-guard.ts';

/** The repository's own data/ folder, whether this module runs from src/ or from the compiled dist/src/. */
export const BUNDLED_STORY_DIR = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'data');
  }
  return path.resolve(from, '../data');
}

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const token = (prefix: string, hint: string) =>
  z.string().refine((v) => v.startsWith(prefix), `must start with "${prefix}" (${hint})`);
const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
const briefChannels = z.string().transform((v, ctx) => {
  const parsed = parseEnvChannels(v);
  if (parsed.ok) return parsed.channels;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});
const idList = z
  .string()
  .regex(/^\s*[A-Za-z0-9]+\s*(,\s*[A-Za-z0-9]+\s*)*,?\s*$/, 'must be comma-separated user ids (e.g. U012AB3CD)')
  .transform((v) =>
    v
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );

/** FETCH_ALLOW_HOSTS: host names and CIDR ranges (10.20.0.0/16, fd12::/48) whose private addresses may be fetched. */
const allowHosts = z.string().transform((v, ctx) => {
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  // An address or range is read as the fetcher reads it (parseCidr), so "10.0.0.0/99" or "cafe/16" is refused here
  // instead of being skipped there; anything else must be a host name.
  const hostName = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;
  const looksLikeAddress = /^[0-9.]+$|[:/]/;
  const bad = entries.filter((e) => (looksLikeAddress.test(e) ? parseCidr(e) === undefined : !hostName.test(e)));
  if (bad.length === 0) return entries;
  ctx.addIssue({
    code: 'custom',
    message: `must be comma-separated host names or CIDR ranges (not ${bad.join(', ')})`,
  });
  return z.NEVER;
});

const feedUrls = z.string().transform((v, ctx) => {
  const urls = v
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  const bad = urls.filter((u) => !httpUrl.safeParse(u).success);
  if (bad.length === 0) return urls;
  ctx.addIssue({ code: 'custom', message: `must be comma-separated http(s) URLs (not ${bad.join(', ')})` });
  return z.NEVER;
});

export const envSchema = z.object({
  STORY_DIR: optional(z.string()),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  PORT: optional(z.coerce.number({ error: 'must be a port number, 0-65535' }).int().min(0).max(65535)),
  HOST: optional(z.string().regex(/^[0-9A-Za-z.:-]+$/, 'must be an IP address or host name, e.g. 127.0.0.1 or ::')),
  METRICS_TOKEN: optional(z.string().min(16, 'must be at least 16 characters (a random string of your own)')),

  SLACK_BOT_TOKEN: optional(token('xoxb-', 'the Bot User OAuth Token')),
  SLACK_APP_TOKEN: optional(token('xapp-', 'an app-level token with connections:write, for Socket Mode')),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^[0-9a-f]{16,}$/i, 'must be the hex Signing Secret')),
  SLACK_API_URL: optional(httpUrl.refine((v) => v.endsWith('/api/'), 'must end with "/api/"')),
  // OAuth install for many workspaces (src/adapters/slack/oauth): instead of SLACK_BOT_TOKEN, in HTTP mode.
  SLACK_CLIENT_ID: optional(z.string().regex(/^\d+\.\d+$/, 'must be the Client ID (digits.digits, Basic Information)')),
  SLACK_CLIENT_SECRET: optional(z.string().regex(/^[0-9a-f]{16,}$/i, 'must be the hex Client Secret')),
  SLACK_STATE_SECRET: optional(z.string().min(32, 'must be at least 32 characters (a random string of your own)')),
  SLACK_TOKEN_ENCRYPTION_KEY: optional(
    z.string().refine((v) => parseEncryptionKey(v) !== undefined, 'must be 32 bytes as 64 hex or 44 base64 characters'),
  ),

  DISCORD_TOKEN: optional(z.string().min(20, 'must be the bot token from the Developer Portal')),
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{15,22}$/, 'must be the numeric application id')),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{15,22}$/, 'must be a numeric server (guild) id')),
  DISCORD_API_URL: optional(httpUrl),
  DISCORD_PUBLIC_KEY: optional(z.string().regex(/^[0-9a-f]{64}$/i, 'must be the 64-hex-character Public Key')),

  DATABASE_PATH: optional(z.string()),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/\S+$/i, 'must be a postgres:// URL (unset it to use SQLite at DATABASE_PATH)'),
  ),
  DATABASE_WAIT_SECONDS: optional(
    z.coerce.number().int('must be whole seconds').min(0, 'must be 0 or more').max(3600, 'must be at most 3600'),
  ),
  BRIEF_CLAIM_LEASE_SECONDS: optional(
    z.coerce.number().int('must be whole seconds').min(5, 'must be at least 5').max(3600, 'must be at most 3600'),
  ),
  BRIEF_TIMEZONE: optional(z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC')),
  BRIEF_CATCHUP_HOURS: optional(z.coerce.number().min(0, 'must be 0 or more').max(168, 'must be at most 168')),
  // TEST ONLY: the briefs' clock read from this file (src/briefs/file-clock.ts); never set in production.
  SUMMIT_TEST_CLOCK_FILE: optional(
    z.string().refine((p) => path.isAbsolute(p), 'must be an absolute path (test only)'),
  ),
  SLACK_BRIEF_ADMINS: optional(idList),
  // Editors (review facts in chat): Slack user ids (U…) or user group ids (S…); a Discord role id.
  SLACK_EDITORS: optional(idList),
  DISCORD_EDITOR_ROLE: optional(z.string().regex(/^\d{15,22}$/, 'must be a numeric role id')),
  SLACK_BRIEF_CHANNELS: optional(briefChannels),
  DISCORD_BRIEF_CHANNELS: optional(briefChannels),

  FEED_URLS: optional(feedUrls),
  FEED_POLL_MINUTES: optional(
    z.coerce.number().int('must be whole minutes').min(1, 'must be at least 1').max(1440, 'must be at most 1440'),
  ),
  FEED_MAX_AGE_DAYS: optional(z.coerce.number().min(0, 'must be 0 or more').max(3650, 'must be at most 3650')),
  FETCH_ALLOW_PRIVATE: optional(z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true')),
  FETCH_ALLOW_HOSTS: optional(allowHosts),
  EXTRACT_SECONDS: optional(z.coerce.number().min(1, 'must be at least 1').max(300, 'must be at most 300')),
  EXTRACT_MAX_DEPTH: optional(
    z.coerce
      .number()
      .int('must be a whole number')
      .min(50, 'must be at least 50')
      .max(100_000, 'must be at most 100000'),
  ),
});

export type Env = z.infer<typeof envSchema>;

export interface SlackConfig {
  /** One workspace: its Bot User OAuth Token. Absent in OAuth mode, where each workspace's token is in the database. */
  readonly botToken?: string;
  /** Many workspaces: the OAuth install flow (/slack/install), HTTP mode only. */
  readonly oauth?: SlackOAuthConfig;
  /** Socket Mode when set; HTTP mode on `port` otherwise. */
  readonly appToken?: string;
  readonly signingSecret?: string;
  readonly apiUrl?: string;
  /** SLACK_EDITORS: who may review facts in chat, by user id or user group id; empty = nobody. */
  readonly editors?: readonly string[];
}

export interface SlackOAuthConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Signs the OAuth state parameter, so a callback not started by our own /slack/install is refused. */
  readonly stateSecret: string;
  /** AES-256-GCM key for the bot tokens at rest (32 bytes). */
  readonly encryptionKey: Buffer;
}

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string;
  readonly apiUrl?: string;
  /** Serve slash commands over HTTP at /discord/interactions on PORT (the Interactions Endpoint URL). */
  readonly publicKey?: string;
  /** DISCORD_EDITOR_ROLE: members with this role review facts (so do members with Manage Messages). */
  readonly editorRole?: string;
}

export interface BriefsConfig {
  /** SQLite file for subscriptions, the brief log and article first-seen times. */
  readonly databasePath: string;
  /** PostgreSQL instead of SQLite, for several replicas sharing one schedule. */
  readonly databaseUrl?: string;
  /** At start, how long to keep trying a database server that cannot be reached (an outage, not a mistake). */
  readonly databaseWaitMs: number;
  /** A claim on a brief not renewed for this long is taken over by another process (its holder died). */
  readonly claimLeaseMs: number;
  /** Default zone for `/summit brief subscribe` without one, and for env channels without one. */
  readonly timezone: string;
  /** A brief missed while the bot was down is still posted (marked delayed) up to this many hours late. */
  readonly catchupHours: number;
  /** Slack users who may subscribe/unsubscribe; empty = everyone in the channel. */
  readonly slackAdmins: readonly string[];
  readonly slackChannels: readonly EnvChannel[];
  readonly discordChannels: readonly EnvChannel[];
  /** TEST ONLY: read the briefs' time from this file instead of the system clock (src/briefs/file-clock.ts). */
  readonly testClockFile?: string;
}

export interface IngestConfig {
  /** FEED_URLS: feeds polled besides those channels add with `/summit feeds add`. */
  readonly feedUrls: readonly string[];
  readonly pollMinutes: number;
  /** Feed items older than this are recorded but not fetched. */
  readonly maxAgeDays: number;
  /**
   * Which private addresses pages and feeds may be on: FETCH_ALLOW_HOSTS (host names and CIDR ranges, for intranet
   * feeds) when set, else FETCH_ALLOW_PRIVATE (true: every private range, for tests). Link-local addresses, the cloud
   * metadata service among them, are refused either way (src/ingest/address-guard.ts).
   */
  readonly allowPrivate: boolean | readonly string[];
  /** EXTRACT_SECONDS: reading one page (parse + Readability, in a worker) is stopped and refused after this. */
  readonly extractSeconds: number;
  /** EXTRACT_MAX_DEPTH: pages nested deeper are refused before Readability (its cost grows with depth). */
  readonly extractMaxDepth: number;
}

export const DEFAULT_DATABASE_PATH = 'var/summit.db';

export interface Config {
  readonly storyDir: string;
  readonly logLevel: NonNullable<Env['LOG_LEVEL']>;
  readonly port: number;
  /** The interface HTTP listens on; undefined: every interface (Node's default, `::` or `0.0.0.0`). */
  readonly host?: string;
  /** When set, GET /metrics asks for `Authorization: Bearer <token>`. */
  readonly metricsToken?: string;
  readonly slack?: SlackConfig;
  readonly discord?: DiscordConfig;
  readonly briefs: BriefsConfig;
  readonly ingest: IngestConfig;
  /** Every configured secret, so logs and error messages can be scrubbed of them. */
  readonly secrets: readonly string[];
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: NodeJS.ProcessEnv, overrides: { storyDir?: string } = {}): ConfigResult {
  const parsed = envSchema.safeParse(env);
  // Missing companions are judged on what is set at all, so they are reported together with malformed values.
  const present = (key: string) => (env[key] ?? '').trim() !== '';
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`)),
    ...slackProblems(present),
    ...discordProblems(present),
  ].sort();
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const e = parsed.data;

  const oauth: SlackOAuthConfig | undefined =
    e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && e.SLACK_TOKEN_ENCRYPTION_KEY
      ? {
          clientId: e.SLACK_CLIENT_ID,
          clientSecret: e.SLACK_CLIENT_SECRET,
          stateSecret: e.SLACK_STATE_SECRET,
          encryptionKey: parseEncryptionKey(e.SLACK_TOKEN_ENCRYPTION_KEY)!,
        }
      : undefined;
  const slack: SlackConfig | undefined =
    e.SLACK_BOT_TOKEN || oauth
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          ...(oauth && { oauth }),
          appToken: e.SLACK_APP_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          apiUrl: e.SLACK_API_URL,
          ...(e.SLACK_EDITORS && { editors: e.SLACK_EDITORS }),
        }
      : undefined;
  const discord: DiscordConfig | undefined =
    e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          guildId: e.DISCORD_GUILD_ID,
          apiUrl: e.DISCORD_API_URL,
          publicKey: e.DISCORD_PUBLIC_KEY,
          ...(e.DISCORD_EDITOR_ROLE && { editorRole: e.DISCORD_EDITOR_ROLE }),
        }
      : undefined;
  const secrets = [
    e.SLACK_BOT_TOKEN,
    e.SLACK_APP_TOKEN,
    e.SLACK_SIGNING_SECRET,
    e.SLACK_CLIENT_SECRET,
    e.SLACK_STATE_SECRET,
    e.SLACK_TOKEN_ENCRYPTION_KEY,
    e.DISCORD_TOKEN,
    e.METRICS_TOKEN,
    passwordIn(e.DATABASE_URL),
  ].filter((s): s is string => s !== undefined);
  return {
    ok: true,
    config: {
      storyDir: overrides.storyDir ?? e.STORY_DIR ?? BUNDLED_STORY_DIR,
      logLevel: e.LOG_LEVEL ?? 'info',
      port: e.PORT ?? 3000,
      host: e.HOST,
      metricsToken: e.METRICS_TOKEN,
      slack,
      discord,
      briefs: {
        databasePath: e.DATABASE_PATH ?? DEFAULT_DATABASE_PATH,
        databaseUrl: e.DATABASE_URL,
        databaseWaitMs: (e.DATABASE_WAIT_SECONDS ?? 120) * 1000,
        claimLeaseMs: (e.BRIEF_CLAIM_LEASE_SECONDS ?? 120) * 1000,
        timezone: e.BRIEF_TIMEZONE ? canonicalTimeZone(e.BRIEF_TIMEZONE) : 'UTC',
        catchupHours: e.BRIEF_CATCHUP_HOURS ?? 6,
        slackAdmins: e.SLACK_BRIEF_ADMINS ?? [],
        slackChannels: e.SLACK_BRIEF_CHANNELS ?? [],
        discordChannels: e.DISCORD_BRIEF_CHANNELS ?? [],
        testClockFile: e.SUMMIT_TEST_CLOCK_FILE,
      },
      ingest: {
        feedUrls: e.FEED_URLS ?? [],
        pollMinutes: e.FEED_POLL_MINUTES ?? 10,
        maxAgeDays: e.FEED_MAX_AGE_DAYS ?? 3,
        allowPrivate: e.FETCH_ALLOW_HOSTS ?? e.FETCH_ALLOW_PRIVATE ?? false,
        extractSeconds: e.EXTRACT_SECONDS ?? 10,
        extractMaxDepth: e.EXTRACT_MAX_DEPTH ?? 400,
      },
      secrets,
    },
  };
}

/** The password in a database URL (percent-decoded, as the driver sends it), so logs can be scrubbed of it. */
function passwordIn(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

const SLACK_OAUTH_KEYS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_TOKEN_ENCRYPTION_KEY'];

function slackProblems(present: (key: string) => boolean): string[] {
  if (SLACK_OAUTH_KEYS.some(present)) return slackOAuthProblems(present);
  const any = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'].some(present);
  if (!any) return [];
  const problems: string[] = [];
  if (!present('SLACK_BOT_TOKEN')) {
    problems.push('SLACK_BOT_TOKEN: required to run Slack (other SLACK_ settings are set)');
  }
  if (!present('SLACK_APP_TOKEN') && !present('SLACK_SIGNING_SECRET')) {
    problems.push('SLACK_SIGNING_SECRET: required for Slack HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  return problems;
}

/** OAuth mode: all four OAuth settings, HTTP mode (the install pages and events come over HTTP), no fixed token. */
function slackOAuthProblems(present: (key: string) => boolean): string[] {
  const problems = SLACK_OAUTH_KEYS.filter((key) => !present(key)).map(
    (key) => `${key}: required for the Slack OAuth install (${SLACK_OAUTH_KEYS.join(', ')} go together)`,
  );
  if (!present('SLACK_SIGNING_SECRET')) problems.push('SLACK_SIGNING_SECRET: required for the Slack OAuth install');
  if (present('SLACK_APP_TOKEN')) {
    problems.push('SLACK_APP_TOKEN: unset it: the OAuth install runs in HTTP mode (Socket Mode serves one workspace)');
  }
  if (present('SLACK_BOT_TOKEN')) {
    problems.push('SLACK_BOT_TOKEN: unset it: with the OAuth install each workspace has its own token');
  }
  return problems;
}

function discordProblems(present: (key: string) => boolean): string[] {
  if (present('DISCORD_TOKEN') === present('DISCORD_APPLICATION_ID')) return [];
  return [
    present('DISCORD_TOKEN')
      ? 'DISCORD_APPLICATION_ID: required with DISCORD_TOKEN'
      : 'DISCORD_TOKEN: required with DISCORD_APPLICATION_ID',
  ];
}

/** The startup report: every problem, grouped by the platform it stops, each naming its variable. */
export function formatConfigProblems(problems: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const problem of problems) {
    const group = problem.startsWith('SLACK_')
      ? 'Slack'
      : problem.startsWith('DISCORD_')
        ? 'Discord'
        : /^(BRIEF_|DATABASE_)/.test(problem)
          ? 'Daily briefs'
          : /^(FEED_|FETCH_|EXTRACT_)/.test(problem)
            ? 'Feeds and fetching'
            : 'General';
    groups.set(group, [...(groups.get(group) ?? []), problem]);
  }
  const lines = [...groups].flatMap(([group, list]) => [`  ${group}:`, ...list.map((p) => `    - ${p}`)]);
  return `Invalid environment variables (each is documented in .env.example):\n${lines.join('\n')}\n`;
}

/** Reads `.env` (when present) into the environment, then validates it: the only place process.env is read. */
export function loadConfigFromProcess(overrides: { storyDir?: string } = {}): ConfigResult {
  dotenv.config({ quiet: true });
  return loadConfig(process.env, overrides);
}
