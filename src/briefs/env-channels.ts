// Channels subscribed from the environment: "C123,C456@07:30@Europe/Berlin" (time and zone optional).
import { canonicalTimeZone, isTimeZone, parseBriefTime } from './brief-time.ts';

export interface EnvChannel {
  readonly channelId: string;
  readonly time?: string;
  readonly timezone?: string;
}

export type EnvChannelsResult = { ok: true; channels: EnvChannel[] } | { ok: false; message: string };

export function parseEnvChannels(text: string): EnvChannelsResult {
  const channels: EnvChannel[] = [];
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const [channelId = '', time, timezone, ...extra] = entry.split('@');
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(channelId) || extra.length > 0) {
      return { ok: false, message: `"${entry}" is not a channel id, or id@HH:MM, or id@HH:MM@Zone` };
    }
    const parsedTime = time === undefined ? undefined : parseBriefTime(time);
    if (time !== undefined && !parsedTime) return { ok: false, message: `"${entry}": ${time} is not a time HH:MM` };
    if (timezone !== undefined && !isTimeZone(timezone)) {
      return { ok: false, message: `"${entry}": ${timezone} is not an IANA time zone (e.g. Europe/Berlin)` };
    }
    channels.push({
      channelId,
      ...(parsedTime ? { time: parsedTime } : {}),
      ...(timezone ? { timezone: canonicalTimeZone(timezone) } : {}),
    });
  }
  return { ok: true, channels };
}
