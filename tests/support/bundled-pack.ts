// The bundled pack, loaded once per test file.
import { loadPack } from '../../src/core/load-pack.ts';
import { BUNDLED_STORY_DIR } from '../../src/config.ts';
import type { StoryPack } from '../../src/core/story-pack.ts';

let cached: StoryPack | undefined;

export function bundledPack(): StoryPack {
  if (!cached) {
    const loaded = loadPack(BUNDLED_STORY_DIR);
    if (!loaded.ok) throw new Error(`bundled pack does not load: ${JSON.stringify(loaded.problems)}`);
    cached = loaded.pack;
  }
  return cached;
}
