// End to end, HTTP mode: /summit timeline offers "Show as picture"; a click uploads the timeline PNG to the channel
// through Slack's file upload (the fake Slack on 127.0.0.1 keeps it), with the picture's text alternative.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import type { ResponsePost } from '../fakes/slack-response-url.ts';
import { blockActionsPayload, interactionBody, slashCommandBody } from '../fakes/slack-signing.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness('http');
});
afterAll(async () => {
  await h?.stop();
});

/** Runs /summit timeline (response URL keyed `responseKey`) and returns the "Show as picture" button of its reply. */
async function pictureButton(responseKey: string) {
  const res = await h.signedEvent(slashCommandBody({ text: 'timeline', responseUrl: h.responses.urlFor(responseKey) }));
  const shown = (await res.json()) as ResponsePost['body'];
  return (shown.blocks ?? [])
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .find((b) => b.action_id === 'summit_picture');
}

/** Clicks a picture button carrying `value`; what the app says back to the clicker goes to /respond/`responseKey`. */
function clickPicture(value: string, responseKey: string) {
  return h.signedEvent(
    interactionBody(
      blockActionsPayload({ actionId: 'summit_picture', value, responseUrl: h.responses.urlFor(responseKey) }),
    ),
  );
}

describe('the timeline picture on Slack', () => {
  it('uploads the picture to the channel when "Show as picture" is clicked', async () => {
    const button = await pictureButton('tl');
    expect(button?.text).toMatchObject({ text: 'Show as picture' });
    const click = await clickPicture(button!.value!, 'picture-click');
    expect(click.status).toBe(200);
    await h.api.calls.next((c) => c.method === 'files.completeUploadExternal');
    const [file] = h.api.files;
    expect(file).toMatchObject({ channel: 'C0DESK', filename: 'summit-timeline.png' });
    expect(file?.altText).toMatch(/^Timeline picture\. 28 Aug 2025 – 3 Sep 2025/);
    expect(file && file.body.indexOf(PNG_SIGNATURE)).toBeGreaterThanOrEqual(0);
  });

  it('tells the clicker, privately, when Slack refuses the upload (bot not in the channel), and keeps serving', async () => {
    const button = await pictureButton('tl2');
    h.api.failNext('files.getUploadURLExternal', 200, {}, 'not_in_channel');
    const click = await clickPicture(button!.value!, 'no-upload');
    expect(click.status).toBe(200);
    const told = await h.responses.posts.next((p) => p.path === '/respond/no-upload');
    expect(told.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^The picture could not be posted here/),
    });
  });

  it('answers a picture button whose value is not ours with the expired-button notice, uploading nothing', async () => {
    const uploads = h.api.files.length;
    const click = await clickPicture('not-a-button', 'bad');
    expect(click.status).toBe(200);
    const told = await h.responses.posts.next((p) => p.path === '/respond/bad');
    expect(told.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^That button no longer works/),
    });
    expect(h.api.files).toHaveLength(uploads);
  });
});
