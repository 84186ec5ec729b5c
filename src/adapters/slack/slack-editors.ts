// Who may review facts on Slack: SLACK_EDITORS lists user ids (U…, W…) and user group ids (S…). A group's members are
// read with usergroups.users.list and kept a few minutes, so a click costs no API call most of the time.
// https://docs.slack.dev/reference/methods/usergroups.users.list
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.ts';

/** How long a group's member list is trusted before it is read again. */
const GROUP_TTL_MS = 5 * 60_000;

export function createSlackEditors(
  client: webApi.WebClient,
  ids: readonly string[],
  logger: Logger,
  now: () => number = Date.now,
): (user: string) => Promise<boolean> {
  const users = new Set(ids.filter((id) => !id.startsWith('S')));
  const groups = ids.filter((id) => id.startsWith('S'));
  const members = new Map<string, { at: number; users: Promise<ReadonlySet<string>> }>();
  const membersOf = (group: string): Promise<ReadonlySet<string>> => {
    const cached = members.get(group);
    if (cached && now() - cached.at < GROUP_TTL_MS) return cached.users;
    const users = client.usergroups.users
      .list({ usergroup: group })
      .then((r) => new Set(r.users ?? []))
      .catch((error: unknown) => {
        members.delete(group); // not cached: the next click asks again
        logger.warn({ err: error, group }, 'could not read a Slack editor group; its members are not editors now');
        return new Set<string>();
      });
    members.set(group, { at: now(), users });
    return users;
  };
  return async (user) => {
    if (users.has(user)) return true;
    for (const group of groups) if ((await membersOf(group)).has(user)) return true;
    return false;
  };
}
