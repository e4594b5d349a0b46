import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CalendarDataError, importOfficialYear, loadOfficeCalendar, parseOfficeCalendarCsv, readManifest, writeGeneratedYear } from "../../shared/calendar";

/**
 * Issue #8: the shipped year files and the importer of the published 政府行政機關辦公日曆表 CSV.
 * Line numbers are 1-based with the header on line 1, so a date's line is its day of the year + 1:
 * 2016-06-04 is day 156 (line 157), 2016-06-09 day 161 (line 162).
 */
const DATA_DIR = join(__dirname, "..", "..", "data", "calendar");
const SHIPPED_2016 = readFileSync(join(DATA_DIR, "2016.csv"), "utf8");

function lines2016(): string[] {
  return SHIPPED_2016.trimEnd().split("\n");
}

describe("the shipped calendar files", () => {
  it.each([
    [2015, 365],
    [2016, 366],
    [2017, 365],
    [2018, 365],
    [2026, 365],
    [2027, 365],
  ])("should hold one row per day of %i (%i rows)", (year, rows) => {
    const lines = readFileSync(join(DATA_DIR, `${year}.csv`), "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("西元日期,星期,是否放假,備註");
    expect(lines).toHaveLength(rows + 1);
    expect(parseOfficeCalendarCsv(lines.join("\n"), year).ok).toBe(true);
  });

  it("should hold the published rows of the 2016 Dragon Boat week", () => {
    const lines = lines2016();
    expect(lines[157 - 1]).toBe("20160604,六,0,補行上班");
    expect(lines[158 - 1]).toBe("20160605,日,2,");
    expect(lines[162 - 1]).toBe("20160609,四,2,端午節");
    expect(lines[163 - 1]).toBe("20160610,五,2,彈性放假");
  });

  it("should mark every shipped year unverified, with its source, until the official file is imported", () => {
    const manifest = readManifest(DATA_DIR);
    expect(Object.keys(manifest).sort()).toEqual(["2015", "2016", "2017", "2018", "2026", "2027"]);
    for (const entry of Object.values(manifest)) {
      expect(entry.verified).toBe(false);
      expect(entry.source).toMatch(/紀念日及節日實施(辦法|條例)/);
    }
  });
});

describe("parsing the published layout", () => {
  it("should accept a BOM and CRLF line ends", () => {
    const result = parseOfficeCalendarCsv(Buffer.from(`\uFEFF${lines2016().join("\r\n")}\r\n`, "utf8"), 2016);
    expect(result.ok && result.year.days.length).toBe(366);
  });

  it("should name the line where a missing day belongs", () => {
    const lines = lines2016().filter((line) => !line.startsWith("20160609"));
    expect(parseOfficeCalendarCsv(lines.join("\n"), 2016)).toEqual({ ok: false, errors: [{ line: 162, message: "2016-06-09 is missing" }] });
  });

  it("should name the line of a duplicate day and of its first appearance", () => {
    const lines = [...lines2016(), "20160604,六,0,補行上班"];
    expect(parseOfficeCalendarCsv(lines.join("\n"), 2016)).toEqual({ ok: false, errors: [{ line: 368, message: "2016-06-04 appears again (first on line 157)" }] });
  });

  it("should name the line of a weekday that does not match the date", () => {
    const lines = lines2016().map((line) => (line === "20160609,四,2,端午節" ? "20160609,五,2,端午節" : line));
    expect(parseOfficeCalendarCsv(lines.join("\n"), 2016)).toEqual({ ok: false, errors: [{ line: 162, message: "星期 of 2016-06-09 must be 四" }] });
  });

  it("should name the line of a flag other than 0 or 2", () => {
    const lines = lines2016().map((line) => (line === "20160604,六,0,補行上班" ? "20160604,六,1,補行上班" : line));
    expect(parseOfficeCalendarCsv(lines.join("\n"), 2016)).toEqual({ ok: false, errors: [{ line: 157, message: "是否放假 must be 0 or 2" }] });
  });

  it("should name a date of another year and the day it leaves missing", () => {
    const lines = lines2016().map((line, index) => (index === 1 ? "20150101,四,2,開國紀念日" : line));
    expect(parseOfficeCalendarCsv(lines.join("\n"), 2016)).toEqual({
      ok: false,
      errors: [
        { line: 2, message: "2015-01-01 is not in 2016" },
        { line: 2, message: "2016-01-01 is missing" },
      ],
    });
  });

  it("should report a wrong header and a row that is not a date", () => {
    const lines = lines2016().map((line, index) => (index === 0 ? "date,weekday,off,note" : index === 10 ? "2016-01-10,日,2," : line));
    const result = parseOfficeCalendarCsv(lines.join("\n"), 2016);
    expect(result.ok ? [] : result.errors.map((error) => error.line)).toEqual([1, 11, 11]);
  });

  it("should refuse a file that is not UTF-8 on line 1", () => {
    // "西元日期" in Big5.
    const big5 = Buffer.from([0xa6, 0xe8, 0xa4, 0xb8, 0xa4, 0xe9, 0xb4, 0xc1, 0x0a]);
    const result = parseOfficeCalendarCsv(big5, 2016);
    expect(result.ok ? [] : result.errors.map((error) => error.line)).toEqual([1]);
  });
});

describe("importing an official file", () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "calendar-import-"));
    for (const name of readdirSync(DATA_DIR)) {
      copyFileSync(join(DATA_DIR, name), join(directory, name));
    }
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it("should replace the year, mark it verified with its origin and load the new file", () => {
    // The "official" file differs from the shipped one: 2016-06-08 closed (as a test marker).
    const official = lines2016().map((line) => (line === "20160608,三,0," ? "20160608,三,2,測試" : line));
    const content = Buffer.from(`\uFEFF${official.join("\r\n")}\r\n`, "utf8");
    const now = new Date("2026-12-01T02:00:00Z");

    const result = importOfficialYear({ directory, year: 2016, content, origin: "data.gov.tw 中華民國政府行政機關辦公日曆表 105年", now });

    expect(result.ok).toBe(true);
    const entry = readManifest(directory)["2016"];
    expect(entry).toMatchObject({ verified: true, origin: "data.gov.tw 中華民國政府行政機關辦公日曆表 105年", importedAt: "2026-12-01T02:00:00.000Z" });
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readManifest(directory)["2017"].verified).toBe(false);
    expect(readFileSync(join(directory, "2016.csv"), "utf8").split("\n")[161 - 1]).toBe("20160608,三,2,測試");
    expect(loadOfficeCalendar({ directory }).isWorkingDay("2016-06-08")).toBe(false);
  });

  it("should change nothing when the file has an error", () => {
    const before = [readFileSync(join(directory, "2016.csv")), readFileSync(join(directory, "manifest.json"))];
    const broken = lines2016().filter((line) => !line.startsWith("20160609"));

    const result = importOfficialYear({ directory, year: 2016, content: Buffer.from(broken.join("\n")), origin: "official.csv", now: new Date() });

    expect(result).toEqual({ ok: false, errors: [{ line: 162, message: "2016-06-09 is missing" }] });
    expect([readFileSync(join(directory, "2016.csv")), readFileSync(join(directory, "manifest.json"))]).toEqual(before);
  });

  it("should refuse a file for another year than the one named", () => {
    const result = importOfficialYear({ directory, year: 2017, content: Buffer.from(SHIPPED_2016), origin: "official.csv", now: new Date() });
    expect(result.ok ? 0 : result.errors[0]).toEqual({ line: 2, message: "2016-01-01 is not in 2017" });
  });

  it("should not overwrite an imported year with the hand-written list unless forced", () => {
    expect(importOfficialYear({ directory, year: 2016, content: Buffer.from(SHIPPED_2016), origin: "official.csv", now: new Date() }).ok).toBe(true);

    expect(() => writeGeneratedYear(directory, 2016)).toThrow(CalendarDataError);
    expect(readManifest(directory)["2016"].verified).toBe(true);

    writeGeneratedYear(directory, 2016, true);
    expect(readManifest(directory)["2016"].verified).toBe(false);
  });

  it("should print each problem with its line number and exit 1 from npm run calendar:import", () => {
    const file = join(directory, "official.csv");
    writeFileSync(file, lines2016().map((line) => (line === "20160604,六,0,補行上班" ? "20160604,六,9,補行上班" : line)).join("\n"));
    const before = readFileSync(join(directory, "manifest.json"));

    const run = spawnSync("npx", ["ts-node", "--transpile-only", "scripts/calendar-import.ts", "--year", "2016", "--file", file, "--data-dir", directory], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("official.csv line 157: 是否放假 must be 0 or 2");
    expect(readFileSync(join(directory, "manifest.json"))).toEqual(before);
  });
});
