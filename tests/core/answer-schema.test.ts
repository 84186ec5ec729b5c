import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { answerJsonSchemaText, ANSWER_SCHEMA_FILE } from '../../src/core/answer-json-schema.ts';
import { createDispatcher } from '../../src/dispatch/dispatcher.ts';
import { createLogger } from '../../src/log.ts';
import { markedAnswer } from '../support/marked-answer.ts';
import { bundledPack } from '../support/bundled-pack.ts';
import { SAMPLE_COMMANDS, sampleAnswers } from '../support/sample-answers.ts';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(ANSWER_SCHEMA_FILE, 'utf8')) as object,
);
const errorsOf = (answer: unknown) => (validate(answer) ? [] : validate.errors);

describe('the JSON Schema in docs/', () => {
  it('is the one generated from the zod schema (npm run schema rewrites it)', () => {
    expect(readFileSync(ANSWER_SCHEMA_FILE, 'utf8')).toBe(answerJsonSchemaText());
  });

  it('validates every answer the core gives to the sample commands, and the marked fixture', () => {
    for (const { command, answer } of sampleAnswers()) expect(errorsOf(answer), command).toEqual([]);
    expect(errorsOf(markedAnswer)).toEqual([]);
  });

  it('validates the dispatcher’s own answers: failed, unavailable, needs a channel', async () => {
    const dispatcher = createDispatcher({
      getPack: bundledPack,
      routes: [
        { name: 'down', matches: (c) => c.subcommand === 'brief', handler: () => undefined, unavailable: 'Briefs are' },
      ],
      now: () => new Date('2025-09-03T08:00:00Z'),
      timezone: 'UTC',
      logger: createLogger({ level: 'silent', secrets: [] }),
      newRequestId: () => 'req1',
    });
    const slack = { platform: 'slack' as const, channelId: 'C1', userId: 'U1', canManage: true };
    const answers = [
      (await dispatcher.dispatch({ text: 'brief subscribe' }, slack)).answer,
      (await dispatcher.dispatch({ text: 'brief subscribe' }, { platform: 'terminal', canManage: false })).answer,
      ...(await Promise.all(SAMPLE_COMMANDS.map(async (text) => (await dispatcher.dispatch({ text }, slack)).answer))),
    ];
    for (const answer of answers) expect(errorsOf(answer)).toEqual([]);
  });

  it('rejects what is not an answer: markup-free prose without parts, a line without a kind', () => {
    expect(validate({ ...markedAnswer, summary: 'text' })).toBe(false);
    const [section] = markedAnswer.sections;
    const bad = { ...markedAnswer, sections: [{ ...section, lines: [{ parts: [], citations: [] }] }] };
    expect(validate(bad)).toBe(false);
  });
});

describe('--json answers', () => {
  it('carry no backtick markup in any string', () => {
    for (const { command, answer } of sampleAnswers()) expect(JSON.stringify(answer), command).not.toContain('`');
  });
});
