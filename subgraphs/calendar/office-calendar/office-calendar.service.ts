import type { DataSource } from "typeorm";
import { loadOfficeCalendar } from "../../../shared/calendar/calendar-files";
import { CalendarYearNotLoaded } from "../../../shared/calendar/errors";
import { addDays } from "../../../shared/calendar/iso-date";
import type { OfficeCalendar } from "../../../shared/calendar/office-calendar";
import { calendarVersion, closuresOfYear } from "../closure/office-closure.service";
import { OfficeCalendarYear } from "./office-calendar.type";

let published: OfficeCalendar | undefined;

/**
 * The published years alone (data/calendar): the owner's view overlays its own closures from its
 * database, the truth it keeps (D1), not what any process's calendar has received so far.
 */
function publishedCalendar(): OfficeCalendar {
  published ??= loadOfficeCalendar();
  return published;
}

/** Issue #8: one year of the office calendar, closures included, as every role may read it. */
export async function officeCalendarYear(dataSource: DataSource, year: number): Promise<OfficeCalendarYear> {
  const calendar = publishedCalendar();
  if (!Number.isInteger(year) || !calendar.hasYear(year)) {
    throw new CalendarYearNotLoaded(year);
  }
  const [closures, version] = await Promise.all([closuresOfYear(dataSource, year), calendarVersion(dataSource)]);
  const active = new Map(closures.filter((closure) => closure.withdrawnAt === null).map((closure) => [closure.date, closure.reason]));
  const days = [];
  for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) {
    const day = calendar.day(date);
    const closure = active.get(date) ?? null;
    days.push({ date, working: day.working && closure === null, note: day.note, closure });
  }
  return { year, version, days, closures };
}
