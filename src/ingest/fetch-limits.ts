// The limits every page and feed fetch runs under. Tests pass smaller ones; production uses the defaults.
export interface FetchLimits {
  /** Whole request, every redirect hop and the body included: a slow drip cannot hold a poll. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** FETCH_ALLOW_PRIVATE: reach private, loopback and link-local addresses (tests and intranet feeds). */
  readonly allowPrivate: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
};
