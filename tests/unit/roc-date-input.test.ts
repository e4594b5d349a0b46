import { parseDateInput } from "../../web/src/format/roc-date-input";

/** Issue #11: a date is typed either way — the ROC calendar as on 附件1's paper, or the Gregorian one. */
describe("a typed date (roc-date-input)", () => {
  it.each([
    ["民國 115/12/01", "2026-12-01"],
    ["民國115/12/01", "2026-12-01"],
    ["115/12/01", "2026-12-01"],
    ["115/2/3", "2026-02-03"],
    ["115-12-01", "2026-12-01"],
    ["115.12.01", "2026-12-01"],
    ["115年12月1日", "2026-12-01"],
    ["1151201", "2026-12-01"],
    ["99/01/05", "2010-01-05"],
    ["2026-12-01", "2026-12-01"],
    ["2026/12/1", "2026-12-01"],
    ["20261201", "2026-12-01"],
    [" 115/12/01 ", "2026-12-01"],
  ])("should read %s as %s", (typed, iso) => {
    expect(parseDateInput(typed)).toBe(iso);
  });

  it.each([
    ["", "empty"],
    ["115/02/30", "30 February"],
    ["115/13/01", "month 13"],
    ["2026-12-32", "day 32"],
    ["114/02/29", "29 February of a common year (2025)"],
    ["0/01/01", "year 0 of the ROC calendar"],
    ["12/01", "no year"],
    ["明天", "words"],
    ["2026-12-01T00:00", "a date with a time"],
  ])("should refuse %s (%s)", (typed) => {
    expect(parseDateInput(typed)).toBeNull();
  });

  it("should read 29 February of a leap year (民國 113 = 2024)", () => {
    expect(parseDateInput("113/02/29")).toBe("2024-02-29");
  });
});
