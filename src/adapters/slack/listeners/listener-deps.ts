// What every listener needs: the pack, a logger, and a way to finish work started after ack() before shutdown.
import type { StoryPack } from '../../../core/story-pack.ts';
import type { Logger } from '../../../log.ts';

export interface ListenerDeps {
  readonly getPack: () => StoryPack;
  readonly logger: Logger;
}
