import { SeededRandom } from "../../scripts/demo-data/random";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { launchBrowser, screenshot, TestBrowser } from "../support/browser";
import { seriousViolations, signIn } from "../support/console-session";
import { clearDistrictCases } from "../support/district-work";
import { dataOf, errorCodes } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { deliverServiceDirectory } from "../support/service-directory";

/**
 * Issue #11, 區公所's screens in Chromium through the console server, the gateway and the
 * subgraphs: 人文課 acknowledges a 附件3 ledger and assigns the case (A4, A6); the 里幹事, on a
 * phone, records the visit, fills 附件4 with a referral box read from the directory (C1, A8) and
 * an urgent report (A9, A13); 人文課 signs level by level and files (A8), and the referral reaches
 * 社會局 (A9, D3). A 里幹事 of another 里 sees none of it (A2). axe on every screen.
 */
const DISTRICT = "63000050";
const TODAY = "2027-06-15";
const NOW = new Date("2027-06-15T09:00:00+08:00");
const OFFICER = { role: Role.DISTRICT_CASE_OFFICER, org: DISTRICT };
const VILLAGE_OFFICER = { role: Role.VILLAGE_OFFICER, org: DISTRICT, villages: ["文北里"] };
/** A browser test of several screens, each checked by axe, on a shared 2-core machine. */
const SCREENS_TIMEOUT = 180_000;
const SIGNERS = ["民政課長乙", "人文課丙", "主任秘書丁", "副區長戊", "區長己"];

