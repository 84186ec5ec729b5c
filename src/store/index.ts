// SQLite storage for briefs.
export * from './open-store.ts';
export type * from './subscriptions.ts';
export type * from './brief-log.ts';
export type * from './first-seen.ts';
