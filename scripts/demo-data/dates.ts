/**
 * Dates as the seed forms print them. The paper forms (附件1's 申請日期, seed 001's 登錄系統日期) use
 * the ROC calendar (民國紀年): year = Gregorian year − 1911, month and day without leading zeros,
 * e.g. 105/6/13 for 2016-06-13 (A13). The system stores ISO dates; these helpers convert.
 */

const ROC_YEAR_OFFSET = 1911;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 105/6/13; also accepts zero-padded parts and "-" or "." as separators, as clerks write them. */
const ROC_DATE_PATTERN = /^(\d{1,3})([/.-])(\d{1,2})\2(\d{1,2})$/;

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function parseIsoDate(isoDate: string): CalendarDate {
  const match = ISO_DATE_PATTERN.exec(isoDate);
  if (match === null) {
    throw new RangeError(`"${isoDate}" is not an ISO date YYYY-MM-DD`);
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isRealDate(date)) {
    throw new RangeError(`"${isoDate}" is not a calendar date`);
  }
  return date;
}

function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 2016-06-13 → 105/6/13. Dates before 民國元年 (1912) have no ROC year and are refused. */
export function toRocDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const rocYear = year - ROC_YEAR_OFFSET;
  if (rocYear < 1) {
    throw new RangeError(`"${isoDate}" is before the ROC calendar's year 1 (1912)`);
  }
  return `${rocYear}/${month}/${day}`;
}

/** 105/6/13 → 2016-06-13, refusing malformed text and days that do not exist (105/2/30). */
export function fromRocDate(roc: string): string {
  const match = ROC_DATE_PATTERN.exec(roc.trim());
  if (match === null) {
    throw new RangeError(`"${roc}" is not an ROC date such as 105/6/13`);
  }
  const rocYear = Number(match[1]);
  if (rocYear < 1) {
    throw new RangeError(`"${roc}" has no ROC year (year 1 is 1912)`);
  }
  const date = { year: rocYear + ROC_YEAR_OFFSET, month: Number(match[3]), day: Number(match[4]) };
  if (!isRealDate(date)) {
    throw new RangeError(`"${roc}" is not a calendar date`);
  }
  return formatIsoDate(date);
}

/**
 * Age in completed years on a date (R7: "6歲以下" = under 7, a parent "未滿20歲" = under 20). A
 * person born on 29 February completes a year on 1 March in common years, following 民法 art. 121
 * (a period ending on a day the month lacks ends with that month).
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  if (formatIsoDate(on) < formatIsoDate(birth)) {
    throw new RangeError(`${onDate} is before the birth date ${birthDate}`);
  }
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
