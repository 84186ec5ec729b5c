// Storage for briefs (and what shares their database): SQLite by default, PostgreSQL for several replicas.
export * from './open-store.ts';
export type * from './sql-engine.ts';
export type * from './subscriptions.ts';
export type * from './brief-log.ts';
export type * from './first-seen.ts';
