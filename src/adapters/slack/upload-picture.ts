// Posts the timeline picture to a channel as a Slack file, with its text alternative as the image's alt text and as
// the comment above it. files.uploadV2 runs Slack's three steps (files.getUploadURLExternal, POST the bytes to the
// upload URL, files.completeUploadExternal) — https://docs.slack.dev/messaging/working-with-files#uploading_files
import type { webApi } from '@slack/bolt';
import type { TimelinePicture } from '../../picture/timeline-picture.ts';
import { shortenPlain } from './escape-mrkdwn.ts';
import { MAX_ALT_TEXT } from './slack-limits.ts';

export async function uploadPicture(
  client: Pick<webApi.WebClient, 'files'>,
  channel: string,
  picture: TimelinePicture,
): Promise<void> {
  await client.files.uploadV2({
    channel_id: channel,
    file: picture.png,
    filename: picture.fileName,
    title: 'Timeline of the story',
    alt_text: shortenPlain(picture.alt, MAX_ALT_TEXT),
    initial_comment: shortenPlain(picture.caption, MAX_ALT_TEXT),
  });
}
