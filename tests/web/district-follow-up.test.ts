import { Page } from "playwright-core";
import { DataSource } from "typeorm";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { Sex } from "../../shared/domain/enums";
import { consoleSuite, expectAccessible, openMenu } from "../support/console-session";
import { dataOf } from "../support/graphql";

/**
 * Issue #12 (B2, B9): the district office's follow-up (村里追蹤) in Chromium, through the console
 * server, the gateway and the subgraphs, each hand-off by its sender's outbox (D3). The social
 * worker asks the district from the child's case (the platform's own write path); 中正區's 人文課
 * finds it on 追蹤訪查 and in its inbox with the 1-month reply in ROC (R2: received Tuesday 10-06 →
 * Friday 11-06, a working day), is asked for the officer before anything is sent, and assigns
 * the development sign-in's 里幹事; the 里幹事 is refused a day before the request arrived (the
 * server's BAD_USER_INPUT shown at the date, nothing written), asked for where the child is when
 * met, and replies; the social worker's case shows the reply. axe-core: no serious violation.
 */
const ZHONGZHENG = "63000050";
/** A Tuesday, a working day; the ROC dates the screens must show are written for it. */
const NOW = new Date("2026-10-06T09:00:00+08:00");
const TODAY = "2026-10-06";
const WORKER = { role: "社工", org: "西區關懷據點", at: NOW } as const; // 中正區's care point (A10)
const CASE_OFFICER = { role: "區公所人文課", org: "中正區公所", at: NOW } as const;
const VILLAGE_OFFICER = { role: "里幹事", org: "中正區公所", villages: ["文北里"], at: NOW } as const;
/** The development sign-in's 里幹事: their token's subject, which routes the request to them. */
const VILLAGE_OFFICER_ID = "console-village_officer";
const DISPATCH = "outbox-dispatch";
const SCREENS_TIMEOUT = 120_000;

