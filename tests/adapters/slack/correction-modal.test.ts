import { describe, expect, it } from 'vitest';
import { changedFields, correctionModal } from '../../../src/adapters/slack/correction-modal.ts';
import type { CorrectValue } from '../../../src/adapters/slack/correct-value.ts';
import { CORRECTION_LIMITS } from '../../../src/core/extract/review-file.ts';

const value: CorrectValue = {
  f: 'person:p1:role:0',
  v: [
    { n: 'role', l: 'Role', v: 'Foreign Minister' },
    { n: 'date', l: 'Date', v: '' },
  ],
};

describe('the Correct… modal on Slack', () => {
  it('stops each field at what a correction of it takes, so the form never sends what review refuses', () => {
    const long: CorrectValue = {
      f: 'person:p1',
      v: [
        { n: 'name', l: 'Name', v: 'N'.repeat(150) },
        { n: 'role', l: 'Role', v: 'Envoy' },
      ],
    };
    const inputs = correctionModal(long, {}).blocks.flatMap((b) => ('element' in b ? [b.element] : []));
    expect(inputs.map((i) => i.max_length)).toEqual([CORRECTION_LIMITS.name, CORRECTION_LIMITS.role]);
    // A value over its field's limit starts blank rather than cut.
    expect(inputs.map((i) => ('initial_value' in i ? i.initial_value : undefined))).toEqual([undefined, 'Envoy']);
  });

  it('fills each field with what the fact says now, within Slack’s limits, and carries the originals back', () => {
    const modal = correctionModal(value, { channel: 'C0REVIEW', responseUrl: 'https://hooks.slack.com/x' });
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    const inputs = modal.blocks.flatMap((b) => ('element' in b ? [b.element] : []));
    expect(inputs.map((i) => ('initial_value' in i ? i.initial_value : undefined))).toEqual([
      'Foreign Minister',
      undefined,
    ]);
    for (const input of inputs) {
      const initial = 'initial_value' in input ? (input.initial_value ?? '') : '';
      expect(initial.length).toBeLessThanOrEqual(input.max_length);
    }
    expect(JSON.parse(modal.private_metadata)).toEqual({
      f: value.f,
      o: { role: 'Foreign Minister', date: '' },
      c: 'C0REVIEW',
      r: 'https://hooks.slack.com/x',
    });
  });

  it('opens without metadata when it would pass 3,000 characters (the submission is then refused as expired)', () => {
    const names = ['name', 'role', 'country', 'title', 'date'] as const;
    const long = { ...value, v: names.map((n) => ({ n, l: n, v: 'x'.repeat(300) })) };
    const where = { responseUrl: `https://hooks.slack.com/${'x'.repeat(1600)}` };
    expect(correctionModal(long, where).private_metadata).toBe('');
    expect(correctionModal(long, {}).private_metadata).not.toBe('');
  });

  it('sends only the fields the editor changed, trimmed', () => {
    const meta = { f: value.f, o: { role: 'Foreign Minister', date: '' } };
    const values = { role: { value: { value: ' Foreign Minister ' } }, date: { value: { value: ' 2025-09-02 ' } } };
    expect(changedFields(meta, values)).toEqual({ date: '2025-09-02' });
  });
});
