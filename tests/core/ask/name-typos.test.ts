// One typo policy (match-name.ts allowedTypos): `who` and `ask` forgive the same misspellings of a name.
import { describe, expect, it } from 'vitest';
import { askIndexOf } from '../../../src/core/ask/ask-index.ts';
import { parseQuestion } from '../../../src/core/ask/parse-question.ts';
import { matchName } from '../../../src/core/match-name.ts';
import { bundledPack } from '../../support/bundled-pack.ts';

const pack = bundledPack();
const index = askIndexOf(pack);

describe('who and ask find the same typos', () => {
  for (const typo of ['putn', 'peseshkian', 'lukashenk', 'kim jung un', 'pezeshkain']) {
    it(`"${typo}"`, () => {
      const who = matchName(pack, typo);
      const asked = parseQuestion(index, `${typo} parade`).persons.map((p) => index.names.people[p]?.name);
      expect(who.kind).toBe('found');
      expect(asked).toEqual([who.kind === 'found' ? who.person.name : '']);
    });
  }
});
