import { ConfigError } from "../config";

/**
 * When a feed runs by itself (B8; R1: schedules are configuration, not code). Seed 003's rhythms:
 * the household department and the NHIA on the 10th and 25th of each month, the CDC daily, the
 * surveys monthly. Another reading (004's quarterly chart) is a different setting, not a release.
 *
 * Written in configuration as:
 * - `daily`
 * - `days-of-month:10,25` (each day 1–31; a day a month lacks, e.g. 31 in April, is that month's last)
 * - `monthly:1` (one day of the month, same rule)
 */
export type FeedSchedule = { readonly kind: "daily" } | { readonly kind: "daysOfMonth"; readonly days: readonly number[] };

const DAY_LIST = /^\d{1,2}(,\d{1,2})*$/;

/** Parses a schedule setting; anything else is a ConfigError that names the setting and the forms it takes. */
export function parseFeedSchedule(setting: string, text: string): FeedSchedule {
  const value = text.trim();
  const wrong = (): ConfigError => new ConfigError(`${setting} must be "daily", "days-of-month:D,D,…" or "monthly:D" with each day D from 1 to 31`);
  if (value === "daily") {
    return { kind: "daily" };
  }
  const match = /^(days-of-month|monthly):(.*)$/.exec(value);
  if (match === null || !DAY_LIST.test(match[2])) {
    throw wrong();
  }
  const days = match[2].split(",").map(Number);
  if (days.some((day) => day < 1 || day > 31) || (match[1] === "monthly" && days.length !== 1) || new Set(days).size !== days.length) {
    throw wrong();
  }
  return { kind: "daysOfMonth", days: [...days].sort((a, b) => a - b) };
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a feed on `schedule` runs on the Taipei date `date` (YYYY-MM-DD). */
export function isScheduledOn(schedule: FeedSchedule, date: string): boolean {
  if (schedule.kind === "daily") {
    return true;
  }
  const [year, month, day] = date.split("-").map(Number);
  const last = lastDayOfMonth(year, month);
  return schedule.days.some((wanted) => Math.min(wanted, last) === day);
}

/** The setting's text for a schedule (the run list and the docs show it). */
export function describeFeedSchedule(schedule: FeedSchedule): string {
  return schedule.kind === "daily" ? "daily" : `days-of-month:${schedule.days.join(",")}`;
}
