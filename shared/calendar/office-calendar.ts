import { badUserInput } from "../errors";
import { CalendarYearNotLoaded, invalidRule } from "./errors";
import { addDays, addMonthsArt48, checkIsoDate, IsoDate, yearOf } from "./iso-date";
import { OfficeDay, OfficeYear } from "./office-year";
import { taipeiDateOf, taipeiInstant } from "./taipei-time";

/**
 * A day off announced at short notice (停止上班, e.g. a typhoon day), added at run time by the role
 * that owns the calendar (issue #8). `reason` is public text such as 「颱風停止上班」.
 */
export interface Closure {
  date: IsoDate;
  reason: string;
}

/** One change after the calendar was built; deadlines spanning `date` must be recomputed. */
export interface CalendarChange {
  version: number;
  date: IsoDate;
  kind: "closureAdded" | "closureRemoved";
  at: Date;
}

export interface CalendarDay {
  date: IsoDate;
  working: boolean;
  /** 備註 of the published file, e.g. 端午節 or 補行上班. */
  note: string;
  /** Set when a closure made the day a day off. */
  closure?: string;
}

/** R2: a period in calendar days (the default, 行政程序法 art. 48) or months, or in working days. */
export type Period = { days: number; unit?: "calendar" | "working" } | { months: number; unit?: "calendar" };

export interface OfficeCalendarOptions {
  closures?: readonly Closure[];
  /** The clock that stamps changes; tests pass a fake one. */
  now?: () => Date;
}

function checkCount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw invalidRule(field);
  }
  return value;
}

/**
 * Taipei's office calendar (D9): the published years plus closures added at run time. All dates
 * are Taipei dates; instants are converted with a fixed +08:00 (taipei-time.ts). A date outside
 * the loaded years throws CalendarYearNotLoaded rather than being guessed from weekends.
 *
 * `version` starts at 1 and grows with every closure added or removed; `changesSince(version)`
 * lists the dates changed after a version, so a job that stored deadlines with the version they
 * were computed at recomputes exactly those whose span holds a changed date.
 */
export class OfficeCalendar {
  private readonly days = new Map<IsoDate, OfficeDay>();
  private readonly years: ReadonlySet<number>;
  private readonly closures = new Map<IsoDate, Closure>();
  private readonly changes: CalendarChange[] = [];
  private readonly now: () => Date;
  private currentVersion = 1;
  private lastChangedAt: Date;

  constructor(years: readonly OfficeYear[], options: OfficeCalendarOptions = {}) {
    for (const year of years) {
      for (const day of year.days) {
        this.days.set(day.date, day);
      }
    }
    this.years = new Set(years.map((year) => year.year));
    this.now = options.now ?? ((): Date => new Date());
    for (const closure of options.closures ?? []) {
      this.checkLoaded(checkIsoDate(closure.date, "closure.date"));
      this.closures.set(closure.date, closure);
    }
    this.lastChangedAt = this.now();
  }

  get version(): number {
    return this.currentVersion;
  }

  /** When the calendar was built or last changed. */
  get changedAt(): Date {
    return this.lastChangedAt;
  }

  loadedYears(): number[] {
    return [...this.years].sort((left, right) => left - right);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  changesSince(version: number): CalendarChange[] {
    return this.changes.filter((change) => change.version > version);
  }

  listClosures(): Closure[] {
    return [...this.closures.values()].sort((left, right) => left.date.localeCompare(right.date));
  }

  /** Adds a day off; the same date again changes nothing. Returns the version after the change. */
  addClosure(closure: Closure): number {
    const date = this.checkLoaded(checkIsoDate(closure.date, "closure.date"));
    if (closure.reason.trim() === "") {
      throw badUserInput("closure.reason must not be empty", "closure.reason");
    }
    if (this.closures.has(date)) {
      return this.currentVersion;
    }
    this.closures.set(date, { date, reason: closure.reason });
    return this.recordChange(date, "closureAdded");
  }

  /** Withdraws a closure (an announcement revoked); a date without one changes nothing. */
  removeClosure(date: IsoDate): number {
    if (!this.closures.delete(checkIsoDate(date, "closure.date"))) {
      return this.currentVersion;
    }
    return this.recordChange(date, "closureRemoved");
  }

  day(date: IsoDate): CalendarDay {
    const published = this.published(date);
    const closure = this.closures.get(date);
    if (closure !== undefined) {
      return { date, working: false, note: published.note, closure: closure.reason };
    }
    return { date, working: !published.off, note: published.note };
  }

  /** A make-up Saturday (補行上班) is a working day; a closure makes any day a day off. */
  isWorkingDay(date: IsoDate): boolean {
    return this.day(date).working;
  }

  /** The first working day after `date` (`date` itself not counted). */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.workingDayOnOrAfter(addDays(checkIsoDate(date), 1));
  }

