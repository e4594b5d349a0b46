import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { startConsoleServer } from "../../scripts/platform/console-server";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { launchBrowser, screenshot } from "../support/browser";
import { pickMonth, seriousViolations, signIn } from "../support/console-session";
import { setEnv } from "../support/env";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { buildSeed001, SEED_001 } from "../support/seed-001";
import { aggregateStatistics } from "../support/statistics-work";
import { tokenFor } from "../support/tokens";

/**
 * Issue #10, proof: seed 001's data set, built through the services behind the mutations, and the
 * analyst's report over it reproduces A12's figures to the case (table 1's case types, 17,974
 * recorded, 10,654 visited, 531 referrals received by social and 29 by health). The expectations are
 * the seed's numbers, written here, not the code's. SEED_001_SCALE (0–1] runs a proportional slice;
 * 1 is the whole seed, which the exact A12 totals below check. The build goes through the services'
 * set-based entry points (issue #10: recordRegistrations, recordVisitAttempts, a ledger's intake and
 * acknowledgement set-based, signVisitRecordLevels). Measured 2026-12-02 on the shared 2-core
 * machine (README, "Proof"): the whole seed in ~80 s on either database (92 s on PGlite at load
 * 10–14), half of it in ~60 s (its per-ledger and per-month costs do not shrink with the scale).
 * The whole seed costs only ~20 s more than half of it, and only the whole seed proves A12, so CI
 * runs the whole seed on both databases (the default); SEED_001_SCALE=0.05 for a quick slice while
 * working. Issue #11's check of the console's 民政局統計
 * on the same fixture is the last test here, in Chromium: one build for both (the build is most of
 * either test's time).
 */
const SCALE = Number(process.env.SEED_001_SCALE ?? "1");
const AFTER_THE_PERIOD = new Date("2019-01-02T09:00:00+08:00");

const A12_TABLE_1: Record<string, number> = {
  BIRTH: 3283,
  MARRIAGE: 5898,
  DIVORCE: 1404,
  DEATH: 270,
  MOVE: 4052,
  ADOPTION: 48,
  FIRST_REGISTRATION: 544,
  OTHER: 2475,
};

interface Report {
  careStatistics: {
    casesRecorded: { total: { count: number | null }; cells: { caseType: string; count: number | null; suppressed: boolean }[] };
    casesVisited: { total: { count: number | null } };
    consentDecisions: { totals: { decision: string | null; count: number | null }[] };
  };
}

