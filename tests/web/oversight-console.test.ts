import { readFileSync } from "fs";
import { readFile } from "fs/promises";
import { join } from "path";
import { Page } from "playwright-core";
import { SeededRandom } from "../../scripts/demo-data/random";
import { screenshot } from "../support/browser";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { consoleSuite, navLinks, pickMonth, seriousViolations } from "../support/console-session";
import { handOverAndDeliver, recordForm, RecordedForm } from "../support/household-work";
import { aggregateStatistics } from "../support/statistics-work";

/**
 * Issue #11's oversight screens in Chromium, through the console server, the gateway and the
 * subgraphs: 民政局's analyst reads seed 001's table 1 for a period (on a small fixture the test
 * builds and counts itself), the monthly series, the on-time rates and the CSV download; the
 * auditor sees a read another user just made in the console; the police officer's unified view
 * says 無權限檢視 where the role may not read; no role gets another's menu; axe on every screen.
 */

/** The fixture, all on one Wednesday of March 2027 (no demo data reaches 2027): what the figures must be. */
const TODAY = "2027-03-10";
const OFFICE = "63000050";

/** The inbox's trusted document, as graphql-codegen listed it: the id the audit must name (issue #11). */
const MANIFEST = JSON.parse(readFileSync(join(__dirname, "..", "..", "web", "src", "gql", "persisted-documents.json"), "utf8")) as Record<string, string>;
const INBOX_ID = (Object.keys(MANIFEST).find((key) => MANIFEST[key].startsWith("query ConsoleDistrictInbox")) ?? "").replace(/^sha256:/, "");

/** The menu once the console has drawn it (the first link is there once the session's screen is). */
async function openMarch(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "民政局統計" }).waitFor();
  await pickMonth(page, "起始月份", 2027, 3);
  await pickMonth(page, "結束月份", 2027, 3);
  await page.getByRole("button", { name: "查詢" }).click();
  await page.getByRole("table", { name: "表 1、新移民關懷訪視系統登錄案件別(116/3/1-116/3/31)" }).waitFor();
}

