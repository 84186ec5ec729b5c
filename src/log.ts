// Structured logs (pino) that never carry a configured secret: values are scrubbed from every line before writing.
import { pino, type Logger } from 'pino';
import { Writable } from 'node:stream';

export type { Logger };

export function createLogger(options: {
  level: string;
  secrets: readonly string[];
  destination?: NodeJS.WritableStream;
}): Logger {
  const out = options.destination ?? process.stderr;
  const secrets = options.secrets.filter((s) => s.length >= 8);
  const scrubbed = new Writable({
    write(chunk: Buffer, _encoding, done) {
      let line = chunk.toString('utf8');
      for (const secret of secrets) line = line.split(secret).join('[redacted]');
      out.write(line, done);
    },
  });
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', '*.headers.Authorization'],
        censor: '[redacted]',
      },
    },
    scrubbed,
  );
}

/** Short random id that ties a user's request to its log lines. */
export function newRequestId(): string {
  return Math.random().toString(36).slice(2, 10);
}
