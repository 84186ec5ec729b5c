// The limits every page and feed fetch runs under. Tests pass smaller ones; production uses the defaults.
import type { PrivateAccess } from './address-guard.ts';

export interface FetchLimits {
  /** Whole request, every redirect hop and the body included: a slow drip cannot hold a poll. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** FETCH_ALLOW_HOSTS (a list) or FETCH_ALLOW_PRIVATE (true): which private addresses may be reached (address-guard.ts). */
  readonly allowPrivate: PrivateAccess;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
};
