import { Page } from "playwright-core";
import { SeededRandom } from "../../scripts/demo-data/random";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { launchBrowser, screenshot, TestBrowser } from "../support/browser";
import { seriousViolations, SignInAs, signIn } from "../support/console-session";
import { clearDistrictCases } from "../support/district-work";
import { dataOf } from "../support/graphql";
import { RegisteredImmigrant, registerNewImmigrant } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { deliverServiceDirectory } from "../support/service-directory";

/**
 * Issue #11's end-to-end story in Chromium, through the console server, the gateway and the
 * subgraphs, every step clicked on the screens of the role that does it: the clerk records 附件1
 * and hands the day's forms over as 附件3 (A1–A4); 人文課 acknowledges and assigns (A4, A6); the
 * 里幹事 visits in the family's window and files 附件4 with a referral to 社會局 (A6–A9); 人文課
 * signs it level by level and files it (A8); the social worker accepts and closes (A10); and the
 * case shows closed, to 人文課 and on the unified view (A10, D2, D3). Between the steps only the
 * platform's own jobs run (the outboxes' dispatch, D3), and the clock moves as the days pass.
 * Each screen is photographed (test-artifacts/console/story-*.png) and checked by axe-core.
 */
const DISTRICT = "63000050"; // 中正區
/** Tuesday: the family at the counter. */
const APPLIED = new Date("2027-06-15T09:00:00+08:00");
/** Friday: the first day of the family's window (A2: 3–7 days after the application). */
const VISITED = new Date("2027-06-18T10:00:00+08:00");
/** Monday, the next working day: 社會局's social worker takes the referral up. */
const SERVED = new Date("2027-06-21T10:00:00+08:00");
const SIGNERS = [
  ["民政課長", "民政課長乙"],
  ["人文課", "人文課丙"],
  ["主任秘書", "主任秘書丁"],
  ["副區長", "副區長戊"],
  ["區長", "區長己"],
] as const;
/** A story of many screens, each photographed and checked by axe, on a shared 2-core machine. */
const STEP_TIMEOUT = 240_000;
const DISPATCH = "outbox-dispatch";