describe("the oversight screens in Chromium (issue #11)", () => {
  let referred: ReferredCase;
  let moves: RecordedForm[];
  const minCell = process.env.STATISTICS_MIN_CELL;

  const suite = consoleSuite({
    persons: 10,
    seed: "oversight-console",
    now: new Date(`${TODAY}T09:00:00+08:00`),
    setup: async (platform) => {
      // One marriage visited and referred to 社會局, 衛生局 and 民政局, each of which served it (A8–A10)…
      referred = await createReferredCase(platform, OFFICE, "文北里", "oversight-case");
      // …and two moves recorded and handed over, not yet acknowledged (their step is still open).
      const random = new SeededRandom("oversight-forms");
      moves = [await recordForm(platform, random, OFFICE, TODAY, "HOME_VISIT"), await recordForm(platform, random, OFFICE, TODAY, "HOME_VISIT")];
      await handOverAndDeliver(platform, OFFICE, TODAY);
      await aggregateStatistics(platform);
    },
  });

  afterAll(() => {
    if (minCell === undefined) {
      delete process.env.STATISTICS_MIN_CELL;
    } else {
      process.env.STATISTICS_MIN_CELL = minCell;
    }
  });

  it("should show the analyst table 1, the referral sentence, the monthly series and the on-time rates of the period", async () => {
    // Every figure of this fixture is below the default k of 3: with k = 1 each shows (suppression is the next test's).
    process.env.STATISTICS_MIN_CELL = "1";
    const page = await suite.signIn({ role: "民政局統計", org: "臺北市政府" });
    expect(await navLinks(page)).toEqual(["統計報表"]);
    await openMarch(page);
    const table = page.getByRole("table", { name: "表 1、新移民關懷訪視系統登錄案件別(116/3/1-116/3/31)" });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual(["洽公項目", "出生", "結婚", "離婚", "死亡", "遷徙", "收養", "初設戶籍", "其他", "合計"]);
    // One marriage and two moves (A12 table 1, by registration date).
    expect(await table.getByRole("row").nth(1).locator("th, td").allTextContents()).toEqual(["件數", "0", "1", "0", "0", "2", "0", "0", "0", "3"]);
    await expect(page.getByLabel("轉介摘要").textContent()).resolves.toBe(
      "116年3月1日至116年3月31日，共登錄 3 件，前往關懷訪視者 1 件（家訪或電訪）；需轉介機關協助者共 3 件，含社會局 1 件、衛生局 1 件、勞動局 0 件、教育局 0 件、民政局 1 件。",
    );
    // Issue #10: where the referrals stand — each agency of the fixture served its referral (in service), 勞動局 had none.
    const outcomes = page.getByRole("table", { name: "各機關受理轉介之處理情形(116年3月1日至116年3月31日)" });
    expect(await outcomes.getByRole("row").filter({ hasText: "社會局" }).locator("th, td").allTextContents()).toEqual(["社會局", "0", "1", "0", "1"]);
    expect(await outcomes.getByRole("row").filter({ hasText: "勞動局" }).locator("th, td").allTextContents()).toEqual(["勞動局", "0", "0", "0", "0"]);
    const monthly = page.getByRole("table", { name: "每月登錄及前往關懷訪視件數（表）" });
    expect(await monthly.getByRole("row").nth(1).locator("th, td").allTextContents()).toEqual(["116/3", "3", "1"]);
    await page.getByRole("img", { name: "每月登錄及前往關懷訪視件數折線圖，數字見下表" }).locator("svg").waitFor();
    // 中正區: the marriage's hand-over was acknowledged the same day (A4) — one step ended, on time;
    // the two moves' acknowledgements are still open and count for neither.
    const rates = page.getByRole("table", { name: "各區期限內完成比率" });
    const zhongzheng = rates.getByRole("row").filter({ hasText: "中正區" });
    expect(await zhongzheng.locator("td").first().textContent()).toBe("100.0%（1/1）");
    await screenshot(page, "oversight-01-statistics");
    expect(await seriousViolations(page)).toEqual([]);

    // The export: the gateway's CSV of the same period, fetched with the session's token.
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "下載 CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("care-statistics-2027-03-01-2027-03-31.csv");
    const lines = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("表 1、新移民關懷訪視系統登錄案件別(116/3/1-116/3/31)");
    expect(lines).toContain("洽公項目,出生,結婚,離婚,死亡,遷徙,收養,初設戶籍,其他,合計");
    expect(lines).toContain("件數,0,1,0,0,2,0,0,0,3");
    await page.close();
  });

  it("should show withheld cells as ＊ with the note, at the default k of 3", async () => {
    delete process.env.STATISTICS_MIN_CELL;
    const page = await suite.signIn({ role: "民政局統計", org: "臺北市政府" });
    await openMarch(page);
    const row = page.getByRole("table", { name: "表 1、新移民關懷訪視系統登錄案件別(116/3/1-116/3/31)" }).getByRole("row").nth(1);
    // 結婚 1 and 遷徙 2 are small cells, and so the total that would give them back.
    expect(await row.locator("td").allTextContents()).toEqual(expect.arrayContaining(["＊"]));
    expect(await row.locator("td").allTextContents()).not.toContain("1");
    await page.getByText("＊：件數過少，為保護個人資料不予公布（含為避免由合計推算而一併不公布者）。").waitFor();
    await page.close();
  });

  it("should show the auditor a read another user just made in the console, with its purpose and operation", async () => {
    const officer = await suite.signIn({ role: "區公所人文課", org: "中正區公所" });
    await officer.getByRole("table").waitFor();
    expect(await navLinks(officer)).toEqual(["列管待辦", "簽收交接清冊", "派案", "訪視紀錄核章", "協助事項", "追蹤訪查", "個案總覽"]);
    await officer.close();

    const auditor = await suite.signIn({ role: "稽核", org: "臺北市政府" });
    expect(await navLinks(auditor)).toEqual(["個資使用稽核"]);
    await auditor.getByRole("heading", { name: "個資使用稽核" }).waitFor();
    await auditor.getByLabel("個案識別碼").fill(moves[0].personId);
    await auditor.getByRole("button", { name: "查詢" }).click();
    const log = auditor.getByRole("table", { name: "個資使用紀錄" });
    const read = log.getByRole("row").filter({ hasText: "console-district_case_officer" });
    await read.first().waitFor();
    const cells = await read.first().locator("td").allTextContents();
    expect(cells.slice(1, 5)).toEqual(["區公所", "console-district_case_officer", "區公所人文課（63000050）", moves[0].personId]);
    expect(cells[6]).toContain("neighbourhood");
    expect(cells[7]).toMatch(/^ConsoleDistrictInbox/);
    expect(INBOX_ID).toMatch(/^[0-9a-f]{64}$/);
    expect(cells[7]).toContain(`sha256:${INBOX_ID.slice(0, 12)}`);
    expect(cells[8]).toBe("新移民關懷訪視：列管及派案");
    await screenshot(auditor, "oversight-02-audit");
    expect(await seriousViolations(auditor)).toEqual([]);

    // Everything one user read: the same read, found by the reader instead of the person.
    await auditor.getByLabel("個案識別碼").fill("");
    await auditor.getByLabel("使用者代號").fill("console-district_case_officer");
    await auditor.getByRole("button", { name: "查詢" }).click();
    await log.getByRole("row").filter({ hasText: moves[1].personId }).first().waitFor();
    await auditor.close();
  });

  it("should show the police officer's unified view with what the role may not read as 無權限檢視, never as a blank", async () => {
    const police = await suite.signIn({ role: "員警", org: "中正第一分局" });
    // Issue #12: the precinct's search requests come first (tests/web/programme-b.test.ts walks them).
    expect(await navLinks(police)).toEqual(["協尋案件", "個案總覽"]);
    await police.getByRole("link", { name: "個案總覽" }).click();
    await police.getByLabel("個案識別碼").fill(referred.immigrant.id);
    await police.getByRole("button", { name: "查詢" }).click();
    const person = police.getByRole("table", { name: "個人資料" });
    await person.waitFor();
    for (const label of ["姓名", "出生日期", "統一編號", "手機"]) {
      expect(await person.getByRole("row").filter({ hasText: label }).locator("td").textContent()).toBe("無權限檢視");
    }
    // The district's case is outside the police's row scope: the part says so, never a bare blank.
    await police.getByRole("region", { name: "區公所：列管案件、訪視及附件4" }).getByText("查無您可檢視的紀錄（尚無紀錄，或不在您的權限範圍內）").waitFor();
    // The values themselves never reach the page.
    const page = await police.content();
    for (const value of [referred.immigrant.name, referred.immigrant.idNumber, referred.immigrant.mobilePhone]) {
      expect(page).not.toContain(value);
    }
    await screenshot(police, "oversight-03-unified-view");
    expect(await seriousViolations(police)).toEqual([]);
    await police.close();
  });

  it("should show the village officer the case's person with the contact they visit by, the e-mail masked and the ID number denied (R5)", async () => {
    const officer = await suite.signIn({ role: "里幹事", org: "中正區公所", villages: ["文北里"] });
    await officer.getByRole("link", { name: "個案總覽" }).click();
    await officer.getByLabel("個案識別碼").fill(referred.immigrant.id);
    await officer.getByRole("button", { name: "查詢" }).click();
    const person = officer.getByRole("table", { name: "個人資料" });
    await person.waitFor();
    const cell = (table: typeof person, label: string) => table.getByRole("row").filter({ hasText: label }).locator("td").first();
    // The visit's contact is theirs to read; the identity data is not (household's policy: office and district only).
    expect(await cell(person, "手機").textContent()).toBe(referred.immigrant.mobilePhone);
    for (const label of ["出生日期", "統一編號"]) {
      expect(await cell(person, label).textContent()).toBe("無權限檢視");
    }
    const registration = officer.getByRole("table", { name: "戶籍登記 1" });
    expect(await cell(registration, "電子郵件").textContent()).toContain("已遮罩");
    expect(await officer.content()).not.toContain("family@example.tw");
    await screenshot(officer, "oversight-04-unified-view-village-officer");
    expect(await seriousViolations(officer)).toEqual([]);
    await officer.close();
  });
});
