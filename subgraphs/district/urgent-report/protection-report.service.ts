import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { ProtectionArticle } from "../../../shared/domain/child-care";
import { badUserInput } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { sendProtectionReportToSocial } from "./protection-report.hand-off";
import { ProtectionReportInput, ProtectionReportReceipt } from "./protection-report.input";
import { UrgentReport } from "./urgent-report.entity";
import { UrgentReportKind, UrgentReportOutcome, UrgentReportTarget } from "./urgent-report.enums";
import { notInFutureInstant, sameReport } from "./urgent-report.service";

const LONG_TEXT = 2000;
const NAME_LENGTH = 60;

const TARGET_OF: Readonly<Record<ProtectionArticle, UrgentReportTarget>> = {
  [ProtectionArticle.ART53]: UrgentReportTarget.CHILD_PROTECTION_ART53,
  [ProtectionArticle.ART54]: UrgentReportTarget.CHILD_PROTECTION_ART54,
};

function receiptOf(report: UrgentReport, article: ProtectionArticle): ProtectionReportReceipt {
  return Object.assign(new ProtectionReportReceipt(), { id: report.id, clientKey: report.clientKey, personId: report.subjectPersonId, article, reportedAt: report.reportedAt });
}

/**
 * B10: any role that finds abuse or neglect files a report on the child (兒少權法 art. 53/54), as an
 * urgent report of the district's (the record of A9/A13, kept apart from any case), sent to social
 * in the same transaction. The filer is named by role and organisation; the report is about the
 * child (the audit's subject). Idempotent by the client key: a retry neither duplicates the report
 * nor sends it twice.
 */
export async function fileProtectionReport(dataSource: DataSource, input: ProtectionReportInput, actor: Principal): Promise<ProtectionReportReceipt> {
  const clientKey = requireClientKey(input.clientKey);
  const article = input.article;
  if (!Object.values(ProtectionArticle).includes(article)) {
    throw badUserInput("article is ART53 or ART54", "input.article");
  }
  notInFutureInstant(input.reportedAt, "input.reportedAt");
  const childCareCaseId = input.childCareCaseId === undefined || input.childCareCaseId === null ? null : requireUuid(input.childCareCaseId, "input.childCareCaseId");
  const candidate = Object.assign(new UrgentReport(), {
    id: randomUUID(),
    clientKey,
    careCaseId: null,
    subjectPersonId: requireUuid(input.personId, "input.personId"),
    kind: UrgentReportKind.OUTSIDE_BODY_REPORT,
    target: TARGET_OF[article],
    targetOther: null,
    reportedAt: input.reportedAt,
    reporterName: requiredText(input.reporterName, "input.reporterName", NAME_LENGTH),
    recipientName: null,
    summary: optionalText(input.summary, "input.summary", LONG_TEXT),
    outcome: UrgentReportOutcome.PENDING,
    outcomeRecordedAt: null,
    filedByRole: actor.role,
    filedByOrg: actor.org,
    childCareCaseId,
  });
  const stored = await intakeOnce(dataSource, UrgentReport, candidate, sameReport, (manager, saved) => sendProtectionReportToSocial(manager, saved, article, actor));
  return receiptOf(stored, article);
}
