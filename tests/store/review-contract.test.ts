// The editors' audit log and the channel post records behave the same on SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import { finishAnswer, say } from '../../src/core/answer-draft.ts';
import { createAuditLog, type AuditEntry } from '../../src/store/audit-log.ts';
import { createPostRecords, type PostRecord } from '../../src/store/post-records.ts';
import { describeEachEngine } from './engines.ts';

const answer = finishAnswer({
  status: 'answered',
  title: 'The story changed',
  summary: say('One new person.'),
  sections: [],
});

const entry = (decisionId: string, action: AuditEntry['action'], decidedAt: string): AuditEntry => ({
  decisionId,
  factId: `x-person-${decisionId}`,
  action,
  editor: 'U1',
  platform: 'slack',
  channelId: 'C1',
  before: 'Ann Example — Mayor',
  after: action === 'hide' ? null : 'Ann Example — Deputy Mayor',
  decidedAt,
});

const post = (channelId: string, postKey: string, postedAt: string, factIds: string[]): PostRecord => ({
  platform: 'discord',
  channelId,
  postKey,
  kind: 'update',
  messageIds: ['m1', 'm2'],
  answer,
  factIds,
  postedAt,
});

describeEachEngine('review audit log and post records', (engine) => {
  it('keeps each decision once, newest first, and lists hide and correct decisions oldest first', async () => {
    const store = await engine().open(await engine().newLocation());
    const audit = createAuditLog(store.sql);
    expect(await audit.record(entry('d1', 'confirm', '2026-03-20T10:00:00.000Z'))).toBe(true);
    expect(await audit.record(entry('d2', 'correct', '2026-03-20T11:00:00.000Z'))).toBe(true);
    expect(await audit.record(entry('d3', 'hide', '2026-03-20T12:00:00.000Z'))).toBe(true);
    expect(await audit.record(entry('d2', 'correct', '2026-03-20T11:00:00.000Z'))).toBe(false);
    expect((await audit.latest(2)).map((e) => e.decisionId)).toEqual(['d3', 'd2']);
    expect(await audit.latest(1)).toEqual([entry('d3', 'hide', '2026-03-20T12:00:00.000Z')]);
    expect((await audit.corrections()).map((e) => [e.decisionId, e.after])).toEqual([
      ['d2', 'Ann Example — Deputy Mayor'],
      ['d3', null],
    ]);
  });

  it('keeps the first record of a post and finds the posts that showed a fact before a decision', async () => {
    const store = await engine().open(await engine().newLocation());
    const posts = createPostRecords(store.sql);
    await posts.record(post('D1', 'update:b1', '2026-03-20T10:00:00.000Z', ['p1', 'e1', 'p1']));
    await posts.record(post('D1', 'update:b1', '2026-03-20T10:30:00.000Z', ['other']));
    await posts.record(post('D2', 'update:b1', '2026-03-20T10:01:00.000Z', ['p1']));
    await posts.record(post('D3', 'update:b2', '2026-03-20T13:00:00.000Z', ['p1']));
    const found = await posts.showing('p1', new Date('2026-03-20T12:00:00Z'));
    expect(found.map((p) => [p.channelId, p.postKey, p.postedAt, p.factIds])).toEqual([
      ['D1', 'update:b1', '2026-03-20T10:00:00.000Z', ['e1', 'p1']],
      ['D2', 'update:b1', '2026-03-20T10:01:00.000Z', ['p1']],
    ]);
    expect(found[0]).toMatchObject({ kind: 'update', messageIds: ['m1', 'm2'], answer });
    expect(await posts.showing('nothing', new Date('2026-03-21T00:00:00Z'))).toEqual([]);
  });
});
