import { Page } from "playwright-core";
import { DataSource } from "typeorm";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { Sex } from "../../shared/domain/enums";
import { consoleSuite, expectAccessible, openMenu } from "../support/console-session";
import { dataOf } from "../support/graphql";
import { cdcFollowUp } from "../support/vaccination";

/**
 * Issue #12: programme B's console in Chromium through the console server, the gateway and the
 * subgraphs, each role's main path on one platform. The nurse records B4's three reminders (one
 * two-way, after the form asked whom it reached), the refusal not signed, and refers on (c); the
 * social worker opens the child's case with its two reasons, undoes the merge, is refused a police
 * search before B3's six matches (nothing written), matches, asks, visits, sends for review and
 * closes it (B9), then reads the exclusions with their counts; the officer visits (B2: 7 days, on
 * the office calendar) and replies FOUND. axe-core finds no serious violation on any screen.
 */
const ZHONGZHENG = "63000050";
const NOW = new Date("2027-06-15T09:00:00+08:00"); // a Tuesday, a working day
const TODAY = "2027-06-15";
const NURSE = { role: "公衛護士", org: "中正區健康服務中心", at: NOW } as const;
const WORKER = { role: "社工", org: "西區關懷據點", at: NOW } as const; // 中正區's care point (A10)
const OFFICER = { role: "員警", org: "中正第一分局", at: NOW } as const;

