import { CalendarYearNotLoaded, loadOfficeCalendar, OfficeCalendar } from "../../shared/calendar";
import { codeOf } from "../support/error-code";

/**
 * Issue #8, R2 (行政程序法 art. 48) on the shipped calendar. Every expected date is worked out by
 * hand from the 2016 office calendar: 端午節 Thu 6/9, 彈性放假 Fri 6/10, 補行上班 Sat 6/4;
 * 和平紀念日 2/28 Sun with 補假 Mon 2/29; 中秋節 Thu 9/15, 彈性放假 Fri 9/16.
 */
describe("the office calendar", () => {
  let calendar: OfficeCalendar;

  // Read once: nothing in this file adds a closure.
  beforeAll(() => {
    calendar = loadOfficeCalendar();
  });

  it("should load the years the seeds and tests touch and the current and next year", () => {
    expect(calendar.loadedYears()).toEqual([2015, 2016, 2017, 2018, 2026, 2027]);
  });

  it.each([
    ["2016-06-03", true],
    ["2016-06-04", true],
    ["2016-06-05", false],
    ["2016-06-09", false],
    ["2016-06-10", false],
    ["2016-06-11", false],
    ["2016-06-13", true],
    ["2016-02-29", false],
    ["2016-05-01", false],
    ["2016-05-02", true],
  ])("should say whether %s is a working day (%s)", (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it("should count a make-up Saturday as the next working day", () => {
    expect(calendar.nextWorkingDay("2016-06-03")).toBe("2016-06-04");
    expect(calendar.nextWorkingDay("2016-06-04")).toBe("2016-06-06");
    expect(calendar.nextWorkingDay("2016-06-08")).toBe("2016-06-13");
  });

  it("should add working days across the Dragon Boat holiday", () => {
    expect(calendar.addWorkingDays("2016-06-03", 2)).toBe("2016-06-06");
    expect(calendar.addWorkingDays("2016-06-07", 2)).toBe("2016-06-13");
    expect(calendar.addWorkingDays("2016-06-07", 0)).toBe("2016-06-07");
  });

  describe("periods in days (start day not counted, an end on a day off moves on)", () => {
    it("should move a 2-day period ending on 端午節 to the next working day", () => {
      expect(calendar.periodEnd("2016-06-07", { days: 2, unit: "calendar" })).toBe("2016-06-13");
    });

    it("should keep a 2-day period ending on a make-up Saturday on that Saturday", () => {
      expect(calendar.periodEnd("2016-06-02", { days: 2 })).toBe("2016-06-04");
    });

    it("should keep a period ending on a working day where it ends", () => {
      expect(calendar.periodEnd("2016-06-13", { days: 2 })).toBe("2016-06-15");
    });

    it("should move a 10-day period ending on a bridge day past the weekend", () => {
      expect(calendar.periodEnd("2016-09-06", { days: 10 })).toBe("2016-09-19");
    });

    it("should count a period in working days when asked", () => {
      expect(calendar.periodEnd("2016-06-08", { days: 1, unit: "working" })).toBe("2016-06-13");
    });
  });

  describe("periods in months (art. 48 III)", () => {
    it("should end 1 month from 2016-01-31 at February's end, then move off 和平紀念日補假", () => {
      expect(calendar.periodEnd("2016-01-31", { months: 1 })).toBe("2016-03-01");
    });

    it("should end 1 month from 2015-01-31 on Saturday 2/28 (和平紀念日) and move to Monday 3/2", () => {
      expect(calendar.periodEnd("2015-01-31", { months: 1 })).toBe("2015-03-02");
    });

    it("should end a month started on the 1st (after 04-30) on the last day of May", () => {
      expect(calendar.periodEnd("2016-04-30", { months: 1 })).toBe("2016-05-31");
    });

    it("should end 1 month from a mid-month date on the same day number", () => {
      expect(calendar.periodEnd("2016-03-15", { months: 1 })).toBe("2016-04-15");
    });

    it("should end 6 months from 2016-08-31 on 2017-02-28 (和平紀念日) and move to 3/1", () => {
      expect(calendar.periodEnd("2016-08-31", { months: 6 })).toBe("2017-03-01");
    });
  });

  it("should give A2's 3–7 day window in calendar days, not moved off holidays", () => {
    expect(calendar.calendarDayWindow("2016-06-08", 3, 7)).toEqual({ first: "2016-06-11", last: "2016-06-15" });
    expect(calendar.calendarDayWindow("2016-06-02", 3, 7)).toEqual({ first: "2016-06-05", last: "2016-06-09" });
  });

  it("should know 2026's nine-day 春節 holiday", () => {
    expect(calendar.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
  });

  describe("years that are not loaded", () => {
    it("should refuse a date in a year that is not loaded instead of guessing from weekends", () => {
      expect(() => calendar.isWorkingDay("2019-01-02")).toThrow(CalendarYearNotLoaded);
      expect(codeOf(() => calendar.isWorkingDay("2019-01-02"))).toBe("BAD_USER_INPUT");
    });

    it("should refuse a count that runs into a year that is not loaded", () => {
      // 12/29 Sat, 12/30 Sun, 12/31 彈性放假: the next working day would be in 2019.
      expect(() => calendar.nextWorkingDay("2018-12-28")).toThrow(CalendarYearNotLoaded);
    });

    it("should refuse a window that ends in a year that is not loaded", () => {
      expect(codeOf(() => calendar.calendarDayWindow("2018-12-28", 3, 7))).toBe("BAD_USER_INPUT");
    });
  });

  it.each(["2016-02-30", "2016-6-9", "20160609", ""])("should reject the date %p as BAD_USER_INPUT", (date) => {
    expect(codeOf(() => calendar.isWorkingDay(date))).toBe("BAD_USER_INPUT");
  });

  it.each([{ days: 0 }, { days: 1.5 }, { months: -1 }])("should reject the period %p as BAD_USER_INPUT", (period) => {
    expect(codeOf(() => calendar.periodEnd("2016-06-07", period))).toBe("BAD_USER_INPUT");
  });
});
