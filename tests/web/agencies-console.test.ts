import { join } from "path";
import { Page } from "playwright-core";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { ARTEFACTS, launchBrowser, screenshot, TestBrowser } from "../support/browser";
import { createVisitedCase, VisitedCase } from "../support/case-fixture";
import { navLinks, seriousViolations, SignInAs, signIn } from "../support/console-session";
import { dataOf } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";

const ZHONGZHENG = "63000050";
const DAAN = "63000030";
const DISPATCH = "outbox-dispatch";
/** A Monday in Taipei: the platform's and the browser's clock both (the forms' dates default to today). */
const NOW = new Date("2026-11-16T10:00:00+08:00");
const TODAY_ROC = "民國 115/11/16";

const socialWorker = { role: Role.SOCIAL_WORKER, org: carePointUnitOf(ZHONGZHENG) };
const districtOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };

/**
 * Issue #11, the receiving agencies' screens in Chromium through the console server, the gateway
 * and the subgraphs (A9, A10, A11, D3): cases referred by filing 附件4 (tests/support/case-fixture),
 * then each agency's caseworker on screen — the social worker accepts, records a service and
 * closes, and the district's case closes with it; the health nurses and the partner agencies'
 * officers each see only their own referrals; 民政局's officer accepts its own case and refers it
 * onward. axe-core finds no serious violation on any screen.
 */
