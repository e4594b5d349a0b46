import { ConfigError } from "../../shared/config";
import { isScheduledOn, parseCsv, parseFeedSchedule } from "../../shared/feeds";

describe("Feed schedules (R1: configuration) and the senders' CSV (issue #12)", () => {
  it("should read seed 003's rhythms: daily (CDC), the 10th and 25th (戶政司, NHIA), monthly (surveys)", () => {
    const daily = parseFeedSchedule("S", "daily");
    const tenthAndTwentyFifth = parseFeedSchedule("S", "days-of-month:25,10");
    const monthly = parseFeedSchedule("S", "monthly:1");
    expect(["2026-12-01", "2026-12-10", "2027-02-28"].map((date) => isScheduledOn(daily, date))).toEqual([true, true, true]);
    expect(["2026-12-09", "2026-12-10", "2026-12-11", "2026-12-25"].map((date) => isScheduledOn(tenthAndTwentyFifth, date))).toEqual([false, true, false, true]);
    expect(["2026-12-01", "2026-12-02", "2027-01-01"].map((date) => isScheduledOn(monthly, date))).toEqual([true, false, true]);
  });

  it("should run a day a month lacks on that month's last day", () => {
    const end = parseFeedSchedule("S", "monthly:31");
    expect(["2027-02-27", "2027-02-28", "2026-04-30", "2026-05-30", "2026-05-31"].map((date) => isScheduledOn(end, date))).toEqual([false, true, true, false, true]);
  });

  it("should refuse anything else with a ConfigError naming the setting", () => {
    for (const bad of ["", "weekly", "days-of-month", "days-of-month:0", "days-of-month:32", "days-of-month:1,,2", "monthly:1,15", "days-of-month:5,5", "daily:1"]) {
      expect(() => parseFeedSchedule("FEED_X_SCHEDULE", bad)).toThrow(ConfigError);
      expect(() => parseFeedSchedule("FEED_X_SCHEDULE", bad)).toThrow(/FEED_X_SCHEDULE/);
    }
  });

  it("should read quoted fields, doubled quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b,c\r\n1,"臺北市, 中正區","say ""hi"""\r\n\r\n2,,\n')).toEqual([
      ["a", "b", "c"],
      ["1", "臺北市, 中正區", 'say "hi"'],
      ["2", "", ""],
    ]);
  });
});