describe("programme B's screens in Chromium (issue #12)", () => {
  const rng = new SeededRandom("programme-b-console");
  const child = { idNumber: generateNationalId(rng, Sex.MALE), name: "林甲童", birthDate: "2025-03-01", motherName: "林甲母", householdDistrict: ZHONGZHENG };
  let followUpId = "";
  let caseId = "";
  let searchRequestId = "";

  const database = (name: string): DataSource => {
    const dataSource = suite.platform.platform.subgraphs.get(name)?.database.dataSource;
    if (dataSource === undefined) {
      throw new Error(`no ${name} subgraph`);
    }
    return dataSource;
  };

  /** A field by its label as the user reads it (Mantine adds " *" to a required one's). */
  const labelled = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`)).first();

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await labelled(page, label).click();
    await page.getByRole("option", { name: option, exact: true }).click();
  }

  async function typeDate(page: Page, label: string, typed: string): Promise<void> {
    const input = labelled(page, label);
    await input.fill(typed);
    await input.blur();
  }

  const suite = consoleSuite({
    persons: 4,
    seed: "programme-b-console",
    now: NOW,
    setup: async (platform) => {
      followUpId = await cdcFollowUp(platform, ZHONGZHENG, generateNationalId(rng, Sex.FEMALE));
      const RECEIVE = `mutation($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { caseId exclusionReason } }`;
      const birth = dataOf(
        await platform.query<{ receiveChildCareNotice: { caseId: string } }>(RECEIVE, {
          through: "household",
          role: Role.HOUSEHOLD_CLERK,
          org: ZHONGZHENG,
          variables: { input: { clientKey: "programme-b-console-1", category: "EX_OFFICIO_BIRTH", noticedOn: TODAY, ...child } },
        }),
      );
      caseId = birth.receiveChildCareNotice.caseId;
      // The same child through the survey 附表4 (B7): merged into the one case (one child, one case).
      dataOf(
        await platform.query(RECEIVE, {
          through: "civil-affairs",
          role: Role.CIVIL_AFFAIRS_OFFICER,
          org: CITY_ORG,
          variables: { input: { clientKey: "programme-b-console-2", category: "TEEN_PARENT", noticedOn: TODAY, surveyId: "survey-programme-b-console", ...child } },
        }),
      );
      // R7: a child of 8 on the screening date is excluded, with its reason.
      const overAge = dataOf(
        await platform.query<{ receiveChildCareNotice: { exclusionReason: string } }>(RECEIVE, {
          through: "household",
          role: Role.HOUSEHOLD_CLERK,
          org: ZHONGZHENG,
          variables: { input: { clientKey: "programme-b-console-3", category: "EX_OFFICIO_MOVE", noticedOn: TODAY, name: "陳乙童", birthDate: "2019-01-10", householdDistrict: ZHONGZHENG } },
        }),
      );
      expect(overAge.receiveChildCareNotice.exclusionReason).toBe("OVER_AGE");
      const search = dataOf(
        await platform.query<{ receiveSearchRequest: { id: string } }>(`mutation($input: SearchRequestInput!) { receiveSearchRequest(input: $input) { id } }`, {
          through: "household",
          role: Role.HOUSEHOLD_CLERK,
          org: ZHONGZHENG,
          variables: {
            input: {
              clientKey: "programme-b-console-search",
              reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH",
              idNumber: generateNationalId(rng, Sex.FEMALE),
              name: "王小美",
              birthDate: "2027-06-01",
              sex: "FEMALE",
              motherName: "王美麗",
              contacts: [{ name: "王大明", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
              householdDistrict: ZHONGZHENG,
              requestedOn: TODAY,
              requesterAgency: "HOUSEHOLD",
              requesterReference: "programme-b-console-birth",
            },
          },
        }),
      );
      searchRequestId = search.receiveSearchRequest.id;
    },
  });

  it("should let the nurse record B4's reminders, the refusal not signed, and refer on (c)", async () => {
    const nurse = await suite.signIn(NURSE);
    await openMenu(nurse, "催種提醒");
    await nurse.getByRole("button", { name: "處理 測試童" }).click();
    const detail = nurse.getByRole("region", { name: "催種個案：測試童" });
    await detail.getByText("尚未達催種標準（B4）").waitFor();
    await detail.getByText("催種 期限內").waitFor();

    // A two-way contact names whom it reached: the form says so before anything is sent. Dates typed
    // as the ROC forms write them (民國 116/06/01), within the CDC's window.
    await typeDate(nurse, "提醒日期", "116/06/01");
    await detail.getByRole("checkbox", { name: /雙向聯繫/ }).check();
    await detail.getByRole("button", { name: "記錄提醒" }).click();
    await detail.getByText("雙向聯繫請選擇聯繫對象").waitFor();
    await detail.getByRole("radio", { name: "父母", exact: true }).check();
    await detail.getByRole("button", { name: "記錄提醒" }).click();
    const reminders = detail.getByRole("table", { name: "催種提醒紀錄" });
    await reminders.getByRole("row").nth(1).waitFor();
    await typeDate(nurse, "提醒日期", "2027-06-08");
    await choose(nurse, "提醒方式", "簡訊");
    await detail.getByRole("button", { name: "記錄提醒" }).click();
    await reminders.getByRole("row").nth(2).waitFor();
    await choose(nurse, "提醒方式", "書信");
    await detail.getByRole("button", { name: "記錄提醒" }).click();
    await reminders.getByRole("row").nth(3).waitFor();
    await detail.getByText("已達催種標準（B4）").waitFor();
    expect(await reminders.getByRole("row").allTextContents()).toEqual(["日期方式雙向聯繫聯繫對象", "民國 116/06/01電話是父母", "民國 116/06/08簡訊否—", "民國 116/06/15書信否—"]);
    await expectAccessible(nurse, "programme-b-01-nurse-reminders");

    await choose(nurse, "催種結果", "拒絕接種且拒簽切結");
    await detail.getByRole("button", { name: "記錄結果" }).click();
    await detail.getByText("催種結果：拒絕接種且拒簽切結（民國 116/06/15）").waitFor();
    await choose(nurse, "轉介社政單位之條件", "(c) 訪視後家長拒絕接種且拒簽切結");
    await detail.getByRole("button", { name: "轉介社政單位" }).click();
    await detail.getByRole("heading", { name: "測試童（已轉介社政）" }).waitFor();
    await expectAccessible(nurse, "programme-b-02-nurse-referred");

    const [row] = (await database("health").query(`SELECT "status", "outcome", "referral_condition" FROM "health"."vaccination_follow_ups" WHERE "id" = $1`, [followUpId])) as Record<string, string>[];
    expect(row).toEqual({ status: "REFERRED", outcome: "REFUSED_NOT_SIGNED", referral_condition: "C_REFUSED_AND_NOT_SIGNED" });
    const written = (await database("health").query(`SELECT "mode", "two_way", "reached" FROM "health"."vaccination_reminders" WHERE "follow_up_id" = $1 ORDER BY "reminded_on"`, [followUpId])) as Record<string, unknown>[];
    expect(written).toEqual([
      { mode: "PHONE", two_way: true, reached: "PARENT" },
      { mode: "SMS", two_way: false, reached: null },
      { mode: "LETTER", two_way: false, reached: null },
    ]);
    await nurse.close();
  }, 120_000);

  it("should let the social worker undo the merge, match B3's six records before the search, visit and close the case, and read the exclusions", async () => {
    const worker = await suite.signIn(WORKER);
    await openMenu(worker, "兒童關懷個案");
    const cases = worker.getByRole("table", { name: "兒童關懷個案" });
    await cases.getByRole("row").filter({ hasText: "林甲童" }).getByText("(7) 未滿20歲父母").waitFor();
    await worker.getByRole("button", { name: "開啟 林甲童" }).first().click();
    const detail = worker.getByRole("region", { name: "兒童關懷個案：林甲童" });
    await detail.getByText("社工訪視 期限內").waitFor();
    await detail.getByText("(1) 逕為出生登記").first().waitFor();
    await expectAccessible(worker, "programme-b-03-social-case");

    // One child, one case: the survey's notice was merged on the ID number; the worker undoes it.
    const merges = detail.getByRole("table", { name: "合併紀錄" });
    expect(await merges.getByRole("row").nth(1).textContent()).toContain("(7) 未滿20歲父母身分證統一編號相同");
    await merges.getByRole("button", { name: "取消合併" }).click();
    await merges.getByText(/取消合併，另立新案/).waitFor();
    await cases.getByRole("row").filter({ hasText: "林甲童" }).nth(1).waitFor();

    // B3 (註3): the police search waits for the six matches; the refusal is shown and nothing is asked.
    await detail.getByRole("button", { name: "請警察機關協尋" }).click();
    await detail.getByRole("alert").getByText("案件目前的狀態不允許此操作").waitFor();
    expect(await database("social").query(`SELECT "id" FROM "social"."child_care_requests"`)).toEqual([]);
    for (let matched = 1; matched <= 6; matched += 1) {
      if (matched === 2) {
        await detail.getByRole("checkbox", { name: "有兒童下落線索" }).check();
        await labelled(worker, "比對所得（地址、院所等）").fill("近半年就醫於仁愛診所");
      }
      await detail.getByRole("button", { name: "記錄比對" }).click();
      await detail.getByRole("heading", { name: `平台資料比對（B3，${matched}／6 項）` }).waitFor();
    }
    await detail.getByText("有線索：近半年就醫於仁愛診所").waitFor();
    await detail.getByRole("button", { name: "請警察機關協尋" }).click();
    await detail.getByRole("table", { name: "追蹤及協尋請求" }).getByText("請警察機關協尋").waitFor();

    await labelled(worker, "評估").fill("照顧者支持足夠，兒童發展正常");
    await labelled(worker, "處遇").fill("定期追蹤");
    await detail.getByRole("button", { name: "記錄訪視" }).click();
    await detail.getByRole("button", { name: "送結案審核" }).click();
    await detail.getByRole("form", { name: "結案審核" }).waitFor();
    await expectAccessible(worker, "programme-b-04-social-review");
    await detail.getByRole("button", { name: "送出審核" }).click();
    await detail.getByText(/^已於 民國 116\/06\/15 結案/).waitFor();
    const [held] = (await database("social").query(`SELECT "status", "visited_on"::text AS "visited_on" FROM "social"."child_care_cases" WHERE "id" = $1`, [caseId])) as Record<string, string>[];
    expect(held).toEqual({ status: "CLOSED", visited_on: TODAY });

    await openMenu(worker, "篩除名單");
    await worker.getByText("篩選日已滿7歲：1 件").waitFor();
    expect(await worker.getByRole("table", { name: "篩除之通報" }).getByRole("row").nth(1).textContent()).toBe("(2) 逕遷戶籍至戶政事務所篩選日已滿7歲戶政中正區民國 116/06/15民國 116/06/15");
    await expectAccessible(worker, "programme-b-05-social-exclusions");
    await worker.close();
  }, 120_000);

  it("should show the officer the precinct's search by due time, and record the visit and the FOUND reply", async () => {
    const officer = await suite.signIn(OFFICER);
    const requests = officer.getByRole("table", { name: "協尋案件" });
    const row = requests.getByRole("row").filter({ hasText: "王小美" });
    // B2: the visit within 7 days of receipt, on the office calendar: Tuesday 06-15 to Tuesday 06-22.
    await row.getByText("員警訪查 期限內 民國 116/06/22 23:59").waitFor();
    await row.getByText("待訪查").waitFor();
    await expectAccessible(officer, "programme-b-06-police-requests");
    await row.getByRole("button", { name: "處理 王小美" }).click();
    const detail = officer.getByRole("region", { name: "協尋案件：王小美" });
    await detail.getByText(/王大明（外祖父）0912-345-678/).waitFor();

    await labelled(officer, "訪查員警").fill("警員林");
    await labelled(officer, "訪查情形").fill("戶籍地無人居住，鄰長稱已搬離");
    await detail.getByRole("button", { name: "記錄訪查" }).click();
    await row.getByText("已訪查，待回復").waitFor();
    // FOUND says where the child is: the form asks before anything is sent.
    await officer.getByRole("region", { name: "協尋案件：王小美" }).getByRole("button", { name: "回復協尋結果" }).click();
    await officer.getByText("尋獲時請填寫兒童所在地址").waitFor();
    await labelled(officer, "兒童所在地址").fill("新北市板橋區文化路一段1號");
    await labelled(officer, "照顧者姓名").fill("王美麗");
    await officer.getByRole("button", { name: "回復協尋結果" }).click();
    await row.getByText("已尋獲").waitFor();
    await officer.getByText("協尋結果：已尋獲（民國 116/06/15）新北市板橋區文化路一段1號").waitFor();
    await expectAccessible(officer, "programme-b-07-police-found");
    const [request] = (await database("police").query(`SELECT "status", "outcome", "officer_name" FROM "police"."search_requests" WHERE "id" = $1`, [searchRequestId])) as Record<string, string>[];
    expect(request).toEqual({ status: "FOUND", outcome: "FOUND", officer_name: "警員林" });
    await officer.close();
  }, 120_000);
});