describe("seed 001 reproduced through the platform (issue #10, A12)", () => {
  let platform: TestPlatform;
  let built: Awaited<ReturnType<typeof buildSeed001>>;

  let restoreEnv: () => void = () => undefined;

  beforeAll(async () => {
    // The seed's smallest cell (adoption, 48) is far above k; a slice's may not be, and suppression has its own tests.
    restoreEnv = setEnv(SCALE < 1 ? { STATISTICS_MIN_CELL: "1" } : {});
    platform = await startTestPlatform({ persons: 2, seed: "seed-001" });
    // After the period: no date of the seed is in the future.
    setFakeNow(AFTER_THE_PERIOD);
    const started = Date.now();
    built = await buildSeed001(platform, SCALE);
    await aggregateStatistics(platform);
    process.stdout.write(`seed 001 (scale ${SCALE}, ${platform.database}): built and aggregated in ${Date.now() - started} ms (${JSON.stringify(built.phases)})\n`);
  }, 900_000);

  afterAll(async () => {
    restoreEnv();
    setFakeNow(null);
    await platform.stop();
  });

  it("should reproduce table 1 (cases recorded by case type) and the visited count", async () => {
    const response = await platform.query<Report>(
      `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to, groupBy: [CASE_TYPE]) {
        casesRecorded { total { count } cells { caseType count suppressed } }
        casesVisited { total { count } }
        consentDecisions { totals { decision count } }
      } }`,
      { role: Role.CIVIL_AFFAIRS_ANALYST, variables: { from: SEED_001.from, to: SEED_001.to } },
    );
    expect(response.errors).toBeUndefined();
    const report = response.data?.careStatistics;
    const expected = Object.fromEntries(
      Object.entries(A12_TABLE_1)
        .map(([caseType, count]) => [caseType, Math.round(count * SCALE)] as const)
        .filter(([, count]) => count > 0),
    );
    expect(Object.fromEntries((report?.casesRecorded.cells ?? []).map((cell) => [cell.caseType, cell.count]))).toEqual(expected);
    expect(built.recorded).toEqual(expected);
    if (SCALE === 1) {
      expect(report?.casesRecorded.total.count).toBe(17974);
      expect(report?.casesVisited.total.count).toBe(10654);
    } else {
      expect(report?.casesVisited.total.count).toBe(Math.round(10654 * SCALE));
    }
    // R6: declined cases are recorded, not visited; every visited case consented (home or phone).
    const decisions = Object.fromEntries((report?.consentDecisions.totals ?? []).filter((cell) => cell.decision !== null).map((cell) => [cell.decision, cell.count]));
    expect((decisions.HOME_VISIT ?? 0) + (decisions.PHONE_VISIT ?? 0)).toBe(report?.casesVisited.total.count);
    expect((decisions.DECLINED ?? 0) + (report?.casesVisited.total.count ?? 0)).toBe(report?.casesRecorded.total.count);
  });

  it("should count the referrals each agency received, per agency (A12: 531 social, 29 health, 53 labour, 20 education, 7 civil affairs)", async () => {
    const response = await platform.query<{ careStatistics: Record<string, { total: { count: number | null }; cells: { need: string | null; count: number | null }[] }> }>(
      `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to, groupBy: [NEED]) {
        socialReferralsReceived { total { count } }
        healthReferralsReceived { total { count } }
        civilAffairsReferralsReceived { total { count } }
        socialReferralNeeds { cells { need count } }
        healthReferralNeeds { cells { need count } }
      } }`,
      { role: Role.CIVIL_AFFAIRS_ANALYST, variables: { from: SEED_001.from, to: SEED_001.to } },
    );
    expect(response.errors).toBeUndefined();
    const report = response.data?.careStatistics;
    const expected = {
      social: Math.round(531 * SCALE),
      health: Math.round(29 * SCALE),
      labour: Math.round(53 * SCALE),
      education: Math.round(20 * SCALE),
      civilAffairs: Math.round(7 * SCALE),
    };
    expect(built.referred).toEqual(expected);
    expect(report?.socialReferralsReceived.total.count).toBe(expected.social);
    expect(report?.healthReferralsReceived.total.count).toBe(expected.health);
    expect(report?.civilAffairsReferralsReceived.total.count).toBe(expected.civilAffairs);
    const needs = (agency: string): Record<string, number | null> => Object.fromEntries((report?.[`${agency}ReferralNeeds`].cells ?? []).map((cell) => [cell.need, cell.count]));
    expect(needs("social")).toEqual(built.needs.social);
    expect(needs("health")).toEqual(built.needs.health);
    // 勞動局 and 教育局 are received for them by 民政局's subgraph; by UNIT, each agency apart.
    const partners = await platform.query<{ careStatistics: { partnerReferralsReceived: { cells: { unit: string; count: number | null }[] } } }>(
      `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to, groupBy: [UNIT]) { partnerReferralsReceived { cells { unit count } } } }`,
      { role: Role.CIVIL_AFFAIRS_ANALYST, variables: { from: SEED_001.from, to: SEED_001.to } },
    );
    expect(partners.errors).toBeUndefined();
    expect(partners.data?.careStatistics.partnerReferralsReceived.cells).toEqual(
      [
        { unit: "taipei.education-bureau", count: expected.education },
        { unit: "taipei.labour-bureau", count: expected.labour },
      ].filter((cell) => cell.count > 0),
    );
  });

  it("should give every referral's outcome: none accepted yet, as the build leaves them (A10: RECEIVED until a first contact)", async () => {
    const response = await platform.query<{ careStatistics: Record<string, { cells: { unit?: string; status: string; count: number | null }[] }> }>(
      `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to, groupBy: [UNIT]) {
        socialReferralOutcomes { cells { status count } total { count } }
        healthReferralOutcomes { cells { status count } }
        civilAffairsReferralOutcomes { cells { status count } }
        partnerReferralOutcomes { cells { unit status count } }
      } }`,
      { role: Role.CIVIL_AFFAIRS_ANALYST, variables: { from: SEED_001.from, to: SEED_001.to } },
    );
    expect(response.errors).toBeUndefined();
    const report = response.data?.careStatistics;
    const received = (count: number): { status: string; count: number }[] => (count > 0 ? [{ status: "RECEIVED", count }] : []);
    const byStatus = (field: string): Record<string, number | null> => {
      const counts: Record<string, number> = {};
      for (const cell of report?.[field].cells ?? []) {
        counts[cell.status] = (counts[cell.status] ?? 0) + (cell.count ?? 0);
      }
      return counts;
    };
    // By UNIT the social and health cells split over the units; summed by status they are the agency's referrals.
    expect(Object.entries(byStatus("socialReferralOutcomes")).map(([status, count]) => ({ status, count }))).toEqual(received(Math.round(531 * SCALE)));
    expect(Object.entries(byStatus("healthReferralOutcomes")).map(([status, count]) => ({ status, count }))).toEqual(received(Math.round(29 * SCALE)));
    expect(report?.civilAffairsReferralOutcomes.cells).toEqual(received(Math.round(7 * SCALE)));
    expect(report?.partnerReferralOutcomes.cells).toEqual(
      [
        { unit: "taipei.education-bureau", status: "RECEIVED", count: Math.round(20 * SCALE) },
        { unit: "taipei.labour-bureau", status: "RECEIVED", count: Math.round(53 * SCALE) },
      ].filter((cell) => cell.count > 0),
    );
  });

  it("should print the report's table 1 in seed 001's layout, title in ROC dates, from the gateway's download", async () => {
    const url = new URL("/reports/care-statistics", platform.gatewayUrl);
    url.search = new URLSearchParams({ from: SEED_001.from, to: SEED_001.to, format: "csv" }).toString();
    const response = await fetch(url, { headers: { authorization: `Bearer ${await tokenFor(Role.CIVIL_AFFAIRS_ANALYST)}` } });
    expect(response.status).toBe(200);
    // fetch's text() drops the BOM (the download test checks it is there).
    const lines = (await response.text()).split("\r\n");
    const counts = [3283, 5898, 1404, 270, 4052, 48, 544, 2475].map((count) => Math.round(count * SCALE));
    expect(lines.slice(0, 3)).toEqual([
      "表 1、新移民關懷訪視系統登錄案件別(104/6/1-107/12/31)",
      "洽公項目,出生,結婚,離婚,死亡,遷徙,收養,初設戶籍,其他,合計",
      ["件數", ...counts, counts.reduce((sum, count) => sum + count, 0)].join(","),
    ]);
    if (SCALE === 1) {
      expect(lines[2]).toBe("件數,3283,5898,1404,270,4052,48,544,2475,17974");
    }
  });

  // Issue #11: the analyst chooses seed 001's period (104/6 … 107/12) on screen and table 1 shows
  // A12's figures — the seed's numbers (SEED_001), scaled to the slice as above.
  // The console's check runs on the embedded database only, as CI runs every browser test once
  // (.ci/run): on PostgreSQL the report it shows is checked by the four tests above.
  const onTheEmbeddedDatabase = process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === "" ? it : it.skip;

  onTheEmbeddedDatabase("should show seed 001's table 1 and visited count for its period on the console (issue #11, in Chromium)", async () => {
    ensureConsoleBuilt(() => undefined);
    const consoleServer = await startConsoleServer({ port: 0, gatewayUrl: new URL(platform.gatewayUrl).origin });
    const browser = await launchBrowser();
    try {
      const page = await signIn(browser, consoleServer.url, { role: "民政局統計", org: "臺北市政府", at: AFTER_THE_PERIOD });
      await page.getByRole("heading", { name: "民政局統計" }).waitFor();
      await pickMonth(page, "起始月份", 2015, 6);
      await pickMonth(page, "結束月份", 2018, 12);
      await page.getByRole("button", { name: "查詢" }).click();
      const table = page.getByRole("table", { name: "表 1、新移民關懷訪視系統登錄案件別(104/6/1-107/12/31)" });
      await table.waitFor();
      const expected = SEED_001.caseTypes.map(([, count]) => Math.round(count * SCALE));
      const total = expected.reduce((sum, count) => sum + count, 0);
      // A12 prints its figures with thousands grouped (17,974 件), and so does the console: the whole seed's are four digits and more.
      const grouped = (count: number): string => count.toLocaleString("en-US");
      expect(await table.getByRole("row").nth(1).locator("th, td").allTextContents()).toEqual(["件數", ...expected.map(grouped), grouped(total)]);
      await expect(page.getByLabel("轉介摘要").textContent()).resolves.toContain(`共登錄 ${grouped(total)} 件，前往關懷訪視者 ${grouped(Math.round(SEED_001.visited * SCALE))} 件（家訪或電訪）`);
      await screenshot(page, "seed-001-statistics");
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    } finally {
      await browser.close();
      await consoleServer.close();
    }
  });
});
