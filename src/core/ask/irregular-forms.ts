// The irregular forms of a verb or noun ("leave" -> "left", "meet" -> "met", "child" -> "children"): the stemmer
// joins "leaving" to "leave" but never "left", so a question's "when did she leave" would not meet "she left". The
// forms are WordNet's exception lists (wink-lexicon, which wink-lemmatizer reads them from), turned round and built
// on first use.
import { createRequire } from 'node:module';

let forms: Map<string, string[]> | undefined;

/** The irregular inflected forms of a base word, as verb or noun ([] for a regular word). */
export function irregularForms(base: string): readonly string[] {
  forms ??= reversed();
  return forms.get(base) ?? [];
}

function reversed(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const byBase = new Map<string, string[]>();
  for (const file of ['wink-lexicon/src/wn-verb-exceptions.js', 'wink-lexicon/src/wn-noun-exceptions.js']) {
    const exceptions = require(file) as Record<string, string>;
    for (const [form, base] of Object.entries(exceptions)) {
      if (form.includes('_') || form === base) continue;
      const list = byBase.get(base) ?? [];
      list.push(form);
      byBase.set(base, list);
    }
  }
  return byBase;
}
