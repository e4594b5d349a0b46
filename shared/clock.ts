/**
 * The platform's one clock (issue #7). "Today" decides which dates are in the future, so it comes
 * from here, never from `new Date()` scattered through services; tests set a fake instant for the
 * process and never sleep.
 */
let fixedInstant: Date | null = null;

/** The current instant: the fake one while a test has set it, the system's otherwise. */
export function now(): Date {
  return fixedInstant === null ? new Date() : new Date(fixedInstant.getTime());
}

/** Tests only: fix the process's clock at `instant`; `null` gives it back to the system. */
export function setFakeNow(instant: Date | null): void {
  fixedInstant = instant === null ? null : new Date(instant.getTime());
}

/** R2: a calendar day is counted in Asia/Taipei, whatever the server's time zone. */
const TAIPEI_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Taipei", year: "numeric", month: "2-digit", day: "2-digit" });

/** The Taipei calendar date (YYYY-MM-DD) of an instant. */
export function taipeiDateOf(instant: Date): string {
  return TAIPEI_DAY.format(instant);
}

/** Today's date in Taipei (R2), by the platform's clock. */
export function taipeiToday(): string {
  return taipeiDateOf(now());
}
