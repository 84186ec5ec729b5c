import { afterEach, describe, expect, it } from 'vitest';
import { canManageSlackBriefs, createBriefService } from '../../src/briefs/brief-service.ts';
import { summaryText } from '../support/answer-view.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { FakeClock } from './fake-publisher.ts';
import { cleanUp, openTestStore } from './helpers.ts';

afterEach(cleanUp);

const ctx = { platform: 'slack' as const, channelId: 'C1', userId: 'U1', canManage: true };

async function setup() {
  const store = await openTestStore();
  const clock = new FakeClock(Date.parse('2025-09-03T10:00:00Z'));
  let changes = 0;
  const service = createBriefService({
    store,
    getPack: bundledPack,
    defaultTimezone: 'Europe/Berlin',
    clock,
    onChange: () => void (changes += 1),
  });
  return { store, service, changes: () => changes };
}

describe('/summit brief in a channel', () => {
  it('subscribes at 08:00 in BRIEF_TIMEZONE by default and says when the next brief comes', async () => {
    const { service, store, changes } = await setup();
    const answer = await service.handleBriefCommand(ctx, 'subscribe');
    expect(answer).toMatchObject({ status: 'answered', title: 'Subscribed to the daily brief', sections: [] });
    expect(summaryText(answer)).toBe(
      'This channel gets the brief every day at 08:00 Europe/Berlin. Next: Thu, 4 Sept 2025, 08:00 CEST.',
    );
    expect(await store.subscriptions.get('slack', 'C1')).toMatchObject({
      time: '08:00',
      timezone: 'Europe/Berlin',
      createdBy: 'U1',
    });
    expect(changes()).toBe(1);
  });

  it('takes a time and a zone, or a zone alone, and normalises the zone’s spelling', async () => {
    const { service, store } = await setup();
    await service.handleBriefCommand(ctx, 'subscribe', '7:30', 'america/new_york');
    expect(await store.subscriptions.get('slack', 'C1')).toMatchObject({ time: '07:30', timezone: 'America/New_York' });
    await service.handleBriefCommand({ ...ctx, channelId: 'C2' }, 'subscribe', 'Asia/Tokyo');
    expect(await store.subscriptions.get('slack', 'C2')).toMatchObject({ time: '08:00', timezone: 'Asia/Tokyo' });
  });

  it('says "already subscribed" the second time, and "updated" when the time changes', async () => {
    const { service } = await setup();
    await service.handleBriefCommand(ctx, 'subscribe', '08:00');
    expect((await service.handleBriefCommand(ctx, 'subscribe', '08:00')).title).toBe('Already subscribed');
    expect((await service.handleBriefCommand(ctx, 'subscribe', '09:15')).title).toBe('Daily brief time updated');
  });

  it('refuses 25:00 and an unknown time zone, and stores nothing', async () => {
    const { service, store } = await setup();
    expect(await service.handleBriefCommand(ctx, 'subscribe', '25:00')).toMatchObject({
      status: 'bad-input',
      title: '“25:00” is not a time',
    });
    expect(await service.handleBriefCommand(ctx, 'subscribe', '08:00', 'Mars/Olympus_Mons')).toMatchObject({
      status: 'bad-input',
      title: '“Mars/Olympus_Mons” is not a time zone I know',
    });
    expect(await store.subscriptions.get('slack', 'C1')).toBeUndefined();
  });

  it('is kind about unsubscribing a channel that is not subscribed', async () => {
    const { service } = await setup();
    expect(await service.handleBriefCommand(ctx, 'unsubscribe')).toMatchObject({
      status: 'not-found',
      title: 'This channel is not subscribed',
    });
    await service.handleBriefCommand(ctx, 'subscribe');
    expect((await service.handleBriefCommand(ctx, 'unsubscribe')).title).toBe('Unsubscribed');
  });

  it('lets only managers change subscriptions, but anyone see the status', async () => {
    const { service, store } = await setup();
    const member = { ...ctx, canManage: false };
    expect(summaryText(await service.handleBriefCommand(member, 'subscribe'))).toBe(
      'Only the brief admins (SLACK_BRIEF_ADMINS) can subscribe or unsubscribe a channel.',
    );
    expect(summaryText(await service.handleBriefCommand({ ...member, platform: 'discord' }, 'unsubscribe'))).toBe(
      'Only members with the Manage Channels permission can subscribe or unsubscribe a channel.',
    );
    expect(await store.subscriptions.get('slack', 'C1')).toBeUndefined();
    expect((await service.handleBriefCommand(member, 'status')).title).toBe('Not subscribed');
    expect(canManageSlackBriefs([], 'U9')).toBe(true);
    expect(canManageSlackBriefs(['U1'], 'U9')).toBe(false);
  });

  it('shows status with the next brief, and a failing channel’s reason', async () => {
    const { service, store } = await setup();
    await service.handleBriefCommand(ctx, 'subscribe', '08:00');
    expect(summaryText(await service.handleBriefCommand(ctx, 'status'))).toBe(
      'Every day at 08:00 Europe/Berlin (today there: 2025-09-03). Next: Thu, 4 Sept 2025, 08:00 CEST. No brief posted yet.',
    );
    await store.subscriptions.markFailing('slack', 'C1', 'not_in_channel: An API error occurred', new Date());
    const failing = await service.handleBriefCommand(ctx, 'status');
    expect(failing.title).toBe('Subscribed, but failing');
    expect(summaryText(failing)).toContain('(not_in_channel: An API error occurred)');
  });

  it('previews today’s brief for the channel, and refuses unknown actions', async () => {
    const { service } = await setup();
    expect((await service.handleBriefCommand(ctx)).title).toBe('Daily brief — 3 Sep 2025');
    expect(await service.handleBriefCommand(ctx, 'tomorrow')).toMatchObject({ status: 'bad-input' });
  });
});