describe("區公所's screens in Chromium (issue #11)", () => {
  let platform: TestPlatform;
  let consoleServer: ConsoleServer;
  let browser: TestBrowser;
  let careCaseId: string;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    platform = await startTestPlatform({ persons: 10, seed: "district-console" });
    // The demo data's district cases removed: every case on these screens is the test's own.
    await clearDistrictCases(platform);
    // C1: 民政局's shipped directory handed to the district (on the real clock: its outbox pass runs before the fake one starts).
    await deliverServiceDirectory(platform);
    setFakeNow(NOW);
    const form = await recordForm(platform, new SeededRandom("district-console-form"), DISTRICT, TODAY, "HOME_VISIT");
    await handOverAndDeliver(platform, DISTRICT, TODAY);
    careCaseId = await caseOfForm(platform, DISTRICT, form.inquiryId);
    consoleServer = await startConsoleServer({ port: 0, gatewayUrl: new URL(platform.gatewayUrl).origin });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    setFakeNow(null);
    await browser?.close();
    await consoleServer?.close();
    await platform?.stop();
  });

  async function caseAsOfficer() {
    return dataOf(
      await platform.query<{ careCase: { status: string; assignedOfficerId: string | null; assignedOfficerName: string | null; urgentReports: { kind: string; target: string; outcome: string; outcomeRecordedAt: string | null }[]; referrals: { target: string }[] } }>(
        `query($id: ID!) { careCase(id: $id) { status assignedOfficerId assignedOfficerName urgentReports { kind target outcome outcomeRecordedAt } referrals { target } } }`,
        { ...OFFICER, variables: { id: careCaseId } },
      ),
    ).careCase;
  }

  it("should let 人文課 acknowledge the ledger handed over and assign the case to the 里幹事 of its 里 (A4, A6)", async () => {
    const page = await signIn(browser, consoleServer.url, { role: "區公所人文課", org: "中正區公所", at: NOW });
    await page.getByRole("link", { name: "簽收交接清冊" }).click();
    const ledger = page.getByRole("region", { name: "中正區戶政事務所 民國 116/06/15 交接清冊" });
    await ledger.waitFor();
    // A4: noon of the next working day, in words and colour.
    await ledger.getByText("簽收 期限內 民國 116/06/16 12:00").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "district-01-ledgers");
    await ledger.getByRole("button", { name: "簽收（區所核章）" }).click();
    await page.getByText("目前沒有待簽收的交接清冊。").waitFor();
    expect((await caseAsOfficer()).status).toBe("OPEN");

    await page.getByRole("link", { name: "派案" }).click();
    const village = page.getByRole("region", { name: "文北里待派案件" });
    await village.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Validation as the user types: nothing is sent without the officer.
    await village.getByRole("button", { name: "派案給此里幹事" }).click();
    await village.getByText("請填寫里幹事代號").waitFor();
    // The development sign-in's 里幹事 (the token subject routes the case to their inbox).
    await village.getByLabel("里幹事代號").fill("console-village_officer");
    await village.getByLabel("里幹事姓名").fill("王里幹事");
    await screenshot(page, "district-02-assign");
    await village.getByRole("button", { name: "派案給此里幹事" }).click();
    await page.getByText("目前沒有待派案的案件。").waitFor();
    await expect(caseAsOfficer()).resolves.toMatchObject({ assignedOfficerId: "console-village_officer", assignedOfficerName: "王里幹事" });
    await page.context().close();
  }, SCREENS_TIMEOUT);

  it("should let the 里幹事 on a phone record the visit, fill 附件4 with a referral box from the directory and sign it, and file an urgent report (A6–A9, A13)", async () => {
    const page = await signIn(browser, consoleServer.url, { role: "里幹事", org: "中正區公所", villages: ["文北里"], mobile: true, at: NOW });
    await page.getByRole("button", { name: "開啟功能選單" }).click();
    await page.getByRole("link", { name: "訪視作業" }).click();
    const card = page.getByRole("article", { name: "文北里 3鄰 遷徙" });
    await card.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "district-03-village-cases");
    await card.getByRole("button", { name: "開啟案件" }).click();

    const visit = page.getByRole("form", { name: "記錄訪視" });
    await visit.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await visit.getByRole("button", { name: "記錄訪視" }).click();
    await page.getByText("第 1 次：民國 116/06/15 到府訪視，已訪到").waitFor();

    const record = page.getByRole("form", { name: "填寫訪視紀錄表" });
    await record.waitFor();
    await record.getByLabel("受訪者姓名").fill("劉女士");
    await record.getByLabel("受訪者電話").fill("0912-000-111");
    await record.getByLabel("受訪者地址").fill("臺北市中正區文北里3鄰測試路5號");
    await record.getByRole("radio", { name: "需協助" }).check();
    // The boxes are the directory's (C1): 勞動局 and 教育局 are the city's additions to the printed form.
    for (const box of ["社會局", "衛生局", "區公所社會課", "區公所人文課", "民政局", "其他", "勞動局", "教育局"]) {
      // Strict: exactly one box of each (waitFor fails on two).
      await record.getByRole("checkbox", { name: box, exact: true }).waitFor();
    }
    await record.getByRole("checkbox", { name: "社會局", exact: true }).check();
    // A9: the referral needs 社會局's own needs, checked before anything is sent.
    await record.getByRole("button", { name: "儲存訪視紀錄表" }).click();
    await record.getByText("請勾選轉介需求").waitFor();
    await record.getByRole("checkbox", { name: "家庭關係" }).check();
    await record.getByLabel("給社會局的說明").fill("夫妻相處問題，需社工評估");
    await record.getByLabel("反映事項").fill("與配偶溝通困難");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "district-04-visit-record");
    await record.getByRole("button", { name: "儲存訪視紀錄表" }).click();
    await page.getByText("待核章：需協助，訪視日期 民國 116/06/15").waitFor();
    await page.getByLabel("里幹事核章姓名").fill("王里幹事");
    await page.getByRole("button", { name: "核章並送出" }).click();
    await page.getByText(/^里幹事：王里幹事（民國 116\/06\/15 09:00）$/).waitFor();

    const urgent = page.getByRole("form", { name: "新增緊急通報" });
    await urgent.getByLabel(/^通報對象/).first().click();
    // An outside body's answer comes back to the district (A13); a bureau answers its own (urgent-report-outcome.test.ts).
    await page.getByRole("option", { name: "家庭暴力防治中心", exact: true }).click();
    await urgent.getByLabel("通報人").fill("王里幹事");
    await urgent.getByLabel("受理人").fill("家防中心值班社工");
    await urgent.getByLabel("通報內容").fill("案主表示與配偶衝突，先行電話通報");
    await urgent.getByRole("button", { name: "送出通報" }).click();
    await page.getByRole("list", { name: "已通報" }).getByText("民國 116/06/15 09:00 緊急電話通報：家庭暴力防治中心（受理人 家防中心值班社工）・待回覆").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "district-05-village-case");
    // A13 (issue #11): the body's answer comes back to the reporter, who records it once; the report then shows it.
    const answer = page.getByRole("form", { name: "記錄回覆：民國 116/06/15 09:00 緊急電話通報：家庭暴力防治中心" });
    await answer.getByRole("button", { name: "記錄回覆" }).click();
    await answer.getByText("請選擇回覆結果").waitFor();
    await answer.getByRole("radio", { name: "成案", exact: true }).check();
    await answer.getByRole("button", { name: "記錄回覆" }).click();
    await page.getByRole("list", { name: "已通報" }).getByText("民國 116/06/15 09:00 緊急電話通報：家庭暴力防治中心（受理人 家防中心值班社工）・已成案（回覆 民國 116/06/15 09:00）").waitFor();
    await answer.waitFor({ state: "detached" });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "district-05b-urgent-report-outcome");
    await expect(caseAsOfficer()).resolves.toMatchObject({
      urgentReports: [{ kind: "URGENT_PHONE_REPORT", target: "DOMESTIC_VIOLENCE_CENTRE", outcome: "CASE_OPENED", outcomeRecordedAt: "2027-06-15T01:00:00.000Z" }],
    });
    await page.context().close();
  }, SCREENS_TIMEOUT);

  it("should let 人文課 sign 附件4 level by level and file it, and the referral then reach 社會局 (A8, A9, D3)", async () => {
    const page = await signIn(browser, consoleServer.url, { role: "區公所人文課", org: "中正區公所", at: NOW });
    await page.getByRole("link", { name: "訪視紀錄核章" }).click();
    const record = page.getByRole("region", { name: "文北里 王里幹事 訪視紀錄表" });
    await record.waitFor();
    await record.getByText("服務概況：需協助（社會局），訪視日期 民國 116/06/15").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "district-06-sign-off");
    // A8: the district's levels in the form's order; each is asked for in turn.
    for (const [index, level] of ["民政課長", "人文課", "主任秘書", "副區長", "區長"].entries()) {
      await record.getByLabel(`${level}核章人姓名`).fill(SIGNERS[index]);
      await record.getByRole("button", { name: `${level}核章` }).click();
      await page.getByRole("status").getByText(`${level}已核章。`).waitFor();
    }
    await record.getByRole("button", { name: "歸檔" }).click();
    await page.getByRole("status").getByText("訪視紀錄表已歸檔，已轉介：社會局。").waitFor();
    await page.getByText("目前沒有待核章的訪視紀錄表。").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // A9: only 社會局's box was ticked, so the district owes no help of its own.
    await page.getByRole("link", { name: "協助事項" }).click();
    await page.getByText("目前沒有待辦的協助事項。").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();

    await expect(caseAsOfficer()).resolves.toMatchObject({ status: "REFERRED", referrals: [{ target: "SOCIAL_WELFARE_BUREAU" }] });
    // D3: the district's outbox delivers it; 社會局's care point of 中正區 (西區) then holds it, with the needs ticked on screen.
    await platform.runJob("district", "outbox-dispatch");
    const { socialReferrals } = dataOf(
      await platform.query<{ socialReferrals: { edges: { node: { careCaseId: string; needs: string[]; status: string } }[] } }>(
        `{ socialReferrals(first: 20) { edges { node { careCaseId needs status } } } }`,
        { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" },
      ),
    );
    expect(socialReferrals.edges.map((edge) => edge.node)).toEqual([{ careCaseId, needs: ["FAMILY_RELATIONSHIP"], status: "RECEIVED" }]);
  }, SCREENS_TIMEOUT);

  it("should show a 里幹事 of another 里 none of the case, on screen or through the gateway (A2)", async () => {
    const page = await signIn(browser, consoleServer.url, { role: "里幹事", org: "中正區公所", villages: ["幸福里"], mobile: true, at: NOW });
    await page.getByRole("button", { name: "開啟功能選單" }).click();
    await page.getByRole("link", { name: "訪視作業" }).click();
    await page.getByText("目前沒有待訪視的案件。").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
    const response = await platform.query(`query($id: ID!) { careCase(id: $id) { village visitRecord { id } } }`, {
      ...VILLAGE_OFFICER,
      villages: ["幸福里"],
      variables: { id: careCaseId },
    });
    expect(errorCodes(response)).toContain("FORBIDDEN");
  }, SCREENS_TIMEOUT);
});
