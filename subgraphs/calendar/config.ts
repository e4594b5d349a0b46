import { envWholeNumber } from "../../shared/config";

/**
 * The calendar owner's settings (read once, here). Issue #8: a closure reaches every agency within
 * a minute, so the outbox pass runs every few seconds; a delivery that fails is retried with the
 * outbox's backoff, whose first wait (5 s) keeps a brief outage inside the minute too.
 */
export interface CalendarConfig {
  /** `CALENDAR_OUTBOX_INTERVAL_MS`: pause between two dispatcher passes (default 5 s, at most a minute). */
  readonly outboxIntervalMs: number;
}

export const DEFAULT_OUTBOX_INTERVAL_MS = 5_000;

export function readCalendarConfig(): CalendarConfig {
  return { outboxIntervalMs: Math.min(envWholeNumber("CALENDAR_OUTBOX_INTERVAL_MS", DEFAULT_OUTBOX_INTERVAL_MS, 100), 60_000) };
}
