import { Page } from "playwright-core";
import { Role } from "../../shared/auth/roles";
import { createVisitedCase, VisitedCase } from "../support/case-fixture";
import { consoleSuite, expectAccessible, SignInAs } from "../support/console-session";
import { dataOf } from "../support/graphql";

const ZHONGZHENG = "63000050";
/** A Monday in Taipei: the platform's and the browser's clock both (the answer's time defaults to now). */
const NOW = new Date("2026-11-16T10:00:00+08:00");

/**
 * Issue #11 (A9, A13) in Chromium: the district phones 社會局 and 衛生局 about one referred case;
 * each bureau's own caseworker opens the referral and records its answer (成案 / 不成案) with the
 * answer's time, seeing only the report addressed to it. axe-core finds no serious violation.
 */
describe("the receiving agency answers an urgent report on screen (issue #11)", () => {
  let visited: VisitedCase;
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };

  async function reportByPhone(target: string): Promise<void> {
    dataOf(
      await suite.platform.query(`mutation($input: UrgentReportInput!) { recordUrgentReport(input: $input) { id } }`, {
        ...officer,
        variables: {
          input: { clientKey: `console-answer-${target}`, careCaseId: visited.careCaseId, kind: "URGENT_PHONE_REPORT", target, reportedAt: "2026-11-16T09:00:00+08:00", reporterName: "王里幹事" },
        },
      }),
    );
  }

  const suite = consoleSuite({
    persons: 10,
    seed: "urgent-report-outcome-console",
    now: NOW,
    setup: async (platform) => {
      visited = await createVisitedCase(platform, ZHONGZHENG, "文北里", "urgent-report-outcome-console", { needs: ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU"] });
      await platform.runJob("district", "outbox-dispatch");
      await reportByPhone("SOCIAL_BUREAU");
      await reportByPhone("HEALTH_BUREAU");
    },
  });

  async function openReferral(as: SignInAs): Promise<Page> {
    const page = await suite.signIn(as);
    await page.clock.setFixedTime(NOW);
    await page.getByRole("button", { name: "開啟 阮氏梅 的轉介" }).click();
    await page.getByRole("heading", { name: "轉介案件：阮氏梅" }).waitFor();
    return page;
  }

  async function outcomesOnTheCase(): Promise<unknown[]> {
    const { careCase } = dataOf(
      await suite.platform.query<{ careCase: { urgentReports: { target: string; outcome: string; outcomeRecordedAt: string | null }[] } }>(
        `query($id: ID!) { careCase(id: $id) { urgentReports { target outcome outcomeRecordedAt } } }`,
        { ...officer, variables: { id: visited.careCaseId } },
      ),
    );
    return careCase.urgentReports;
  }

  it("should let the social worker record 成案 for the report to 社會局 only, with the answer's time", async () => {
    const page = await openReferral({ role: "社工", org: "西區關懷據點" });
    const answers = page.getByRole("region", { name: "緊急通報回覆" });
    const reports = answers.getByRole("list", { name: "通報社會局" }).getByRole("listitem");
    await reports.first().waitFor();
    // Only the report addressed to 社會局: 衛生局's is the nurse's to answer.
    expect(await reports.allTextContents()).toEqual([expect.stringContaining("民國 115/11/16 09:00 緊急電話通報・待回覆")]);
    await expectAccessible(page, "urgent-answer-01-social");

    const form = answers.getByRole("form", { name: "記錄回覆：民國 115/11/16 09:00 緊急電話通報" });
    await form.getByRole("button", { name: "記錄回覆" }).click();
    await form.getByText("請選擇回覆結果").waitFor();
    await form.getByRole("radio", { name: "成案", exact: true }).check();
    await form.getByLabel("回覆時間").fill("09:40");
    await form.getByRole("button", { name: "記錄回覆" }).click();
    await answers.getByText("民國 115/11/16 09:00 緊急電話通報・已成案（回覆 民國 115/11/16 09:40）").waitFor();
    await form.waitFor({ state: "detached" });
    await expectAccessible(page, "urgent-answer-02-social-answered");
    expect(await outcomesOnTheCase()).toEqual(
      expect.arrayContaining([
        { target: "SOCIAL_BUREAU", outcome: "CASE_OPENED", outcomeRecordedAt: "2026-11-16T01:40:00.000Z" },
        { target: "HEALTH_BUREAU", outcome: "PENDING", outcomeRecordedAt: null },
      ]),
    );
    await page.context().close();
  });

  it("should let the health centre's nurse record 不成案 for the report to 衛生局", async () => {
    const page = await openReferral({ role: "公衛護士", org: "中正區健康服務中心" });
    const answers = page.getByRole("region", { name: "緊急通報回覆" });
    const form = answers.getByRole("form", { name: "記錄回覆：民國 115/11/16 09:00 緊急電話通報" });
    await form.getByRole("radio", { name: "不成案", exact: true }).check();
    await form.getByRole("button", { name: "記錄回覆" }).click();
    await answers.getByText("民國 115/11/16 09:00 緊急電話通報・未成案（回覆 民國 115/11/16 10:00）").waitFor();
    await expectAccessible(page, "urgent-answer-03-health-answered");
    expect(await outcomesOnTheCase()).toEqual(expect.arrayContaining([{ target: "HEALTH_BUREAU", outcome: "NOT_OPENED", outcomeRecordedAt: "2026-11-16T02:00:00.000Z" }]));
    await page.context().close();
  });
});
