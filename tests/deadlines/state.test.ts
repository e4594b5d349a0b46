import { DeadlineState, stateAt } from "../../shared/deadlines/state";
import { STUB_RULES, weekendOnlyCalendarStub } from "./support";

const HOUR = 3_600_000;
const due = new Date("2025-03-10T04:00:00.000Z");

/** The read-side state (issue #8): exact at any instant, whatever the scheduler last stored. */
describe("stateAt", () => {
  it("should be DUE while the due time is further away than the threshold", () => {
    expect(stateAt({ dueAt: due, metAt: null }, new Date("2025-03-09T23:59:59.999Z"), 4 * HOUR)).toBe(DeadlineState.DUE);
  });

  it("should be DUE_SOON from exactly the threshold before the due time up to the due time itself", () => {
    expect(stateAt({ dueAt: due, metAt: null }, new Date("2025-03-10T00:00:00.000Z"), 4 * HOUR)).toBe(DeadlineState.DUE_SOON);
    expect(stateAt({ dueAt: due, metAt: null }, new Date("2025-03-10T04:00:00.000Z"), 4 * HOUR)).toBe(DeadlineState.DUE_SOON);
  });

  it("should follow the configured threshold", () => {
    const now = new Date("2025-03-09T04:00:00.000Z");
    expect(stateAt({ dueAt: due, metAt: null }, now, 4 * HOUR)).toBe(DeadlineState.DUE);
    expect(stateAt({ dueAt: due, metAt: null }, now, 24 * HOUR)).toBe(DeadlineState.DUE_SOON);
  });

  it("should be OVERDUE one millisecond after the due time", () => {
    expect(stateAt({ dueAt: due, metAt: null }, new Date("2025-03-10T04:00:00.001Z"), 4 * HOUR)).toBe(DeadlineState.OVERDUE);
  });

  it("should count a step met at the due instant as on time (A4: by 12:00 includes 12:00)", () => {
    expect(stateAt({ dueAt: due, metAt: new Date("2025-03-10T04:00:00.000Z") }, new Date("2025-04-01T00:00:00.000Z"), HOUR)).toBe(DeadlineState.MET_ON_TIME);
    expect(stateAt({ dueAt: due, metAt: new Date("2025-03-10T04:00:00.001Z") }, new Date("2025-04-01T00:00:00.000Z"), HOUR)).toBe(DeadlineState.MET_LATE);
  });

  it("should be NO_LONGER_DUE once its case ended, before or after the due time (issue #9)", () => {
    const ended = { dueAt: due, metAt: null, endedAt: new Date("2025-03-09T02:00:00.000Z") };
    expect(stateAt(ended, new Date("2025-03-09T03:00:00.000Z"), 4 * HOUR)).toBe(DeadlineState.NO_LONGER_DUE);
    expect(stateAt(ended, new Date("2025-04-01T00:00:00.000Z"), 4 * HOUR)).toBe(DeadlineState.NO_LONGER_DUE);
  });
});

/** The hand-written expectations of the other deadline tests rest on this stub; pinned here (2025-03-01 is a Saturday). */
describe("weekendOnlyCalendarStub (test support)", () => {
  const dueAt = weekendOnlyCalendarStub();

  it("should put a Friday application's handover at 12:00 Taipei on Monday (A4)", () => {
    expect(dueAt(STUB_RULES.HANDOVER, new Date("2025-03-07T02:00:00.000Z")).toISOString()).toBe("2025-03-10T04:00:00.000Z");
  });

  it("should move a visit record due on Saturday to the end of Monday (A6, R2)", () => {
    expect(dueAt(STUB_RULES.VISIT_RECORD, new Date("2025-03-06T07:00:00.000Z")).toISOString()).toBe("2025-03-10T15:59:59.999Z");
  });

  it("should count calendar days for the visit, weekend or not (A2, R2)", () => {
    expect(dueAt(STUB_RULES.HOME_VISIT, new Date("2025-03-07T02:00:00.000Z")).toISOString()).toBe("2025-03-14T15:59:59.999Z");
  });

  it("should skip a closed day like a weekend", () => {
    const closed = weekendOnlyCalendarStub(new Set(["2025-03-10"]));
    expect(closed(STUB_RULES.HANDOVER, new Date("2025-03-07T02:00:00.000Z")).toISOString()).toBe("2025-03-11T04:00:00.000Z");
  });
});