describe("the receiving agencies' console in Chromium (issue #11)", () => {
  let platform: TestPlatform;
  let consoleServer: ConsoleServer;
  let browser: TestBrowser;
  /** Only 社會局's box ticked: its referral is the case's last part (A10, D3). */
  let socialOnly: VisitedCase;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    platform = await startTestPlatform({ persons: 10, seed: "agencies-console" });
    setFakeNow(NOW);
    socialOnly = await createVisitedCase(platform, ZHONGZHENG, "文北里", "agencies-social", { needs: ["SOCIAL_WELFARE_BUREAU"] });
    await createVisitedCase(platform, ZHONGZHENG, "文北里", "agencies-zhongzheng", { needs: ["HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU"] });
    await createVisitedCase(platform, DAAN, "古莊里", "agencies-daan", { needs: ["HEALTH_BUREAU", "EDUCATION_BUREAU"] });
    // D3: the district's dispatcher delivers the referrals filing sent.
    await platform.runJob("district", DISPATCH);
    consoleServer = await startConsoleServer({ port: 0, gatewayUrl: new URL(platform.gatewayUrl).origin });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    setFakeNow(null);
    await browser?.close();
    await consoleServer?.close();
    await platform?.stop();
  });

  /** Signs in with the browser's clock at the platform's fake now. */
  async function signInAt(as: SignInAs): Promise<Page> {
    const page = await signIn(browser, consoleServer.url, as);
    await page.clock.setFixedTime(NOW);
    return page;
  }

  async function referralRows(page: Page): Promise<string[]> {
    await page.getByRole("heading", { name: /轉介案件$/ }).waitFor();
    await page.getByText(/共 \d+ 件/).waitFor();
    return page.getByRole("table", { name: "轉介案件" }).getByRole("row").filter({ hasNot: page.getByRole("columnheader") }).allTextContents();
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    // Axe reads the styles of the moment: the pointer left on the last link clicked is not the screen's state.
    await page.mouse.move(0, 0);
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
  }

  it("should tell the social worker a referral arrived and keep it seen once marked", async () => {
    const page = await signInAt({ role: "社工", org: "西區關懷據點" });
    expect(await navLinks(page)).toEqual(["轉介案件", "通知", "兒童關懷個案", "篩除名單", "個案總覽"]);
    await page.getByRole("link", { name: "通知" }).click();
    const table = page.getByRole("table", { name: "通知" });
    await table.waitFor();
    expect(await table.getByRole("row").filter({ hasNot: page.getByRole("columnheader") }).allTextContents()).toEqual([
      "未讀新轉介案件送達民國 115/11/16 10:00開啟轉介標示已讀",
    ]);
    await expectAccessible(page, "agencies-01-social-notifications");
    await page.getByRole("button", { name: "全部標示為已讀" }).click();
    await page.getByText("未讀 0 則").waitFor();
    expect(await table.getByRole("row").filter({ hasNot: page.getByRole("columnheader") }).allTextContents()).toEqual(["已讀新轉介案件送達民國 115/11/16 10:00開啟轉介"]);
    const unseen = dataOf(await platform.query<{ socialNotifications: unknown[] }>(`{ socialNotifications(unseenOnly: true) { id } }`, socialWorker));
    expect(unseen.socialNotifications).toEqual([]);
    await page.close();
  });

  it("should let the social worker accept, record a service and close, and close the district's case with its last referral (A10, D3)", async () => {
    const page = await signInAt({ role: "社工", org: "西區關懷據點" });
    expect(await referralRows(page)).toEqual([`接案評估（A10）阮氏梅家庭及人際關係中正區公所${TODAY_ROC}0 次開啟`]);
    await expectAccessible(page, "agencies-02-social-inbox");

    await page.getByRole("button", { name: "開啟 阮氏梅 的轉介" }).click();
    await page.getByRole("heading", { name: "轉介案件：阮氏梅" }).waitFor();
    const facts = page.getByRole("table", { name: "轉介內容" });
    await expect(facts.getByRole("row", { name: /受轉介者/ }).textContent()).resolves.toBe("受轉介者阮氏梅");
    await expect(facts.getByRole("row", { name: /聯絡電話/ }).textContent()).resolves.toBe("聯絡電話0912-345-678");
    await expect(facts.getByRole("row", { name: /轉介需求/ }).textContent()).resolves.toBe("轉介需求家庭及人際關係");
    await expectAccessible(page, "agencies-03-social-referral");

    // The form checks as the user types: nothing is sent without a summary and a name.
    const accept = page.getByRole("form", { name: "接案（首次評估）" });
    await accept.getByRole("button", { name: "接案並記錄評估" }).click();
    await accept.getByText("請填寫服務摘要。").waitFor();
    await accept.getByLabel("服務摘要").fill("電話評估家庭關係，約定家訪");
    await accept.getByLabel("社工姓名").fill("林社工");
    await accept.getByLabel("服務方式").first().click();
    await page.getByRole("option", { name: "家庭訪視" }).click();
    await accept.getByRole("button", { name: "接案並記錄評估" }).click();
    const services = page.getByRole("table", { name: "服務紀錄" });
    await services.waitFor();
    expect(await services.getByRole("row").filter({ hasNot: page.getByRole("columnheader") }).allTextContents()).toEqual([`${TODAY_ROC}家庭訪視電話評估家庭關係，約定家訪林社工`]);
    await expect(facts.getByRole("row", { name: /案件狀態/ }).textContent()).resolves.toBe("案件狀態服務中");

    await page.getByRole("button", { name: "結案並回報區公所" }).click();
    await page.getByRole("status").filter({ hasText: "已結案" }).waitFor();
    await expectAccessible(page, "agencies-04-social-closed");

    // The server's state, through the gateway: the service as typed, the referral closed today.
    const { socialReferral } = dataOf(
      await platform.query<{ socialReferral: { status: string; closedOn: string; services: { mode: string; summary: string; socialWorkerName: string }[] } }>(
        `query($id: ID!) { socialReferral(id: $id) { status closedOn services { mode summary socialWorkerName } } }`,
        { ...socialWorker, variables: { id: (await referralIdsOf(socialOnly)).social } },
      ),
    );
    expect(socialReferral).toEqual({ status: "CLOSED", closedOn: "2026-11-16", services: [{ mode: "HOME_VISIT", summary: "電話評估家庭關係，約定家訪", socialWorkerName: "林社工" }] });
    // D3: social's outbox reports the closing; the last part closed closes the district's case.
    await platform.runJob("social", DISPATCH);
    const { careCase } = dataOf(
      await platform.query<{ careCase: { status: string; closure: string; closedOn: string } }>(`query($id: ID!) { careCase(id: $id) { status closure closedOn } }`, {
        ...districtOfficer,
        variables: { id: socialOnly.careCaseId },
      }),
    );
    expect(careCase).toEqual({ status: "CLOSED", closure: "REFERRALS_CLOSED", closedOn: "2026-11-16" });

    await page.getByRole("button", { name: "返回列表" }).click();
    await page.getByText("目前沒有待接案或服務中的轉介。").waitFor();
    await page.close();
  });

  it("should show each health nurse only the referrals of the centre's own district", async () => {
    const zhongzheng = await signInAt({ role: "公衛護士", org: "中正區健康服務中心" });
    expect(await referralRows(zhongzheng)).toEqual([`接案評估（A10）阮氏梅生育前後衛教中正區公所${TODAY_ROC}0 次開啟`]);
    await expectAccessible(zhongzheng, "agencies-05-health-inbox");
    await zhongzheng.close();
    const daan = await signInAt({ role: "公衛護士", org: "大安區健康服務中心" });
    expect(await referralRows(daan)).toEqual([`接案評估（A10）阮氏梅生育前後衛教大安區公所${TODAY_ROC}0 次開啟`]);
    await daan.close();
  });

  it("should let a 健康服務中心 transfer a referral to the 社區心理衛生中心, which then serves it and the centre no longer sees it (A10)", async () => {
    const daan = await signInAt({ role: "公衛護士", org: "大安區健康服務中心" });
    await referralRows(daan);
    await daan.getByRole("button", { name: "開啟 阮氏梅 的轉介" }).click();
    const transfer = daan.getByRole("form", { name: "移轉至社區心理衛生中心" });
    await transfer.getByLabel("移轉原因").fill("產後憂鬱，符合社區心理衛生中心收案標準");
    await transfer.getByRole("button", { name: "移轉", exact: true }).click();
    await daan.getByRole("alert").filter({ hasText: "此轉介已不在本單位的服務範圍" }).waitFor();
    await daan.getByRole("button", { name: "返回列表" }).click();
    await daan.getByText("目前沒有待接案或服務中的轉介。").waitFor();
    await daan.close();

    const centre = await signInAt({ role: "公衛護士", org: "社區心理衛生中心" });
    expect(await referralRows(centre)).toEqual([`接案評估（A10）阮氏梅生育前後衛教大安區公所${TODAY_ROC}0 次開啟`]);
    await centre.getByRole("button", { name: "開啟 阮氏梅 的轉介" }).click();
    const moves = centre.getByRole("table", { name: "移轉紀錄" });
    await moves.waitFor();
    expect(await moves.getByRole("row").filter({ hasNot: centre.getByRole("columnheader") }).allTextContents()).toEqual([
      `${TODAY_ROC}健康服務中心社區心理衛生中心產後憂鬱，符合社區心理衛生中心收案標準`,
    ]);
    await expectAccessible(centre, "agencies-06-health-transferred");
    await centre.close();
  });

  it("should show each partner agency's officer only the agency's own referrals", async () => {
    const labour = await signInAt({ role: "合作機關承辦人（勞動局、教育局）", org: "臺北市政府勞動局" });
    expect(await referralRows(labour)).toEqual([`接案評估（A10）阮氏梅就業中正區公所${TODAY_ROC}0 次開啟`]);
    await expectAccessible(labour, "agencies-07-partner-inbox");
    await labour.close();
    const education = await signInAt({ role: "合作機關承辦人（勞動局、教育局）", org: "臺北市政府教育局" });
    expect(await referralRows(education)).toEqual([`接案評估（A10）阮氏梅就學大安區公所${TODAY_ROC}0 次開啟`]);
    await education.close();
  });

  it("should show a refusal on the form when the referral closed behind the screen, and write nothing (CONFLICT)", async () => {
    const education = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.education-bureau" };
    const page = await signInAt({ role: "合作機關承辦人（勞動局、教育局）", org: "臺北市政府教育局" });
    await referralRows(page);
    await page.getByRole("button", { name: "開啟 阮氏梅 的轉介" }).click();
    const accept = page.getByRole("form", { name: "接案（首次評估）" });
    await accept.waitFor();
    // A colleague closes the referral (through the gateway) while the screen still shows it open.
    const { partnerReferrals } = dataOf(await platform.query<{ partnerReferrals: { edges: { node: { id: string } }[] } }>(`{ partnerReferrals(first: 5) { edges { node { id } } } }`, education));
    const [referralId] = partnerReferrals.edges.map((edge) => edge.node.id);
    dataOf(await platform.query(`mutation($id: ID!) { closePartnerReferral(referralId: $id, closedOn: "2026-11-16") { id } }`, { ...education, variables: { id: referralId } }));

    await accept.getByLabel("服務摘要").fill("電話聯繫就學事宜");
    await accept.getByLabel("承辦人姓名").fill("輔導員戊");
    await accept.getByRole("button", { name: "接案並記錄評估" }).click();
    await accept.getByRole("alert").filter({ hasText: "此轉介已結案或已記錄過，無法再次寫入。" }).waitFor();
    await expectAccessible(page, "agencies-08-partner-refused");
    const { partnerReferral } = dataOf(
      await platform.query<{ partnerReferral: { status: string; services: unknown[] } }>(`query($id: ID!) { partnerReferral(id: $id) { status services { id } } }`, { ...education, variables: { id: referralId } }),
    );
    expect(partnerReferral).toEqual({ status: "CLOSED", services: [] });
    await page.close();
  });

  it("should let 民政局's officer accept its own case, refer it onward and record the outcome (A11)", async () => {
    const page = await signInAt({ role: "民政局承辦人", org: "臺北市政府" });
    expect(await referralRows(page)).toEqual([`接案評估（A10）阮氏梅通譯協助中正區公所${TODAY_ROC}0 次開啟`]);
    await expectAccessible(page, "agencies-09-civil-affairs-inbox");
    await page.getByRole("button", { name: "開啟 阮氏梅 的轉介" }).click();
    await page.getByText("尚未轉介其他單位。").waitFor();

    const accept = page.getByRole("form", { name: "接案（首次評估）" });
    await accept.getByLabel("服務摘要").fill("安排越南語通譯");
    await accept.getByLabel("承辦人姓名").fill("陳承辦");
    await accept.getByRole("button", { name: "接案並記錄評估" }).click();
    await page.getByRole("form", { name: "記錄服務（通報處理情形）" }).waitFor();

    const onward = page.getByRole("form", { name: "轉介其他單位" });
    await onward.getByRole("button", { name: "轉介", exact: true }).click();
    await onward.getByText("請選擇轉介單位。").waitFor();
    await onward.getByLabel("轉介單位").first().click();
    // C1: the targets are the central agencies and NGOs of Taipei's directory in force, by the names it prints.
    await page.getByRole("option", { name: "移民署（中央權責機關）" }).click();
    await onward.getByLabel("轉介說明").fill("居留證件疑義");
    await onward.getByRole("button", { name: "轉介", exact: true }).click();
    const history = page.getByRole("table", { name: "轉介其他單位紀錄" });
    await history.waitFor();
    expect(await history.getByRole("row").filter({ hasNot: page.getByRole("columnheader") }).allTextContents()).toEqual([`移民署中央權責機關${TODAY_ROC}居留證件疑義待回覆`]);
    await expectAccessible(page, "agencies-10-civil-affairs-onward");

    const outcome = page.getByRole("form", { name: "移民署處理結果" });
    await outcome.getByLabel("移民署處理結果").fill("移民署已協助換證");
    await outcome.getByRole("button", { name: "記錄處理結果" }).click();
    await history.getByText(`移民署已協助換證（${TODAY_ROC}）`).waitFor();
    // The README's picture of the onward referrals: the window as the officer sees it, scrolled to them.
    await history.evaluate((table) => table.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: join(ARTEFACTS, "agencies-11-civil-affairs-onward-view.png") });

    const { civilAffairsReferrals } = dataOf(
      await platform.query<{ civilAffairsReferrals: { edges: { node: { status: string; onwardReferrals: unknown[] } }[] } }>(
        `{ civilAffairsReferrals(first: 10) { edges { node { status onwardReferrals { target targetKind referredOn note outcome outcomeOn } } } } }`,
        { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG },
      ),
    );
    expect(civilAffairsReferrals.edges.map((edge) => edge.node)).toEqual([
      {
        status: "IN_SERVICE",
        onwardReferrals: [
          { target: "taipei.national-immigration-agency", targetKind: "CENTRAL_AGENCY", referredOn: "2026-11-16", note: "居留證件疑義", outcome: "移民署已協助換證", outcomeOn: "2026-11-16" },
        ],
      },
    ]);
    await page.close();
  });

  /** The receivers' ids of a case's referrals, as the district reads them on its case (D3). */
  async function referralIdsOf(visited: VisitedCase): Promise<{ social: string }> {
    const { careCase } = dataOf(
      await platform.query<{ careCase: { socialReferrals: { id: string }[] } }>(`query($id: ID!) { careCase(id: $id) { socialReferrals { id } } }`, {
        ...districtOfficer,
        variables: { id: visited.careCaseId },
      }),
    );
    return { social: careCase.socialReferrals[0].id };
  }
});
