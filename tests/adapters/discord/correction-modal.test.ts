import { describe, expect, it } from 'vitest';
import { correctionModal } from '../../../src/adapters/discord/review-components.ts';
import { CORRECTION_LIMITS } from '../../../src/core/extract/review-file.ts';

const field = (name: 'name' | 'role' | 'country' | 'title' | 'date', value: string) => ({
  name,
  label: `${name} as the sources give it, which is a label longer than Discord allows`,
  value,
});

describe('the Correct… modal on Discord', () => {
  it('stops each field at what a correction of it takes; a value over it starts blank', () => {
    const action = {
      type: 'correct' as const,
      label: 'Correct…',
      factId: 'p1',
      fields: [field('name', 'N'.repeat(150)), field('date', '2025-09')],
    };
    const inputs = correctionModal(action, 'k2').components.flatMap((row) =>
      'components' in row ? row.components : [],
    );
    expect(inputs.map((i) => i.max_length)).toEqual([CORRECTION_LIMITS.name, CORRECTION_LIMITS.date]);
    expect(inputs.map((i) => i.value)).toEqual([undefined, '2025-09']);
  });

  it('keeps Discord’s limits: title and labels <= 45, at most 5 rows, each value within its max_length', () => {
    const action = {
      type: 'correct' as const,
      label: 'Correct…',
      factId: 'person:p1:role:0',
      fields: [field('name', 'A. Person'), field('role', 'Foreign Minister'), field('date', '2025-09-02')],
    };
    const modal = correctionModal(action, 'k1');
    expect(modal.title.length).toBeLessThanOrEqual(45);
    expect(modal.components.length).toBeLessThanOrEqual(5);
    const inputs = modal.components.flatMap((row) => ('components' in row ? row.components : []));
    for (const input of inputs) expect(input.label?.length ?? 0).toBeLessThanOrEqual(45);
    expect(inputs.map((i) => i.value)).toEqual(['A. Person', 'Foreign Minister', '2025-09-02']);
  });

  it('starts a field blank when its value is longer than the field takes, never cut', () => {
    const action = {
      type: 'correct' as const,
      label: 'Correct…',
      factId: 'event:e1',
      fields: [field('title', 'w'.repeat(301))],
    };
    const [input] = correctionModal(action, 'k2').components.flatMap((row) =>
      'components' in row ? row.components : [],
    );
    expect(input?.value).toBeUndefined();
    expect(input?.max_length).toBe(300);
  });
});
