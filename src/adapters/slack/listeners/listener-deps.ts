// What every listener needs: the pack, a logger, and (for `/summit`) the brief service, its admins, metrics and how to ack.
import type { BriefService } from '../../../briefs/index.ts';
import type { StoryPack } from '../../../core/story-pack.ts';
import type { Logger } from '../../../log.ts';
import type { Metrics } from '../../../ops/metrics.ts';

export interface ListenerDeps {
  readonly getPack: () => StoryPack;
  readonly logger: Logger;
  /** Undefined (or returning undefined) while briefs are not running: subscribing is then refused kindly. */
  readonly getBriefs?: () => BriefService | undefined;
  /** SLACK_BRIEF_ADMINS: who may subscribe and unsubscribe; empty = anyone in the channel. */
  readonly briefAdmins: readonly string[];
  readonly metrics?: Metrics;
  /** HTTP mode: ack with pre-serialised JSON text; the server marks it JSON (json-ack.ts). */
  readonly ackAsJsonText?: boolean;
}
