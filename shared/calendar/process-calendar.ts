import { now } from "../clock";
import { loadOfficeCalendar } from "./calendar-files";
import { OfficeCalendar } from "./office-calendar";

/**
 * The office calendar of this process (D9: one calendar the city maintains): the shipped or
 * imported year files under data/calendar, loaded once on first use, plus the closures this
 * agency has received at run time (added to the same instance, so every deadline computed after
 * that sees them).
 */
let calendar: OfficeCalendar | undefined;

export function processCalendar(): OfficeCalendar {
  calendar ??= loadOfficeCalendar({ now });
  return calendar;
}
