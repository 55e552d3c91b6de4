/** Span options shared by the per-request spans. */

/** Per-request spans skip the stack-trace capture: it is the most expensive part of a span on this hot path. */
export const NO_STACK = { captureStackTrace: false } as const