describe("the district office's follow-up screens in Chromium (issue #12: B2, B9)", () => {
  const child = { idNumber: generateNationalId(new SeededRandom("district-follow-up-console"), Sex.MALE), name: "林甲童", birthDate: "2025-03-01", motherName: "林甲母", householdDistrict: ZHONGZHENG };

  const district = (): DataSource => {
    const dataSource = suite.platform.platform.subgraphs.get("district")?.database.dataSource;
    if (dataSource === undefined) {
      throw new Error("no district subgraph");
    }
    return dataSource;
  };

  /** A field by its label as the user reads it (Mantine adds " *" to a required one's). */
  const labelled = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`)).first();

  async function typeDate(page: Page, label: string, typed: string): Promise<void> {
    const input = labelled(page, label);
    await input.fill(typed);
    await input.blur();
  }

  async function openCase(page: Page) {
    await openMenu(page, "兒童關懷個案");
    await page.getByRole("button", { name: "開啟 林甲童" }).first().click();
    return page.getByRole("region", { name: "兒童關懷個案：林甲童" });
  }

  const suite = consoleSuite({
    persons: 4,
    seed: "district-follow-up-console",
    now: NOW,
    setup: async (platform) => {
      dataOf(
        await platform.query(`mutation($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { caseId } }`, {
          through: "household",
          role: Role.HOUSEHOLD_CLERK,
          org: ZHONGZHENG,
          variables: { input: { clientKey: "district-follow-up-console-1", category: "EX_OFFICIO_BIRTH", noticedOn: TODAY, ...child } },
        }),
      );
    },
  });

  it(
    "should let the social worker ask the district office to follow the child up (B9)",
    async () => {
      const worker = await suite.signIn(WORKER);
      const detail = await openCase(worker);
      await detail.getByRole("button", { name: "請區公所追蹤" }).click();
      await detail.getByRole("table", { name: "追蹤及協尋請求" }).getByText("請區公所（村里長或村里幹事）追蹤").waitFor();
      await expectAccessible(worker, "district-follow-up-01-social-asks");
      await worker.close();
      await suite.platform.runJob("social", DISPATCH);
      const [received] = (await district().query(`SELECT "status", "requester_agency", "child_name" FROM "district"."follow_up_requests"`)) as Record<string, string>[];
      expect(received).toEqual({ status: "RECEIVED", requester_agency: "SOCIAL", child_name: "林甲童" });
    },
    SCREENS_TIMEOUT,
  );

  it(
    "should show 人文課 the request with its 1-month reply in ROC, in 追蹤訪查 and the inbox, and let it assign a 里幹事",
    async () => {
      const officer = await suite.signIn(CASE_OFFICER);
      const inbox = officer.getByRole("row").filter({ hasText: "回復村里追蹤（B2、B9）" });
      await inbox.getByText("民國 115/11/06 23:59").waitFor();
      await inbox.getByText("待派里幹事").waitFor();
      await expectAccessible(officer, "district-follow-up-02-inbox");

      await openMenu(officer, "追蹤訪查");
      const row = officer.getByRole("table", { name: "追蹤訪查" }).getByRole("row").filter({ hasText: "林甲童" });
      await row.getByText("追蹤回復 期限內 民國 115/11/06 23:59").waitFor();
      await row.getByText("待派里幹事").waitFor();
      await expectAccessible(officer, "district-follow-up-03-list");
      await row.getByRole("button", { name: "處理 林甲童" }).click();
      const detail = officer.getByRole("region", { name: "追蹤訪查：林甲童" });
      await detail.getByText("社政單位於 民國 115/10/06 請求，本所 民國 115/10/06 09:00 收件").waitFor();
      await detail.getByRole("button", { name: "派此里幹事追蹤" }).click();
      await detail.getByText("請填寫里幹事代號").waitFor();
      await labelled(officer, "里幹事代號").fill(VILLAGE_OFFICER_ID);
      await labelled(officer, "里幹事姓名").fill("王里幹事");
      await detail.getByRole("button", { name: "派此里幹事追蹤" }).click();
      await row.getByText("已派，待回復").waitFor();
      await row.getByText("王里幹事").waitFor();
      await detail.getByText("追蹤里幹事：王里幹事").waitFor();
      await expectAccessible(officer, "district-follow-up-04-assigned");
      await officer.close();
      const [assigned] = (await district().query(`SELECT "status", "assigned_officer_id" FROM "district"."follow_up_requests"`)) as Record<string, string>[];
      expect(assigned).toEqual({ status: "ASSIGNED", assigned_officer_id: VILLAGE_OFFICER_ID });
    },
    SCREENS_TIMEOUT,
  );

  it(
    "should let the 里幹事 record the follow-up, the server's refusal shown at its field, and show the reply sent",
    async () => {
      const villageOfficer = await suite.signIn(VILLAGE_OFFICER);
      await openMenu(villageOfficer, "追蹤訪查");
      const row = villageOfficer.getByRole("table", { name: "追蹤訪查" }).getByRole("row").filter({ hasText: "林甲童" });
      await row.getByRole("button", { name: "處理 林甲童" }).click();
      const detail = villageOfficer.getByRole("region", { name: "追蹤訪查：林甲童" });
      // The 里幹事 assigns no one: that is 人文課's.
      expect(await detail.getByRole("button", { name: "派此里幹事追蹤" }).count()).toBe(0);
      await expectAccessible(villageOfficer, "district-follow-up-05-form");

      // A day before the request arrived: the form lets it through, the server refuses it at the date.
      await typeDate(villageOfficer, "追蹤日期", "115/10/05");
      await labelled(villageOfficer, "兒童所在處所").fill("與外祖父同住於中正區重慶南路");
      await detail.getByRole("button", { name: "記錄並回復請求機關" }).click();
      await detail.getByText(/^資料不正確（伺服器檢核：.*followedUpOn/).waitFor();
      await expectAccessible(villageOfficer, "district-follow-up-06-refused");
      const [unchanged] = (await district().query(`SELECT "status", "followed_up_on" FROM "district"."follow_up_requests"`)) as Record<string, string | null>[];
      expect(unchanged).toEqual({ status: "ASSIGNED", followed_up_on: null });

      // Met: where the child is is asked for before anything is sent.
      await typeDate(villageOfficer, "追蹤日期", "115/10/06");
      await labelled(villageOfficer, "兒童所在處所").fill("");
      await detail.getByRole("button", { name: "記錄並回復請求機關" }).click();
      await detail.getByText("見到兒童時請填寫兒童所在處所").waitFor();
      await labelled(villageOfficer, "兒童所在處所").fill("與外祖父同住於中正區重慶南路");
      await labelled(villageOfficer, "追蹤情形").fill("外祖父照顧，兒童健康");
      await detail.getByRole("button", { name: "記錄並回復請求機關" }).click();
      await row.getByText("已回復").waitFor();
      const reply = detail.getByRole("group", { name: "已回復內容" });
      await reply.getByText("已於 民國 115/10/06 09:00 回復社政單位：已見到兒童（追蹤日期 民國 115/10/06，王里幹事）").waitFor();
      await reply.getByText("兒童所在處所：與外祖父同住於中正區重慶南路").waitFor();
      await row.getByText("追蹤回復 如期完成 民國 115/11/06 23:59").waitFor();
      await expectAccessible(villageOfficer, "district-follow-up-07-replied");
      await villageOfficer.close();
    },
    SCREENS_TIMEOUT,
  );

  it(
    "should show the social worker the district's reply on the child's case",
    async () => {
      await suite.platform.runJob("district", DISPATCH);
      const worker = await suite.signIn(WORKER);
      const detail = await openCase(worker);
      await detail.getByText("民國 115/10/06 區公所追蹤：已見到兒童，兒童所在處所：與外祖父同住於中正區重慶南路，追蹤情形：外祖父照顧，兒童健康").waitFor();
      await expectAccessible(worker, "district-follow-up-08-social-reply");
      await worker.close();
    },
    SCREENS_TIMEOUT,
  );
});
