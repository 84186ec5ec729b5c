// Per-article extraction results keyed by a hash of what extraction reads (id, date, language, sentences), so a
// reload re-reads only the articles that changed. Bounded: entries not used by the latest story are dropped.
import { createHash } from 'node:crypto';
import { extractArticle, type ArticleExtraction, type ArticleInput } from './extract-article.ts';

export class ExtractionCache {
  private entries = new Map<string, ArticleExtraction>();
  private used = new Set<string>();
  hits = 0;
  misses = 0;

  extract(input: ArticleInput): ArticleExtraction {
    const key = contentHash(input);
    this.used.add(key);
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      return cached;
    }
    this.misses++;
    const result = extractArticle(input);
    this.entries.set(key, result);
    return result;
  }

  /** Forget the articles the last story did not use (removed or edited ones). */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used = new Set();
  }
}

function contentHash(input: ArticleInput): string {
  const hash = createHash('sha256');
  hash.update(`${input.id}\n${input.published}\n${input.publishedEstimated === true}\n${input.language ?? ''}\n`);
  for (const s of input.sentences) hash.update(`${s}\n`);
  return hash.digest('hex');
}
