import { SeededRandom } from "../../scripts/demo-data/random";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { setFakeNow } from "../../shared/clock";
import { launchBrowser, screenshot, TestBrowser } from "../support/browser";
import { newPage, seriousViolations, signIn } from "../support/console-session";
import { handOverAndDeliver, recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #11, first screens, in a real browser (Debian's chromium) through the console server, the
 * gateway and the subgraphs: the development sign-in, the district's inbox with a case that the
 * test hands over, each role's own menu, and axe-core with no serious violation on each screen.
 */
describe("the agency console in Chromium (issue #11)", () => {
  let platform: TestPlatform;
  let consoleServer: ConsoleServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    platform = await startTestPlatform({ persons: 10, seed: "console" });
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
    expect(await page.getByRole("navigation", { name: "功能選單" }).getByRole("link").allTextContents()).toEqual(["列管待辦", "簽收交接清冊", "派案", "訪視紀錄核章", "協助事項", "個案總覽"]);
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

  it("should give another district's officer none of it, and the village officer a menu of their own", async () => {
    const other = await signIn(browser, consoleServer.url, { role: "區公所人文課", org: "大安區公所" });
    await other.getByText("目前沒有待辦案件。").waitFor();
    await other.close();
    const villageOfficer = await signIn(browser, consoleServer.url, { role: "里幹事", org: "中正區公所", villages: ["文北里"] });
    await villageOfficer.getByRole("heading", { name: "我的訪視（依期限）" }).waitFor();
    expect(await villageOfficer.getByRole("navigation", { name: "功能選單" }).getByRole("link").allTextContents()).toEqual(["我的訪視", "訪視作業", "個案總覽"]);
    await screenshot(villageOfficer, "03-village-officer");
    await villageOfficer.close();
  });
});
