import { SeededRandom } from "../../scripts/demo-data/random";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { setFakeNow } from "../../shared/clock";
import { launchBrowser, screenshot, TestBrowser } from "../support/browser";
import { navLinks, newPage, seriousViolations, signIn } from "../support/console-session";
import { clearDistrictCases, handOver } from "../support/district-work";
import { handOverAndDeliver, recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #11, first screens, in a real browser (Debian's chromium) through the console server, the
 * gateway and the subgraphs: the development sign-in, the district's inbox with a case that the
 * test hands over, each role's own menu, and axe-core with no serious violation on each screen.
 */
/**
 * Cases handed over by the paging test beside the recorded form: 26 cases, each with two steps in
 * the inbox (acknowledgement, A4; the home visit, A2), 52 rows: a page of 50 and a second of 2.
 */
const EXTRA_CASES = 25;

describe("the agency console in Chromium (issue #11)", () => {
  let platform: TestPlatform;
  let consoleServer: ConsoleServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    platform = await startTestPlatform({ persons: 10, seed: "console" });
    // The demo data's district cases removed: the inbox's rows are the test's own, counted by hand.
    await clearDistrictCases(platform);
    setFakeNow(new Date("2027-06-15T09:00:00+08:00"));
    await recordForm(platform, new SeededRandom("console-form"), "63000050", "2027-06-15", "HOME_VISIT");
    await handOverAndDeliver(platform, "63000050", "2027-06-15");
    consoleServer = await startConsoleServer({ port: 0, gatewayUrl: new URL(platform.gatewayUrl).origin });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    setFakeNow(null);
    await browser?.close();
    await consoleServer?.close();
    await platform?.stop();
  });

  it("should sign in a development role and show the sign-in without serious accessibility violations", async () => {
    const page = await newPage(browser);
    await page.goto(consoleServer.url);
    await page.getByRole("heading", { name: "新移民關懷訪視 機關作業平臺" }).waitFor();
    await screenshot(page, "01-sign-in");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("should show 人文課 its district's work by due time, the handed-over case's step in words and colour", async () => {
    const page = await signIn(browser, consoleServer.url, { role: "區公所人文課", org: "中正區公所" });
    const sent: Record<string, unknown>[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/graphql") {
        sent.push(request.postDataJSON() as Record<string, unknown>);
      }
    });
    await page.reload();
    await page.getByRole("heading", { name: "區公所列管待辦" }).waitFor();
    await page.getByRole("table").waitFor();
    const row = page.getByRole("row").filter({ hasText: "遷徙" });
    // A4: noon of the next working day after the ledger arrived (Tuesday 2027-06-15 → Wednesday), in ROC dates.
    await expect(row.first().textContent()).resolves.toBe("期限內簽收交接（A4）民國 116/06/16 12:00遷徙文北里 3鄰已交接待簽收未派案");
    expect(await page.getByLabel("登入身分").textContent()).toBe("區公所人文課（中正區公所）");
    expect(await navLinks(page)).toEqual(["列管待辦", "簽收交接清冊", "派案", "訪視紀錄核章", "協助事項", "追蹤訪查", "個案總覽"]);
    // D10: the console names its operations by their trusted-document hash, never by text.
    expect(sent.length).toBeGreaterThan(0);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(body.extensions).toMatchObject({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    }
    await screenshot(page, "02-district-inbox");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("should page the district's inbox from the server and filter it by state there (issue #11)", async () => {
    // More cases than one page of the console's lists (50), each its own ledger from the office (D3).
    for (let batch = 0; batch < EXTRA_CASES / 5; batch += 1) {
      await Promise.all(Array.from({ length: 5 }, () => handOver(platform, "63000050", "文北里")));
    }
    const page = await signIn(browser, consoleServer.url, { role: "區公所人文課", org: "中正區公所" });
    await page.getByRole("heading", { name: "區公所列管待辦" }).waitFor();
    const pager = page.getByRole("group", { name: "待辦分頁" });
    await pager.getByText("已顯示 50 件，共 52 件").waitFor();
    // The header row and the page's 50.
    expect(await page.getByRole("table").getByRole("row").count()).toBe(51);
    await pager.getByRole("button", { name: "顯示更多待辦" }).click();
    await pager.getByText("已顯示 52 件，共 52 件").waitFor();
    expect(await page.getByRole("table").getByRole("row").count()).toBe(53);
    await expect(pager.getByRole("button", { name: "顯示更多待辦" }).count()).resolves.toBe(0);
    // Every step is due tomorrow noon or within the week: none is overdue, and the server says so.
    const filter = page.getByRole("group", { name: "依期限狀態篩選" });
    await filter.getByText("逾期", { exact: true }).click();
    await page.getByText("沒有符合篩選的待辦案件。").waitFor();
    await filter.getByText("期限內", { exact: true }).click();
    await pager.getByText("已顯示 50 件，共 52 件").waitFor();
    await screenshot(page, "02b-district-inbox-paged");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("should give another district's officer none of it, and the village officer a menu of their own", async () => {
    const other = await signIn(browser, consoleServer.url, { role: "區公所人文課", org: "大安區公所" });
    await other.getByText("目前沒有待辦案件。").waitFor();
    await other.close();
    const villageOfficer = await signIn(browser, consoleServer.url, { role: "里幹事", org: "中正區公所", villages: ["文北里"] });
    await villageOfficer.getByRole("heading", { name: "我的訪視（依期限）" }).waitFor();
    expect(await navLinks(villageOfficer)).toEqual(["我的訪視", "訪視作業", "追蹤訪查", "個案總覽"]);
    await screenshot(villageOfficer, "03-village-officer");
    await villageOfficer.close();
  });
});
