import { mkdtemp, readFile, rm } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { SeededRandom } from "../../scripts/demo-data/random";
import { runReport } from "../../scripts/report";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createReferredCase } from "../support/case-fixture";
import { recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { writeProgrammeBWork } from "../support/programme-b-statistics";
import { aggregateStatistics } from "../support/statistics-work";
import { tokenFor } from "../support/tokens";

/**
 * Issue #10: 民政局's report as files, from the gateway's download and from `npm run report`, in
 * seed 001's layout (A12). The cases are the test's own, in a month no demo data reaches: one
 * referred marriage case (visited, referred to 社會局, 衛生局 and 民政局) and two recorded moves, one
 * of them declined — so table 1 reads 結婚 1, 遷徙 2, 合計 3; visited 1; referred 3, each in service
 * (the fixture's first contact at each agency). Issue #12: and programme B's work of May
 * (tests/support/programme-b-statistics.ts, its counts written there by hand) for the section of
 * 六歲以下弱勢兒童主動關懷方案.
 */
const MAY = { from: "2027-05-01", to: "2027-05-31" };
const TABLE_ONE_HEADINGS = ["洽公項目", "出生", "結婚", "離婚", "死亡", "遷徙", "收養", "初設戶籍", "其他", "合計"];
const TABLE_ONE_COUNTS = ["件數", "0", "1", "0", "0", "2", "0", "0", "0", "3"];

describe("民政局's report download (issue #10)", () => {
  let platform: TestPlatform;
  let analystToken: string;
  let directory: string;
  const minCell = process.env.STATISTICS_MIN_CELL;

  const download = (query: Record<string, string>, token?: string): Promise<Response> => {
    const url = new URL("/reports/care-statistics", platform.gatewayUrl);
    url.search = new URLSearchParams(query).toString();
    return fetch(url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "report" });
    setFakeNow(new Date("2027-05-12T09:00:00+08:00"));
    await createReferredCase(platform, "63000050", "文北里", "report-case");
    const rng = new SeededRandom("report-forms");
    await recordForm(platform, rng, "63000020", "2027-05-12", "HOME_VISIT");
    await recordForm(platform, rng, "63000020", "2027-05-12", "DECLINED");
    await writeProgrammeBWork(platform);
    await aggregateStatistics(platform);
    analystToken = await tokenFor(Role.CIVIL_AFFAIRS_ANALYST);
    directory = await mkdtemp(join(tmpdir(), "care-report-"));
  });

  afterAll(async () => {
    process.env.STATISTICS_MIN_CELL = minCell;
    if (minCell === undefined) {
      delete process.env.STATISTICS_MIN_CELL;
    }
    setFakeNow(null);
    await rm(directory, { recursive: true, force: true });
    await platform.stop();
  });

  beforeEach(() => {
    // The figures are 1s and 2s: with k = 1 all show (suppression has its own test below).
    process.env.STATISTICS_MIN_CELL = "1";
  });

  it("should give a CSV that Excel opens as Chinese: a BOM, table 1 with its ROC title, the referral figures and the month", async () => {
    const response = await download({ ...MAY, format: "csv" }, analystToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="care-statistics-2027-05-01-2027-05-31.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines.slice(0, 3)).toEqual(["表 1、新移民關懷訪視系統登錄案件別(116/5/1-116/5/31)", TABLE_ONE_HEADINGS.join(","), TABLE_ONE_COUNTS.join(",")]);
    expect(lines).toContain("116年5月1日至116年5月31日，共登錄 3 件，前往關懷訪視者 1 件（家訪或電訪）；需轉介機關協助者共 3 件，含社會局 1 件、衛生局 1 件、勞動局 0 件、教育局 0 件、民政局 1 件。");
    expect(lines).toEqual(expect.arrayContaining(["前往關懷訪視（家訪或電訪）,1", "轉介社會局,1", "轉介衛生局,1", "轉介勞動局,0", "轉介教育局,0", "轉介民政局,1", "轉介合計,3"]));
    expect(lines).toEqual(expect.arrayContaining(["每月登錄及前往關懷訪視件數(116/5-116/5)", "月份,登錄件數,前往關懷訪視件數", "116/5,3,1"]));
    // Issue #10: each agency's referrals by where they stand (A10), summing to its referral figure.
    const outcomes = lines.indexOf("各機關受理轉介之處理情形(116年5月1日至116年5月31日)");
    expect(lines.slice(outcomes + 1, outcomes + 7)).toEqual([
      "受轉介機關,待受理,服務中,已結案,合計",
      "社會局,0,1,0,1",
      "衛生局,0,1,0,1",
      "勞動局,0,0,0,0",
      "教育局,0,0,0,0",
      "民政局,0,1,0,1",
    ]);
    // Issue #12: programme B's section (May: the notices of 5/3, the steps due in May — the 7-day and 10-day ones, the referrals of 5/3).
    const section = (title: string, rows: number): string[] => lines.slice(lines.indexOf(title) + 1, lines.indexOf(title) + 1 + rows);
    expect(section("六歲以下弱勢兒童主動關懷方案：各類別兒童數（116年5月1日至116年5月31日；一名兒童符合二類別者各計一次）", 10)).toEqual([
      "類別,件數",
      "(1) 戶政機關逕為出生登記者,3",
      "(2) 戶政機關逕遷戶籍至戶政事務所者,0",
      "(3) 逾期未完成預防接種者,0",
      "(4) 未納入全民健保逾一年者,0",
      "(5) 國小新生未依規定入學者,0",
      "(6) 矯正機關收容人子女,0",
      "(7) 父或母為未滿20歲者,1",
      "(8) 領有精神或智能類身心障礙證明之低收入戶及中低收入戶之子女,0",
      "合計,4",
    ]);
    expect(section("六歲以下弱勢兒童主動關懷方案：通知社政單位前排除之件數（116年5月1日至116年5月31日）", 5)).toEqual(["排除原因,件數", "已出境,1", "篩檢日已滿7歲,2", "已有服務體系之家戶,0", "合計,3"]);
    expect(section("六歲以下弱勢兒童主動關懷方案：社政單位關懷個案之處理狀態（116年5月1日至116年5月31日）", 5)).toEqual(["個案狀態,件數", "處理中,2", "送結案審查,0", "已結案,1", "合計,3"]);
    expect(section("六歲以下弱勢兒童主動關懷方案：衛生單位轉介社政單位之條件（116年5月1日至116年5月31日）", 6)).toEqual([
      "轉介條件,件數",
      "(1) 訪視初步評估疑似兒童保護情事,2",
      "(2) 脆弱家庭平台服務中或列為行方不明,0",
      "(3) 家長拒絕接種且拒簽聲明書,1",
      "(4) 查無個案且無居住事實,0",
      "合計,3",
    ]);
    expect(section("六歲以下弱勢兒童主動關懷方案：各單位期限達成情形（116年5月1日至116年5月31日，依到期月份）", 7)).toEqual([
      "期限,單位,如期完成,逾期完成,逾期未完成,尚未到期,合計,如期率",
      "員警7日內完成訪查,大安分局,0,0,1,0,1,0.0%",
      "員警7日內完成訪查,中正第一分局,1,0,0,0,1,100.0%",
      "員警7日內完成訪查,中正第二分局,1,0,0,0,1,100.0%",
      "社政單位10日內查訪,社會局南區關懷據點,0,0,1,0,1,0.0%",
      "社政單位10日內查訪,社會局西區關懷據點,1,1,0,0,2,50.0%",
      "",
    ]);
  });

  it("should give the district offices' follow-up reply (due in June) one row of the per-unit section, all offices together (B2, B9, B12)", async () => {
    const response = await download({ from: "2027-06-01", to: "2027-06-30", format: "csv" }, analystToken);
    expect(response.status).toBe(200);
    const lines = (await response.text()).split("\r\n");
    // fu1 (中正區) replied on 5/5, fu2 (大安區) never: tests/support/programme-b-statistics.ts.
    expect(lines.filter((line) => line.startsWith("里幹事追蹤回復（1個月）,"))).toEqual(["里幹事追蹤回復（1個月）,各區公所,1,0,1,0,2,50.0%"]);
  });

  it("should give a workbook whose cells are numbers, one worksheet per table", async () => {
    const response = await download({ ...MAY, format: "xlsx" }, analystToken);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "表1 登錄案件別", "訪視及轉介", "每月登錄及訪視", "轉介處理情形",
      // Issue #12: programme B's section.
      "主動關懷類別", "排除原因", "個案狀態", "催種轉介條件", "各單位期限達成",
    ]);
    const tableOne = workbook.getWorksheet("表1 登錄案件別");
    expect(tableOne?.getRow(1).getCell(1).value).toBe("表 1、新移民關懷訪視系統登錄案件別(116/5/1-116/5/31)");
    expect((tableOne?.getRow(2).values as unknown[]).slice(1)).toEqual(TABLE_ONE_HEADINGS);
    expect((tableOne?.getRow(3).values as unknown[]).slice(1)).toEqual(["件數", 0, 1, 0, 0, 2, 0, 0, 0, 3]);
    expect((workbook.getWorksheet("每月登錄及訪視")?.getRow(3).values as unknown[]).slice(1)).toEqual(["116/5", 3, 1]);
    expect((workbook.getWorksheet("主動關懷類別")?.getRow(3).values as unknown[]).slice(1)).toEqual(["(1) 戶政機關逕為出生登記者", 3]);
    expect((workbook.getWorksheet("各單位期限達成")?.getRow(4).values as unknown[]).slice(1)).toEqual(["員警7日內完成訪查", "中正第一分局", 1, 0, 0, 0, 1, "100.0%"]);
  });

  it("should draw the monthly series as an SVG chart in the HTML report, with the tables beside it", async () => {
    const response = await download({ ...MAY, format: "html" }, analystToken);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>表 1、新移民關懷訪視系統登錄案件別(116/5/1-116/5/31)</title>");
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? "";
    // Drawn by ECharts (its SVG renderer): axes and lines are paths, the legend names both series.
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain("<path");
    expect(svg).toContain("登錄件數");
    expect(svg).toContain("前往關懷訪視件數");
    expect(html).toContain("<tr><th>件數</th><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>");
    expect(html).toContain("<h2>六歲以下弱勢兒童主動關懷方案：各單位期限達成情形（116年5月1日至116年5月31日，依到期月份）</h2>");
    expect(html).not.toContain("<script");
  });

  it("should print small counts as withheld with the note, never as their value, under the default k", async () => {
    delete process.env.STATISTICS_MIN_CELL;
    const response = await download({ ...MAY, format: "csv" }, analystToken);
    // fetch's text() drops the BOM, which the first test checks is there.
    const lines = (await response.text()).split("\r\n");
    // 1 marriage and 2 moves are below k = 3; zeros are not persons and show; the total of 3 shows,
    // and with two cells withheld it cannot give either back.
    expect(lines[2]).toBe("件數,0,＊,0,0,＊,0,0,0,3");
    expect(lines).toContain("轉介社會局,＊");
    // Issue #12: programme B's small counts too (1 teen parent's child; the 3 born ex officio withheld with it, the total of 4 shown).
    expect(lines).toEqual(expect.arrayContaining(["(1) 戶政機關逕為出生登記者,＊", "(7) 父或母為未滿20歲者,＊", "合計,4"]));
    expect(lines).toContain("＊：件數過少，為保護個人資料不予公布（含為避免由合計推算而一併不公布者）。");
  });

  it("should write the same file from npm run report, signed as the analyst with the development key", async () => {
    const out = join(directory, "may.csv");
    const file = await runReport({ ...MAY, format: "csv", out, gateway: platform.gatewayUrl });
    expect(file).toBe(out);
    const written = await readFile(out, "utf8");
    expect(written.slice(1).split("\r\n")[2]).toBe(TABLE_ONE_COUNTS.join(","));
  });

  it("should refuse every role but the analyst, a missing token, a bad format and a bad date, with the code and no file", async () => {
    const cases: [Record<string, string>, string | undefined, number, string][] = [
      [{ ...MAY, format: "csv" }, await tokenFor(Role.DISTRICT_CASE_OFFICER, "63000050"), 403, "FORBIDDEN"],
      [{ ...MAY, format: "csv" }, await tokenFor(Role.AUDITOR), 403, "FORBIDDEN"],
      [{ ...MAY, format: "csv" }, undefined, 401, "UNAUTHENTICATED"],
      [{ ...MAY, format: "pdf" }, analystToken, 400, "BAD_USER_INPUT"],
      [{ from: "116-05-01", to: MAY.to, format: "csv" }, analystToken, 400, "BAD_USER_INPUT"],
      [{ to: MAY.to, format: "xlsx" }, analystToken, 400, "BAD_USER_INPUT"],
    ];
    for (const [query, token, status, code] of cases) {
      const response = await download(query, token);
      expect({ query, status: response.status, type: response.headers.get("content-type") }).toEqual({ query, status, type: "application/json; charset=utf-8" });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe(code);
    }
    const out = join(directory, "refused.csv");
    await expect(runReport({ ...MAY, format: "csv", out, gateway: platform.gatewayUrl, token: await tokenFor(Role.SOCIAL_WORKER) })).rejects.toThrow(/^FORBIDDEN: /);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});
