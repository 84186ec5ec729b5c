// What every listener needs: the dispatcher (the one route to answers), a logger, who may manage channels, metrics.
import type { Dispatcher } from '../../../dispatch/dispatcher.ts';
import type { Logger } from '../../../log.ts';
import type { Metrics } from '../../../ops/metrics.ts';

export interface ListenerDeps {
  readonly dispatcher: Dispatcher;
  readonly logger: Logger;
  /** SLACK_BRIEF_ADMINS: who may change what a channel receives; empty = anyone in the channel. */
  readonly briefAdmins: readonly string[];
  readonly metrics?: Metrics;
  /** HTTP mode: ack with pre-serialised JSON text; the server marks it JSON (json-ack.ts). */
  readonly ackAsJsonText?: boolean;
  /** SLACK_EDITORS: may this user review facts? Absent: nobody may. */
  readonly isEditor?: (user: string) => Promise<boolean>;
}
