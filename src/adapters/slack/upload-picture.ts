// Posts the timeline picture to a channel as a Slack file, with its text alternative as the image's alt text and as
// the comment above it. files.uploadV2 runs Slack's three steps (files.getUploadURLExternal, POST the bytes to the
// upload URL, files.completeUploadExternal) — https://docs.slack.dev/messaging/working-with-files#uploading_files
import type { webApi } from '@slack/bolt';
import type { TimelinePicture } from '../../picture/timeline-picture.ts';

/** Slack: an image's alt text is at most 1000 characters — https://docs.slack.dev/reference/methods/files.getUploadURLExternal */
const MAX_ALT_TEXT = 1000;

export async function uploadPicture(
  client: Pick<webApi.WebClient, 'files'>,
  channel: string,
  picture: TimelinePicture,
): Promise<void> {
  const alt = picture.alt.length > MAX_ALT_TEXT ? `${picture.alt.slice(0, MAX_ALT_TEXT - 1)}…` : picture.alt;
  await client.files.uploadV2({
    channel_id: channel,
    file: picture.png,
    filename: picture.fileName,
    title: 'Timeline of the story',
    alt_text: alt,
    initial_comment: alt.split('. ').slice(0, 2).join('. '),
  });
}
