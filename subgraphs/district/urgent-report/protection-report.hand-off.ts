import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { ProtectionArticle } from "../../../shared/domain/child-care";
import { enqueue } from "../../../shared/outbox/enqueue";
import type { UrgentReport } from "./urgent-report.entity";
import { UrgentReportTarget } from "./urgent-report.enums";

/** Social's intake a child-protection report is delivered to (D3, docs/programme-b.md). */
export const RECEIVE_PROTECTION_REPORT = "ReceiveProtectionReport";

export const PROTECTION_REPORT_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_PROTECTION_REPORT]: `mutation ${RECEIVE_PROTECTION_REPORT}($input: ProtectionReportNoticeInput!) { receiveProtectionReport(input: $input) { id } }`,
};

/** B10: the urgent report's targets that are child-protection reports, and their article. */
export const PROTECTION_TARGETS: Readonly<Partial<Record<UrgentReportTarget, ProtectionArticle>>> = {
  [UrgentReportTarget.CHILD_PROTECTION_ART53]: ProtectionArticle.ART53,
  [UrgentReportTarget.CHILD_PROTECTION_ART54]: ProtectionArticle.ART54,
};

/**
 * B10: a child-protection report reaches social at once — in the transaction that stores it, the
 * outbox row that social's `receiveProtectionReport` takes (D3), carried by the district's
 * service for the filer. Social is the 主管機關 the articles report to: it gets what was found.
 */
export async function sendProtectionReportToSocial(manager: EntityManager, report: UrgentReport, article: ProtectionArticle, actor: Principal): Promise<void> {
  await enqueue(
    manager,
    {
      kind: "protection-report",
      operation: RECEIVE_PROTECTION_REPORT,
      actor,
      variables: (clientKey) => ({
        input: {
          clientKey,
          urgentReportId: report.id,
          personId: report.subjectPersonId,
          childCareCaseId: report.childCareCaseId,
          article,
          reportedAt: report.reportedAt.toISOString(),
          reporterName: report.reporterName,
          reporterRole: actor.role,
          reporterOrg: actor.org,
          summary: report.summary,
        },
      }),
    },
    { now: now() },
  );
}
