// End to end, HTTP mode: /summit timeline offers "Show as picture"; a click uploads the timeline PNG to the channel
// through Slack's file upload (the fake Slack on 127.0.0.1 keeps it), with the picture's text alternative. A click
// that finds no story day to draw is told so privately.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoryPack } from '../../src/core/story-pack.ts';
import { NO_PICTURE } from '../../src/picture/timeline-picture.ts';
import { startSlackHarness, type SlackHarness } from '../fakes/slack-harness.ts';
import type { ResponsePost } from '../fakes/slack-response-url.ts';
import { blockActionsPayload, interactionBody, slashCommandBody } from '../fakes/slack-signing.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { withoutDays } from '../support/pack-without-days.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let h: SlackHarness;
/** The pack the app answers from; a test may swap it, as a pack reload does, between showing a button and its click. */
let pack: StoryPack = bundledPack();

beforeAll(async () => {
  h = await startSlackHarness('http', { getPack: () => pack });
});
afterEach(() => {
  pack = bundledPack();
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

  it('tells only the clicker there is no story day to draw when the timeline has none by the click, posting nothing', async () => {
    const button = await pictureButton('tl3');
    // The pack is reloaded before the click, its sources now giving no day for any event.
    pack = withoutDays(bundledPack());
    const uploads = h.api.files.length;
    const callsBefore = h.api.calls.all.length;
    const click = await clickPicture(button!.value!, 'no-days');
    expect(click.status).toBe(200);
    const told = await h.responses.posts.next((p) => p.path === '/respond/no-days');
    expect(told.body).toEqual({ response_type: 'ephemeral', replace_original: false, text: NO_PICTURE });
    // Telling the clicker is the listener's last step: nothing was uploaded or posted in the channel before it.
    expect(h.api.files).toHaveLength(uploads);
    const since = h.api.calls.all.slice(callsBefore).map((c) => c.method);
    expect(since.filter((m) => m.startsWith('files.') || m.startsWith('chat.'))).toEqual([]);
  });
});
