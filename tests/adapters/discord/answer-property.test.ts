// Any option values a Discord user can send yield a response within every Discord limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summitCommand } from '../../../commands/summit.ts';
import { BoundedMap, renderView } from '../../../src/adapters/discord/answer-view.ts';
import { decodeCustomId } from '../../../src/adapters/discord/custom-id.ts';
import { answer } from '../../../src/core/answer.ts';
import { validateCommand } from '../../../src/core/parse-command.ts';
import { TEST_TODAY } from '../../support/answer-text.ts';
import { bundledPack } from '../../support/bundled-pack.ts';
import { interactive } from '../../support/sample-answers.ts';
import { limitProblems } from './discord-limits-check.ts';

const words = ['putin', 'kim', 'xi', 'sep 3', 'parade', '004', '@everyone', '<@1>', '**', 'preview', 'status', ':%'];
const value = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.constantFrom(...words),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);

describe('Discord answers for arbitrary option values', () => {
  it('stay within every limit, and every button id decodes back to the same command', () => {
    const pack = bundledPack();
    const longOptions = new BoundedMap<Readonly<Record<string, string>>>(100);
    fc.assert(
      fc.property(fc.constantFrom(...summitCommand.subcommands), fc.array(value, { maxLength: 3 }), (sub, values) => {
        const options = Object.fromEntries(sub.options.map((o, i) => [o.name, values[i] ?? '']).filter(([, v]) => v));
        const command = { subcommand: sub.name, options };
        // As the dispatcher answers a Discord command: option values validated, then share and page buttons added.
        const answered = interactive(answer(pack, validateCommand(command), { today: TEST_TODAY }));
        const message = renderView(answered, command, { page: 0, scope: 'ephemeral' }, longOptions)?.message;
        expect(message).toBeDefined();
        expect(limitProblems(message!)).toEqual([]);
        for (const button of message!.components.flatMap((r) => r.components)) {
          const decoded = decodeCustomId('custom_id' in button ? button.custom_id : '');
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) continue;
          const back = decoded.state.ref ? longOptions.get(decoded.state.options.ref ?? '') : decoded.state.options;
          expect({ subcommand: decoded.state.subcommand, options: back }).toEqual(command);
        }
      }),
      { numRuns: 300 },
    );
  });
});
