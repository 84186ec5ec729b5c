// The timeline picture's text stays inside each platform's limits however long its text alternative grows: Slack's
// alt text and comment (1,000), Discord's message (2,000) and attachment description (1,024), each cut with "…".
import { describe, expect, it } from 'vitest';
import { pictureMessage } from '../../src/adapters/discord/handle-button.ts';
import { NO_MENTIONS } from '../../src/adapters/discord/answer-message.ts';
import { DISCORD_LIMITS } from '../../src/adapters/discord/discord-limits.ts';
import type { TimelinePicture } from '../../src/picture/timeline-picture.ts';

const longSentence = (n: number) => `${'word '.repeat(n).trim()}`;
const picture: TimelinePicture = {
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  alt: `Timeline picture. ${longSentence(400)}. ${longSentence(400)}.`,
  caption: `Timeline picture. ${longSentence(500)}`,
  fileName: 'summit-timeline.png',
};

describe('the timeline picture within Discord limits', () => {
  it('cuts the message to 2,000 and the attachment description to 1,024, visibly', () => {
    const message = pictureMessage(picture);
    expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(message.content).toMatch(/^Timeline picture\. word.*…$/s);
    const [file] = message.files;
    expect(file?.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.attachmentDescription);
    expect(file?.description).toMatch(/…$/);
    expect(file).toMatchObject({ name: 'summit-timeline.png', attachment: picture.png });
  });
  it('pings no one: the caption is posted with mentions turned off', () => {
    expect(pictureMessage({ ...picture, caption: '@everyone <@&123> Timeline picture.' }).allowedMentions).toEqual(
      NO_MENTIONS,
    );
  });
});
