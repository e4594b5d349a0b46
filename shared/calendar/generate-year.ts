import { datesOfYear, isIsoDate, isWeekend, IsoDate, yearOf } from "./iso-date";
import { KNOWN_YEARS, KnownYear } from "./known-holidays";
import { OfficeDay, OfficeYear } from "./office-year";

/** A mistake in the hand-written list (known-holidays.ts): found when a year is generated, never at run time. */
export class KnownHolidaysError extends Error {}

function checkList(year: number, known: KnownYear): void {
  const listed = new Set<IsoDate>();
  for (const [date] of [...known.daysOff, ...known.makeUpWorkingDays]) {
    if (!isIsoDate(date) || yearOf(date) !== year) {
      throw new KnownHolidaysError(`${date} is not a date of ${year}`);
    }
    if (listed.has(date)) {
      throw new KnownHolidaysError(`${date} is listed twice`);
    }
    listed.add(date);
  }
  for (const [date] of known.makeUpWorkingDays) {
    if (!isWeekend(date)) {
      throw new KnownHolidaysError(`${date} is a make-up working day but not a weekend day`);
    }
  }
}

/** One year of the office calendar from the hand-written list: weekends off unless made up. */
export function officeYearFromKnownHolidays(year: number): OfficeYear {
  const known = KNOWN_YEARS[year];
  if (known === undefined) {
    throw new KnownHolidaysError(`known-holidays.ts has no list for ${year}`);
  }
  checkList(year, known);
  const daysOff = new Map(known.daysOff);
  const makeUp = new Map(known.makeUpWorkingDays);
  const days = datesOfYear(year).map((date): OfficeDay => {
    const offNote = daysOff.get(date);
    if (offNote !== undefined) {
      return { date, off: true, note: offNote };
    }
    const makeUpNote = makeUp.get(date);
    if (makeUpNote !== undefined) {
      return { date, off: false, note: makeUpNote };
    }
    return { date, off: isWeekend(date), note: "" };
  });
  return { year, days };
}
