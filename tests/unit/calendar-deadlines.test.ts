import { DEADLINE_RULES, DeadlineRule, dueAt, loadOfficeCalendar, OfficeCalendar } from "../../shared/calendar";
import { codeOf } from "../support/error-code";

/**
 * Issue #8: deadlines from the rule table (R1, R2) on the shipped 2016 calendar. Instants are
 * written in Taipei time (+08:00); every expectation is worked out by hand: 端午節 Thu 6/9,
 * 彈性放假 Fri 6/10, weekend 6/11–6/12, 補行上班 Sat 6/4; 中秋節 Thu 9/15, 彈性放假 Fri 9/16;
 * 國慶日 Mon 10/10; 和平紀念日補假 Mon 2/29.
 */
const taipei = (text: string): Date => new Date(`${text}+08:00`);

describe("deadlines (R2)", () => {
  let calendar: OfficeCalendar;

  beforeAll(() => {
    calendar = loadOfficeCalendar({ years: [2016, 2017] });
  });

  describe("A4 handover: 12:00 on the next working day", () => {
    const handover = DEADLINE_RULES.HANDOVER.rule;

    it("should skip 端午節, the bridge day and the weekend: Wed 6/8 → Mon 6/13 12:00", () => {
      expect(dueAt(handover, taipei("2016-06-08T10:30:00"), calendar)).toEqual(taipei("2016-06-13T12:00:00"));
    });

    it("should use the make-up Saturday: Fri 6/3 → Sat 6/4 12:00", () => {
      expect(dueAt(handover, taipei("2016-06-03T16:45:00"), calendar)).toEqual(taipei("2016-06-04T12:00:00"));
    });

    it("should take the Taipei date of the instant, not the UTC one", () => {
      // 00:30 Taipei on Fri 6/3 is still Thu 6/2 in UTC.
      expect(dueAt(handover, new Date("2016-06-02T16:30:00Z"), calendar)).toEqual(taipei("2016-06-04T12:00:00"));
      // 23:59 Taipei on Thu 6/2 is the same instant's previous Taipei day.
      expect(dueAt(handover, taipei("2016-06-02T23:59:00"), calendar)).toEqual(taipei("2016-06-03T12:00:00"));
    });

    it("should give A13's application on Mon 2016-06-13 the deadline 12:00 Tue 6/14", () => {
      expect(dueAt(handover, taipei("2016-06-13T09:15:00"), calendar)).toEqual(taipei("2016-06-14T12:00:00"));
    });
  });

  describe("period rules: end of the due day, Taipei", () => {
    it("should move A6's 2-day visit record after a visit on Tue 6/7 to Mon 6/13", () => {
      expect(dueAt(DEADLINE_RULES.VISIT_RECORD.rule, taipei("2016-06-07T15:00:00"), calendar)).toEqual(taipei("2016-06-13T23:59:59.999"));
    });

    it("should move A9's 1-day referral after a visit on Wed 6/8 to Mon 6/13", () => {
      expect(dueAt(DEADLINE_RULES.REFERRAL.rule, taipei("2016-06-08T11:00:00"), calendar)).toEqual(taipei("2016-06-13T23:59:59.999"));
    });

    it("should move B2's 7-day police visit from Fri 6/3 (due Fri 6/10, a bridge day) to Mon 6/13", () => {
      expect(dueAt(DEADLINE_RULES.POLICE_VISIT.rule, taipei("2016-06-03T09:00:00"), calendar)).toEqual(taipei("2016-06-13T23:59:59.999"));
    });

    it("should end B2's 1-month reply from 2016-01-31 on Tue 3/1 (2/29 is 和平紀念日補假)", () => {
      expect(dueAt(DEADLINE_RULES.INVESTIGATION_REPLY.rule, taipei("2016-01-31T10:00:00"), calendar)).toEqual(taipei("2016-03-01T23:59:59.999"));
    });

    it("should end B4's 6-month window from 2016-08-31 on Wed 2017-03-01 (2/28 is 和平紀念日)", () => {
      expect(dueAt(DEADLINE_RULES.VACCINATION_CATCH_UP.rule, taipei("2016-08-31T10:00:00"), calendar)).toEqual(taipei("2017-03-01T23:59:59.999"));
    });

    it("should move B9's 10-day visit from Tue 9/6 (due Fri 9/16, a bridge day) to Mon 9/19", () => {
      expect(dueAt(DEADLINE_RULES.SOCIAL_VISIT.rule, taipei("2016-09-06T14:00:00"), calendar)).toEqual(taipei("2016-09-19T23:59:59.999"));
    });

    it("should move B9's 30-day report from Sat 9/10 (due Mon 10/10, 國慶日) to Tue 10/11", () => {
      expect(dueAt(DEADLINE_RULES.VISIT_REPORT.rule, taipei("2016-09-10T10:00:00"), calendar)).toEqual(taipei("2016-10-11T23:59:59.999"));
    });
  });

  it("should not move A2's 7 calendar days off a holiday: from Thu 6/2 due at the end of Thu 6/9", () => {
    expect(dueAt(DEADLINE_RULES.HOME_VISIT.rule, taipei("2016-06-02T10:00:00"), calendar)).toEqual(taipei("2016-06-09T23:59:59.999"));
  });

  it.each<DeadlineRule>([
    { kind: "period", days: 0 },
    { kind: "period", months: 0.5 },
    { kind: "calendarDays", days: -3 },
  ])("should reject the rule %p as BAD_USER_INPUT", (rule) => {
    expect(codeOf(() => dueAt(rule, taipei("2016-06-07T10:00:00"), calendar))).toBe("BAD_USER_INPUT");
  });
});

