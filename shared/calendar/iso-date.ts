import { invalidDate } from "./errors";

/**
 * Calendar dates as `YYYY-MM-DD` strings, computed on UTC midnights so that no time zone or
 * local clock can shift a day. Taipei instants are converted in taipei-time.ts.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws BAD_USER_INPUT naming `field` when `value` is not a real date. */
export function checkIsoDate(value: string, field = "date"): IsoDate {
  if (!isIsoDate(value)) {
    throw invalidDate(field);
  }
  return value;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function toUtcMs(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Calendar days from one date to another (R2: "3–7 days" are calendar days). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export function weekdayOf(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function daysInYear(year: number): number {
  return daysInMonth(year, 2) === 29 ? 366 : 365;
}

/** Every date of a year, 1 January first. */
export function datesOfYear(year: number): IsoDate[] {
  const first = `${String(year).padStart(4, "0")}-01-01`;
  return Array.from({ length: daysInYear(year) }, (_, index) => addDays(first, index));
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The last day of a period of `months` months that begins the day after `date` (R2; 行政程序法
 * art. 48 II–III, as 民法 art. 121): the start day is not counted, so the period starts on the
 * next day. Started on the 1st of a month (`date` is a month's last day), it ends on the last day
 * of the last month: 2016-04-30 + 1 month → 2016-05-31, not 05-30. Otherwise it ends the day before
 * the start day's counterpart, i.e. on `date`'s own day number, or on the month's last day when the
 * last month has no counterpart: 2016-01-30 + 1 month → 2016-02-29.
 */
export function addMonthsArt48(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const index = year * 12 + (month - 1) + months;
  const endYear = Math.floor(index / 12);
  const endMonth = (index % 12) + 1;
  const endLength = daysInMonth(endYear, endMonth);
  const startsOnFirst = day === daysInMonth(year, month);
  return isoOf(endYear, endMonth, startsOnFirst ? endLength : Math.min(day, endLength));
}
