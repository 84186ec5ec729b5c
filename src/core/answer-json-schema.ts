// The JSON Schema of an Answer, generated from its zod schema so the two cannot differ; docs/answer.schema.json
// holds it for scripts in other languages.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { answerSchema } from './answer-model.ts';

export const ANSWER_SCHEMA_FILE = fileURLToPath(new URL('../../docs/answer.schema.json', import.meta.url));

export function answerJsonSchemaText(): string {
  const schema = z.toJSONSchema(answerSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Summit desk answer', $id: 'summit-desk/answer.schema.json' }, null, 2)}\n`;
}
