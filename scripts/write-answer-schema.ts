// `npm run schema`: writes docs/answer.schema.json, the JSON Schema of `--json` answers, from the zod schema that
// defines them (src/core/answer-model.ts). A test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { answerJsonSchemaText, ANSWER_SCHEMA_FILE } from '../src/core/answer-json-schema.ts';

writeFileSync(ANSWER_SCHEMA_FILE, answerJsonSchemaText());
console.log(`wrote ${ANSWER_SCHEMA_FILE}`);
