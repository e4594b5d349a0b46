import { taipeiToday } from "../clock";
import { badUserInput } from "../errors";

/**
 * Dates of events that have happened (a birth, a registration, a visit, a service, a closing)
 * cannot be later than today in Taipei (R2, issue #7). Errors name the field, never the value.
 */
export function notInFuture(date: string | null | undefined, field: string): void {
  if (date !== null && date !== undefined && date > taipeiToday()) {
    throw badUserInput(`${field} must not be in the future`, field);
  }
}

/** An event of a case cannot come before the event it follows (`anchor`, e.g. "the hand-over date"). */
export function notBefore(date: string | null | undefined, earliest: string, field: string, anchor: string): void {
  if (date !== null && date !== undefined && date < earliest) {
    throw badUserInput(`${field} must not be before ${anchor}`, field);
  }
}
