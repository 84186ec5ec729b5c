import { describe, expect, it } from 'vitest';
import { ephemeralAckText } from '../../../src/adapters/slack/json-ack.ts';
import { renderCommand } from '../../../src/adapters/slack/render-command.ts';
import { bundledPack } from '../../support/bundled-pack.ts';

describe('the HTTP ack text', () => {
  it('is the ephemeral message as JSON, serialised once per rendered page', () => {
    const page = renderCommand(bundledPack(), 'who putin', 0);
    const text = ephemeralAckText(page);
    expect(JSON.parse(text)).toEqual({ response_type: 'ephemeral', text: page.text, blocks: page.blocks });
    // A cached page is the same object, so the second answer reuses the text (and carries no page bookkeeping).
    expect(renderCommand(bundledPack(), 'who putin', 0)).toBe(page);
    expect(ephemeralAckText(page)).toBe(text);
    expect(text).not.toContain('pageCount');
  });
});