describe("closures added at run time", () => {
  const clock = { now: new Date("2016-07-07T06:00:00Z") };
  let calendar: OfficeCalendar;

  beforeEach(() => {
    clock.now = new Date("2016-07-07T06:00:00Z");
    calendar = loadOfficeCalendar({ years: [2016], now: () => clock.now });
  });

  it("should move a deadline computed before a typhoon closure when it is recomputed", () => {
    const handover = DEADLINE_RULES.HANDOVER.rule;
    const application = taipei("2016-07-07T10:00:00");
    const before = dueAt(handover, application, calendar);
    expect(before).toEqual(taipei("2016-07-08T12:00:00"));
    expect(calendar.version).toBe(1);

    clock.now = new Date("2016-07-07T12:00:00Z");
    expect(calendar.addClosure({ date: "2016-07-08", reason: "颱風停止上班" })).toBe(2);

    expect(calendar.version).toBe(2);
    expect(calendar.changedAt).toEqual(new Date("2016-07-07T12:00:00Z"));
    expect(calendar.changesSince(1)).toEqual([{ version: 2, date: "2016-07-08", kind: "closureAdded", at: new Date("2016-07-07T12:00:00Z") }]);
    expect(calendar.day("2016-07-08")).toEqual({ date: "2016-07-08", working: false, note: "", closure: "颱風停止上班" });
    // Fri 7/8 closed, weekend 7/9–7/10: Mon 7/11.
    expect(dueAt(handover, application, calendar)).toEqual(taipei("2016-07-11T12:00:00"));
  });

  it("should close a make-up Saturday too", () => {
    calendar.addClosure({ date: "2016-06-04", reason: "颱風停止上班" });
    // Fri 6/3: Sat 6/4 closed, Sun 6/5: Mon 6/6.
    expect(dueAt(DEADLINE_RULES.HANDOVER.rule, taipei("2016-06-03T10:00:00"), calendar)).toEqual(taipei("2016-06-06T12:00:00"));
  });

  it("should not change the version when the same closure is announced twice", () => {
    calendar.addClosure({ date: "2016-07-08", reason: "颱風停止上班" });
    expect(calendar.addClosure({ date: "2016-07-08", reason: "颱風停止上班" })).toBe(2);
    expect(calendar.changesSince(0)).toHaveLength(1);
  });

  it("should restore the day and record the change when a closure is withdrawn", () => {
    calendar.addClosure({ date: "2016-07-08", reason: "颱風停止上班" });
    expect(calendar.removeClosure("2016-07-08")).toBe(3);
    expect(calendar.isWorkingDay("2016-07-08")).toBe(true);
    expect(calendar.changesSince(2).map((change) => [change.version, change.date, change.kind])).toEqual([[3, "2016-07-08", "closureRemoved"]]);
  });

  it("should take closures given when the calendar is built", () => {
    const withClosure = loadOfficeCalendar({ years: [2016], closures: [{ date: "2016-07-08", reason: "颱風停止上班" }] });
    expect(withClosure.isWorkingDay("2016-07-08")).toBe(false);
    expect(withClosure.listClosures()).toEqual([{ date: "2016-07-08", reason: "颱風停止上班" }]);
  });

  it("should refuse a closure outside the loaded years or without a reason", () => {
    expect(codeOf(() => calendar.addClosure({ date: "2019-07-08", reason: "颱風停止上班" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => calendar.addClosure({ date: "2016-07-08", reason: " " }))).toBe("BAD_USER_INPUT");
    expect(calendar.version).toBe(1);
  });
});
