import { describe, expect, it } from 'vitest';
import { answerToBlocks } from '../../../src/adapters/slack/answer-to-blocks.ts';
import { ephemeralAckText } from '../../../src/adapters/slack/json-ack.ts';
import { answerText } from '../../support/answer-text.ts';
import { bundledPack } from '../../support/bundled-pack.ts';

describe('the HTTP ack text', () => {
  it('is the ephemeral message as JSON, serialised once per rendered page', () => {
    const page = answerToBlocks(answerText(bundledPack(), 'who putin'), { command: 'who putin', page: 0 });
    const text = ephemeralAckText(page);
    expect(JSON.parse(text)).toEqual({ response_type: 'ephemeral', text: page.text, blocks: page.blocks });
    // The same page object gives the same text without serialising again, and no page bookkeeping is sent.
    expect(ephemeralAckText(page)).toBe(text);
    expect(text).not.toContain('pageCount');
  });
});