  /** `date` when it is a working day, else the next one (R2: an end on a day off moves on). */
  workingDayOnOrAfter(date: IsoDate): IsoDate {
    let current = checkIsoDate(date);
    while (!this.isWorkingDay(current)) {
      current = addDays(current, 1);
    }
    return current;
  }

  /** The `count`-th working day after `date`; 0 gives `date` itself. */
  addWorkingDays(date: IsoDate, count: number): IsoDate {
    if (!Number.isInteger(count) || count < 0) {
      throw badUserInput("count must be a whole number, 0 or more", "count");
    }
    let current = checkIsoDate(date);
    for (let step = 0; step < count; step += 1) {
      current = this.nextWorkingDay(current);
    }
    return current;
  }

  /**
   * The last day of a period (R2, 行政程序法 art. 48): the start day is not counted; in calendar
   * units the end is start + days (or + months, art. 48 III), and an end on a day off moves to the
   * next working day, make-up Saturdays included (art. 48 IV as R2 reads it).
   */
  periodEnd(startDate: IsoDate, period: Period): IsoDate {
    const start = checkIsoDate(startDate, "startDate");
    if ("months" in period) {
      return this.workingDayOnOrAfter(addMonthsArt48(start, checkCount(period.months, "months")));
    }
    const days = checkCount(period.days, "days");
    if (period.unit === "working") {
      return this.addWorkingDays(start, days);
    }
    return this.workingDayOnOrAfter(addDays(start, days));
  }

  /** A4: 12:00 Taipei on the first working day after the instant's Taipei date. */
  noonNextWorkingDay(instant: Date): Date {
    return taipeiInstant(this.nextWorkingDay(taipeiDateOf(instant)), 12);
  }

  /**
   * A2: the days `fromDays`…`toDays` after `date` in calendar days, not moved off days off (R2:
   * "3–7 days" are calendar days from the application date). Checks that the years are loaded so a
   * window is never promised on a day nobody can check.
   */
  calendarDayWindow(date: IsoDate, fromDays: number, toDays: number): { first: IsoDate; last: IsoDate } {
    const start = checkIsoDate(date);
    if (!Number.isInteger(fromDays) || fromDays < 0 || !Number.isInteger(toDays) || toDays < fromDays) {
      throw badUserInput("fromDays and toDays must be whole numbers, 0 <= fromDays <= toDays", "toDays");
    }
    const window = { first: addDays(start, fromDays), last: addDays(start, toDays) };
    this.checkLoaded(window.first);
    this.checkLoaded(window.last);
    return window;
  }

  private published(date: IsoDate): OfficeDay {
    const day = this.days.get(checkIsoDate(date));
    if (day === undefined) {
      throw new CalendarYearNotLoaded(yearOf(date));
    }
    return day;
  }

  private checkLoaded(date: IsoDate): IsoDate {
    this.published(date);
    return date;
  }

  private recordChange(date: IsoDate, kind: CalendarChange["kind"]): number {
    this.currentVersion += 1;
    this.lastChangedAt = this.now();
    this.changes.push({ version: this.currentVersion, date, kind, at: this.lastChangedAt });
    return this.currentVersion;
  }
}