describe("the care story end to end in Chromium (issue #11)", () => {
  let platform: TestPlatform;
  let consoleServer: ConsoleServer;
  let browser: TestBrowser;
  let immigrant: RegisteredImmigrant;
  let step = 0;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    platform = await startTestPlatform({ persons: 10, seed: "care-story" });
    // The demo data's district cases removed: every case on these screens is the story's own.
    await clearDistrictCases(platform);
    // C1: the visit form's boxes are 民政局's directory (on the real clock: its outbox pass runs before the fake one starts).
    await deliverServiceDirectory(platform);
    setFakeNow(APPLIED);
    // The family is in the office's records (the household register is not a console screen).
    immigrant = await registerNewImmigrant(platform, new SeededRandom("care-story-immigrant"), DISTRICT);
    consoleServer = await startConsoleServer({ port: 0, gatewayUrl: new URL(platform.gatewayUrl).origin });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    setFakeNow(null);
    await browser?.close();
    await consoleServer?.close();
    await platform?.stop();
  });

  /** The platform's clock and the browser's both at `at` (the forms' dates default to today). */
  async function signInOn(at: Date, as: Omit<SignInAs, "at">): Promise<Page> {
    setFakeNow(at);
    return signIn(browser, consoleServer.url, { ...as, at });
  }

  /** Every screen of the story: photographed as a test artefact, then axe with no serious finding. */
  async function checkScreen(page: Page, name: string): Promise<void> {
    // Axe reads the styles of the moment: the pointer left on the last link clicked is not the screen's state.
    await page.mouse.move(0, 0);
    step += 1;
    await screenshot(page, `story-${String(step).padStart(2, "0")}-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
  }

  async function openMenu(page: Page, label: string): Promise<void> {
    await page.getByRole("navigation", { name: "功能選單" }).getByRole("link", { name: label }).click();
  }

  /** An input by its label; a required one's label ends with Mantine's asterisk (" *"). */
  function labelled(page: Page, label: string) {
    return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`)).first();
  }

  async function typeDate(page: Page, label: string, typed: string): Promise<void> {
    const input = labelled(page, label);
    await input.fill(typed);
    await input.blur();
  }

  it("should let the clerk record 附件1 at the counter and hand the day's forms over as 附件3 (A1–A4)", async () => {
    const clerk = await signInOn(APPLIED, { role: "戶所承辦人", org: "中正區戶政事務所" });
    await clerk.getByRole("heading", { name: "戶所待辦" }).waitFor();
    await checkScreen(clerk, "clerk-start");
    await openMenu(clerk, "受理附件1");
    await clerk.getByRole("heading", { name: "受理登記及徵詢意願（附件1）" }).waitFor();
    await labelled(clerk, "新移民").click();
    await clerk.getByRole("option", { name: `劉女士（${immigrant.idNumber}）`, exact: true }).click();
    await labelled(clerk, "受訪者姓名").fill("劉美玲");
    await clerk.getByLabel("手機").fill("0912-345-678");
    await typeDate(clerk, "3. 申請日期", "116/06/15");
    await typeDate(clerk, "希望訪視日期（起）", "116/06/18");
    await typeDate(clerk, "希望訪視日期（迄）", "116/06/22");
    await clerk.getByRole("radio", { name: "上午 09:00–11:00" }).check();
    await labelled(clerk, "承辦人").fill("戶政承辦");
    await labelled(clerk, "承辦人電話").fill("02-2341-0000");
    await checkScreen(clerk, "clerk-form");
    await clerk.getByRole("button", { name: "登錄附件1" }).click();
    await clerk.getByRole("status").getByText(/已登錄遷徙登記及附件1（同意到府訪視）；請於 民國 116\/06\/16 12:00 前交接區公所（A4）。/).waitFor();

    await openMenu(clerk, "交接清冊");
    await clerk.getByRole("heading", { name: "交接清冊（附件3）" }).waitFor();
    await clerk.getByRole("table", { name: "待交接的附件1" }).getByRole("row").filter({ hasText: "劉美玲" }).waitFor();
    await checkScreen(clerk, "clerk-handover");
    await clerk.getByRole("button", { name: "交接 民國 116/06/15 申請之附件1（1 件）" }).click();
    await clerk.getByRole("region", { name: "交接清冊 中正區公所 民國 116/06/15" }).getByText("待區公所簽收").waitFor();
    await clerk.getByText("目前沒有待交接的附件1。").waitFor();
    await checkScreen(clerk, "clerk-handed-over");
    await clerk.context().close();
    // D3: household's outbox delivers the ledger to the district.
    await platform.runJob("household", DISPATCH);
  }, STEP_TIMEOUT);

  it("should let 人文課 acknowledge the ledger by its deadline and assign the case to the 里幹事 of its 里 (A4, A6)", async () => {
    const officer = await signInOn(APPLIED, { role: "區公所人文課", org: "中正區公所" });
    await openMenu(officer, "簽收交接清冊");
    const ledger = officer.getByRole("region", { name: "中正區戶政事務所 民國 116/06/15 交接清冊" });
    // A4: noon of the next working day.
    await ledger.getByText("簽收 期限內 民國 116/06/16 12:00").waitFor();
    await checkScreen(officer, "district-ledger");
    await ledger.getByRole("button", { name: "簽收（區所核章）" }).click();
    await officer.getByText("目前沒有待簽收的交接清冊。").waitFor();

    await openMenu(officer, "派案");
    const village = officer.getByRole("region", { name: "文北里待派案件" });
    await village.waitFor();
    // The development sign-in's 里幹事 (the token's subject routes the case to their inbox).
    await village.getByLabel("里幹事代號").fill("console-village_officer");
    await village.getByLabel("里幹事姓名").fill("王里幹事");
    await checkScreen(officer, "district-assign");
    await village.getByRole("button", { name: "派案給此里幹事" }).click();
    await officer.getByText("目前沒有待派案的案件。").waitFor();
    await officer.context().close();
  }, STEP_TIMEOUT);

  it("should let the 里幹事, on a phone, visit on the window's first day and file 附件4 with a referral to 社會局 (A6–A9)", async () => {
    const villageOfficer = await signInOn(VISITED, { role: "里幹事", org: "中正區公所", villages: ["文北里"], mobile: true });
    await villageOfficer.getByRole("heading", { name: "我的訪視（依期限）" }).waitFor();
    await checkScreen(villageOfficer, "village-inbox");
    await villageOfficer.getByRole("button", { name: "開啟功能選單" }).click();
    await openMenu(villageOfficer, "訪視作業");
    const card = villageOfficer.getByRole("article", { name: "文北里 3鄰 遷徙" });
    await card.waitFor();
    await card.getByRole("button", { name: "開啟案件" }).click();
    const visit = villageOfficer.getByRole("form", { name: "記錄訪視" });
    await visit.waitFor();
    await checkScreen(villageOfficer, "village-visit");
    await visit.getByRole("button", { name: "記錄訪視" }).click();
    await villageOfficer.getByText("第 1 次：民國 116/06/18 到府訪視，已訪到").waitFor();

    const record = villageOfficer.getByRole("form", { name: "填寫訪視紀錄表" });
    await record.getByLabel("受訪者姓名").fill("劉美玲");
    await record.getByLabel("受訪者電話").fill("0912-345-678");
    await record.getByLabel("受訪者地址").fill("臺北市中正區文北里3鄰測試路5號");
    await record.getByRole("radio", { name: "需協助" }).check();
    await record.getByRole("checkbox", { name: "社會局", exact: true }).check();
    await record.getByRole("checkbox", { name: "家庭關係" }).check();
    await record.getByLabel("給社會局的說明").fill("夫妻相處問題，需社工評估");
    await record.getByLabel("反映事項").fill("與配偶溝通困難");
    await checkScreen(villageOfficer, "village-record");
    await record.getByRole("button", { name: "儲存訪視紀錄表" }).click();
    await villageOfficer.getByText("待核章：需協助，訪視日期 民國 116/06/18").waitFor();
    await villageOfficer.getByLabel("里幹事核章姓名").fill("王里幹事");
    await villageOfficer.getByRole("button", { name: "核章並送出" }).click();
    await villageOfficer.getByText(/^里幹事：王里幹事（民國 116\/06\/18 10:00）$/).waitFor();
    await checkScreen(villageOfficer, "village-signed");
    await villageOfficer.context().close();
  }, STEP_TIMEOUT);

  it("should let 人文課 sign 附件4 level by level and file it, sending the referral to 社會局 (A8, A9)", async () => {
    const officer = await signInOn(VISITED, { role: "區公所人文課", org: "中正區公所" });
    await openMenu(officer, "訪視紀錄核章");
    const record = officer.getByRole("region", { name: "文北里 王里幹事 訪視紀錄表" });
    await record.getByText("服務概況：需協助（社會局），訪視日期 民國 116/06/18").waitFor();
    await checkScreen(officer, "district-sign-off");
    for (const [level, signer] of SIGNERS) {
      await record.getByLabel(`${level}核章人姓名`).fill(signer);
      await record.getByRole("button", { name: `${level}核章` }).click();
      await officer.getByRole("status").getByText(`${level}已核章。`).waitFor();
    }
    await record.getByRole("button", { name: "歸檔" }).click();
    await officer.getByRole("status").getByText("訪視紀錄表已歸檔，已轉介：社會局。").waitFor();
    await checkScreen(officer, "district-filed");
    await officer.context().close();
    // D3: the district's outbox delivers the referral to 社會局's care point of 中正區.
    await platform.runJob("district", DISPATCH);
  }, STEP_TIMEOUT);

  it("should let the social worker accept the referral, record the assessment and close it (A10)", async () => {
    const worker = await signInOn(SERVED, { role: "社工", org: "西區關懷據點" });
    await worker.getByRole("heading", { name: /轉介案件$/ }).waitFor();
    await worker.getByText(/共 \d+ 件/).waitFor();
    await checkScreen(worker, "social-inbox");
    await worker.getByRole("button", { name: "開啟 劉美玲 的轉介" }).click();
    await worker.getByRole("heading", { name: "轉介案件：劉美玲" }).waitFor();
    await checkScreen(worker, "social-referral");
    const accept = worker.getByRole("form", { name: "接案（首次評估）" });
    await accept.getByLabel("服務摘要").fill("家訪評估夫妻關係，轉介婚姻諮商");
    await accept.getByLabel("社工姓名").fill("林社工");
    await accept.getByLabel("服務方式").first().click();
    await worker.getByRole("option", { name: "家庭訪視" }).click();
    await accept.getByRole("button", { name: "接案並記錄評估" }).click();
    await worker.getByRole("table", { name: "服務紀錄" }).waitFor();
    await checkScreen(worker, "social-accepted");
    await worker.getByRole("button", { name: "結案並回報區公所" }).click();
    await worker.getByRole("status").filter({ hasText: "已結案" }).waitFor();
    await checkScreen(worker, "social-closed");
    await worker.context().close();
    // D3: social's outbox reports the closing to the district; the case's last referral closed closes it.
    await platform.runJob("social", DISPATCH);
  }, STEP_TIMEOUT);

  it("should show the case closed to 人文課 and on the unified view (A10, D2)", async () => {
    const officer = await signInOn(SERVED, { role: "區公所人文課", org: "中正區公所" });
    await officer.getByRole("heading", { name: "區公所列管待辦" }).waitFor();
    await officer.getByText("目前沒有待辦案件。").waitFor();
    await openMenu(officer, "個案總覽");
    await officer.getByLabel("個案識別碼").fill(immigrant.personId);
    await officer.getByRole("button", { name: "查詢" }).click();
    const careCase = officer.getByRole("table", { name: "列管案件 1" });
    await careCase.waitFor();
    const cell = (label: string) => careCase.getByRole("row").filter({ hasText: label }).locator("td").first();
    await expect(cell("案件狀態").textContent()).resolves.toBe("已結案");
    const referral = officer.getByRole("table", { name: "社會局轉介 1" });
    await expect(referral.getByRole("row").filter({ hasText: "狀態" }).locator("td").first().textContent()).resolves.toBe("已結案");
    // The person's origin in words (household-work registers her from 陸港澳), not the schema's code.
    const personTable = officer.getByRole("table", { name: "個人資料" });
    await expect(personTable.getByRole("row").filter({ hasText: "原屬國籍或地區" }).locator("td").first().textContent()).resolves.toBe("陸港澳");
    await checkScreen(officer, "district-unified-view-closed");
    await officer.context().close();

    // The server's state, through the gateway: the district's case closed by its last referral, on the day it closed.
    const { person } = dataOf(
      await platform.query<{ person: { careCases: { status: string; closure: string; closedOn: string }[] } }>(`query($id: ID!) { person(id: $id) { careCases { status closure closedOn } } }`, {
        role: Role.DISTRICT_CASE_OFFICER,
        org: DISTRICT,
        variables: { id: immigrant.personId },
      }),
    );
    expect(person.careCases).toEqual([{ status: "CLOSED", closure: "REFERRALS_CLOSED", closedOn: "2027-06-21" }]);
  }, STEP_TIMEOUT);
});
