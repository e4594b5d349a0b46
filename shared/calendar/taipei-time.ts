import { IsoDate } from "./iso-date";

/**
 * Asia/Taipei as a fixed UTC+08:00 offset (R2). Taiwan has kept +08:00 without daylight saving
 * since 1980, so for every year the calendar holds the fixed offset equals the IANA zone; using it
 * keeps deadlines independent of the host's TZ setting and of Node builds without full ICU data.
 */
export const TAIPEI_OFFSET_MS = 8 * 3_600_000;

/** The Taipei calendar date of an instant. */
export function taipeiDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + TAIPEI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Taipei wall-clock time on a date. */
export function taipeiInstant(date: IsoDate, hours: number, minutes = 0, seconds = 0, milliseconds = 0): Date {
  const utcMidnight = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(utcMidnight + ((hours * 60 + minutes) * 60 + seconds) * 1000 + milliseconds - TAIPEI_OFFSET_MS);
}

/** The last millisecond of a Taipei date: a period rule's deadline (R2). */
export function endOfTaipeiDay(date: IsoDate): Date {
  return taipeiInstant(date, 23, 59, 59, 999);
}
