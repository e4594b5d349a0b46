import { endOfTaipeiDay, taipeiDateOf } from "../calendar/taipei-time";
import { now } from "../clock";

/**
 * A step's date as the instant it met its deadline (issue #12: the police's visit and result, the
 * district's follow-up): the moment it is entered when that is today, or the end of the earlier
 * day it happened on (R2 counts days, so a step done on its due day is on time).
 */
export function metAtOf(date: string): Date {
  const entered = now();
  return date === taipeiDateOf(entered) ? entered : endOfTaipeiDay(date);
}
