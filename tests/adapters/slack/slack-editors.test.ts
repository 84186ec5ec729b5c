// Who may review on Slack (slack-editors.ts): listed users at once; a user group's members read from Slack and kept
// five minutes; a group Slack cannot read makes nobody an editor through it, and is asked again on the next click.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackEditors } from '../../../src/adapters/slack/slack-editors.ts';
import { createLogger } from '../../../src/log.ts';
import { type FakeWebApi, startFakeWebApi } from '../../fakes/slack-web-api.ts';

describe('Slack editors', () => {
  let slack: FakeWebApi;
  let client: webApi.WebClient;
  const logger = createLogger({ level: 'silent', secrets: [] });
  beforeAll(async () => {
    slack = await startFakeWebApi();
    client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(() => slack.close());
  const lookups = () => slack.calls.all.filter((c) => c.method === 'usergroups.users.list').length;

  it('reads a group once for five minutes, then again', async () => {
    slack.groupMembers.set('S0DESK', ['U0ANN']);
    let clock = 0;
    const isEditor = createSlackEditors(client, ['U0LISTED', 'S0DESK'], logger, () => clock);
    const before = lookups();
    expect(await isEditor('U0LISTED')).toBe(true);
    expect(lookups()).toBe(before);
    expect(await isEditor('U0ANN')).toBe(true);
    expect(await isEditor('U0BOB')).toBe(false);
    expect(lookups()).toBe(before + 1);
    slack.groupMembers.set('S0DESK', ['U0BOB']);
    clock = 5 * 60_000;
    expect(await isEditor('U0BOB')).toBe(true);
    expect(lookups()).toBe(before + 2);
  });

  it('makes nobody an editor through a group it cannot read, and asks again next time', async () => {
    slack.groupMembers.set('S0FAIL', ['U0CAT']);
    const isEditor = createSlackEditors(client, ['S0FAIL'], logger, () => 0);
    slack.failNext('usergroups.users.list', 200, {}, 'missing_scope');
    expect(await isEditor('U0CAT')).toBe(false);
    expect(await isEditor('U0CAT')).toBe(true);
  });
});
