// Bolt, its WebClient and its Socket Mode client log through this: one pino logger (secrets scrubbed) for the app.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../log.ts';

export function pinoToBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => log.debug(text(msg)),
    info: (...msg: unknown[]) => log.info(text(msg)),
    warn: (...msg: unknown[]) => log.warn(text(msg)),
    error: (...msg: unknown[]) => log.error(text(msg)),
    // The level is the app's LOG_LEVEL; Bolt's own requests to change it are ignored.
    setLevel: () => undefined,
    getLevel: () => (log.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO),
    setName: () => undefined,
  };
}
