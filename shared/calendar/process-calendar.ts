import { now } from "../clock";
import { loadOfficeCalendar } from "./calendar-files";
import { OfficeCalendar } from "./office-calendar";

let shared: OfficeCalendar | undefined;

/**
 * The process's one office calendar (D9, issue #8): the published years of data/calendar, loaded
 * once, plus the city closures each deadline-owning agency has received and added to it
 * (closures/receiver.ts at intake, closures/sync-job.ts from its own stored copy at start and on
 * every pass, so a replica that did not take the delivery catches up). Changes are stamped with the
 * platform clock (shared/clock.ts), so a test's fake time shows in `changesSince`.
 */
export function processCalendar(): OfficeCalendar {
  shared ??= loadOfficeCalendar({ now });
  return shared;
}
