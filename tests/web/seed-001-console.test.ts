import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { setFakeNow } from "../../shared/clock";
import { launchBrowser, screenshot, TestBrowser } from "../support/browser";
import { pickMonth, seriousViolations, signIn } from "../support/console-session";
import { setEnv } from "../support/env";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { buildSeed001, SEED_001 } from "../support/seed-001";
import { aggregateStatistics } from "../support/statistics-work";

/**
 * Issue #11's test of 民政局統計 on the seed-001 fixture: the analyst chooses seed 001's period
 * (104/6 … 107/12) on screen and table 1 shows A12's figures — the seed's numbers written here
 * (SEED_001), scaled to the suite's 2% slice as tests/statistics/seed-001.test.ts scales them.
 */
const SCALE = 0.02;
const AFTER_THE_PERIOD = new Date("2019-01-02T09:00:00+08:00");

describe("民政局統計 on seed 001 in Chromium (issue #11, A12)", () => {
  let restoreMinCell: () => void = () => undefined;
  let platform: TestPlatform;
  let consoleServer: ConsoleServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    // A slice's smallest cell (adoption: 1) is under k; suppression has its own tests.
    restoreMinCell = setEnv({ STATISTICS_MIN_CELL: "1" });
    platform = await startTestPlatform({ persons: 2, seed: "seed-001-console" });
    setFakeNow(AFTER_THE_PERIOD);
    await buildSeed001(platform, SCALE);
    await aggregateStatistics(platform);
    consoleServer = await startConsoleServer({ port: 0, gatewayUrl: new URL(platform.gatewayUrl).origin });
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    restoreMinCell();
    setFakeNow(null);
    await browser?.close();
    await consoleServer?.close();
    await platform?.stop();
  });

  it("should show seed 001's table 1 and visited count for its period", async () => {
    const page = await signIn(browser, consoleServer.url, { role: "民政局統計", org: "臺北市政府", at: AFTER_THE_PERIOD });
    await page.getByRole("heading", { name: "民政局統計" }).waitFor();
    await pickMonth(page, "起始月份", 2015, 6);
    await pickMonth(page, "結束月份", 2018, 12);
    await page.getByRole("button", { name: "查詢" }).click();
    const table = page.getByRole("table", { name: "表 1、新移民關懷訪視系統登錄案件別(104/6/1-107/12/31)" });
    await table.waitFor();
    const expected = SEED_001.caseTypes.map(([, count]) => Math.round(count * SCALE));
    const total = expected.reduce((sum, count) => sum + count, 0);
    expect(await table.getByRole("row").nth(1).locator("th, td").allTextContents()).toEqual(["件數", ...expected.map(String), String(total)]);
    await expect(page.getByLabel("轉介摘要").textContent()).resolves.toContain(`共登錄 ${total} 件，前往關懷訪視者 ${Math.round(SEED_001.visited * SCALE)} 件（家訪或電訪）`);
    await screenshot(page, "seed-001-statistics");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
