import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('brief settings in the environment', () => {
  it('defaults to var/summit.db, UTC, a 6-hour catch-up and no admins or env channels', () => {
    const result = loadConfig({});
    expect(result.ok && result.config.briefs).toEqual({
      databasePath: 'var/summit.db',
      databaseUrl: undefined,
      databaseWaitMs: 120_000,
      claimLeaseMs: 120_000,
      timezone: 'UTC',
      catchupHours: 6,
      slackAdmins: [],
      slackChannels: [],
      discordChannels: [],
    });
  });

  it('reads admins and channels with optional time and zone', () => {
    const result = loadConfig({
      DATABASE_PATH: '/data/briefs.db',
      DATABASE_URL: 'postgres://summit:pw@db.internal:5432/summit',
      DATABASE_WAIT_SECONDS: '0',
      BRIEF_CLAIM_LEASE_SECONDS: '30',
      BRIEF_TIMEZONE: 'europe/berlin',
      BRIEF_CATCHUP_HOURS: '2',
      SLACK_BRIEF_ADMINS: 'U01, U02',
      SLACK_BRIEF_CHANNELS: 'C1,C2@07:30,C3@7:05@America/New_York',
      DISCORD_BRIEF_CHANNELS: '123456789012345678@09:00@Asia/Tokyo',
    });
    expect(result.ok && result.config.briefs).toEqual({
      databasePath: '/data/briefs.db',
      databaseUrl: 'postgres://summit:pw@db.internal:5432/summit',
      databaseWaitMs: 0,
      claimLeaseMs: 30_000,
      timezone: 'Europe/Berlin',
      catchupHours: 2,
      slackAdmins: ['U01', 'U02'],
      slackChannels: [
        { channelId: 'C1' },
        { channelId: 'C2', time: '07:30' },
        { channelId: 'C3', time: '07:05', timezone: 'America/New_York' },
      ],
      discordChannels: [{ channelId: '123456789012345678', time: '09:00', timezone: 'Asia/Tokyo' }],
    });
  });

  it('keeps the database password out of logs', () => {
    const result = loadConfig({ DATABASE_URL: 'postgres://summit:p%40ss-w0rd@db.internal/summit' });
    expect(result.ok && result.config.secrets).toEqual(['p@ss-w0rd']);
  });

  it('reports every bad brief setting by name', () => {
    const result = loadConfig({
      BRIEF_TIMEZONE: 'Mars/Base',
      BRIEF_CATCHUP_HOURS: '-1',
      BRIEF_CLAIM_LEASE_SECONDS: '2',
      DATABASE_URL: 'mysql://db/summit',
      SLACK_BRIEF_CHANNELS: 'C1@25:00',
      DISCORD_BRIEF_CHANNELS: '1@08:00@Nowhere/City',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'BRIEF_CATCHUP_HOURS: must be 0 or more',
        'BRIEF_CLAIM_LEASE_SECONDS: must be at least 5',
        'BRIEF_TIMEZONE: must be an IANA time zone such as Europe/Berlin or UTC',
        'DATABASE_URL: must be a postgres:// URL (unset it to use SQLite at DATABASE_PATH)',
        'DISCORD_BRIEF_CHANNELS: "1@08:00@Nowhere/City": Nowhere/City is not an IANA time zone (e.g. Europe/Berlin)',
        'SLACK_BRIEF_CHANNELS: "C1@25:00": 25:00 is not a time HH:MM',
      ],
    });
  });
});
