// wink-lemmatizer, loaded on first use: its word lists take ~0.8 s to load, which every importer of the core (each
// test file, each `summit` command) would otherwise pay at import. Only a question that needs WordNet relatives
// or a typo check pays it, once per process.
import { createRequire } from 'node:module';
import type lemmatize from 'wink-lemmatizer';

let loaded: typeof lemmatize | undefined;

export function lemmatizer(): typeof lemmatize {
  loaded ??= createRequire(import.meta.url)('wink-lemmatizer') as typeof lemmatize;
  return loaded;
}
