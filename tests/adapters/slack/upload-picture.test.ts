// The timeline picture reaches a Slack channel as a file: Bolt's WebClient runs the three upload steps against the fake
// Slack on 127.0.0.1, and the fake keeps the PNG with its alt text.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALT_TEXT } from '../../../src/adapters/slack/slack-limits.ts';
import { uploadPicture } from '../../../src/adapters/slack/upload-picture.ts';
import { timelinePicture } from '../../../src/picture/timeline-picture.ts';
import { type FakeWebApi, startFakeWebApi } from '../../fakes/slack-web-api.ts';
import { bundledPack } from '../../support/bundled-pack.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('timeline picture on Slack', () => {
  let slack: FakeWebApi;
  beforeAll(async () => {
    slack = await startFakeWebApi();
  });
  afterAll(() => slack.close());

  it('uploads the PNG to the channel with its text alternative', async () => {
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    const picture = timelinePicture(bundledPack());
    await uploadPicture(client, 'C0NEWS', picture);
    expect(slack.calls.all.map((c) => c.method)).toEqual([
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
    ]);
    const [file] = slack.files;
    expect(file).toMatchObject({ channel: 'C0NEWS', filename: 'summit-timeline.png', title: 'Timeline of the story' });
    expect(file?.altText).toMatch(/^Timeline picture\. 28 Aug 2025 – 3 Sep 2025/);
    expect(file?.initialComment).toMatch(/^Timeline picture\./);
    expect(file && file.body.indexOf(PNG_SIGNATURE)).toBeGreaterThanOrEqual(0);
    expect(file && file.body.length).toBeGreaterThanOrEqual(picture.png.length);
  });

  it('keeps the alt text and the comment within Slack’s 1,000 characters, cut visibly', async () => {
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    const long = `Timeline picture. ${'day '.repeat(600)}`;
    await uploadPicture(client, 'C0LONG', { ...timelinePicture(bundledPack()), alt: long, caption: long });
    const file = slack.files.find((f) => f.channel === 'C0LONG');
    expect(file?.altText.length).toBeLessThanOrEqual(MAX_ALT_TEXT);
    expect(file?.altText).toMatch(/^Timeline picture\. day.*…$/s);
    expect(file?.initialComment.length).toBeLessThanOrEqual(MAX_ALT_TEXT);
  });
});
