import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { Role } from "../../../shared/auth/roles";
import { now } from "../../../shared/clock";
import { intakeOnce, requireClientKey } from "../../../shared/db/idempotent-intake";
import { SocialServiceUnit } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { notify } from "../../../shared/notifications/notify";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { SOCIAL_SCHEMA } from "../schema-name";
import { ChildCareCase } from "./child-care.entities";
import { ChildCareCaseStatus } from "./child-care.enums";
import { ChildCareNotificationKind } from "./child-care.intake";
import { ChildProtectionReport } from "./protection-report.entity";
import { ProtectionReportNoticeInput } from "./protection-report.input";

/** The notification's subject when the child has no case yet (the unit opens the report itself). */
export const PROTECTION_REPORT_SUBJECT = "ChildProtectionReport";

/** The case the report joins: the one the filer named, else the child's open (else latest) case. */
async function caseOf(dataSource: DataSource, personId: string, namedCaseId: string | null): Promise<ChildCareCase | null> {
  const cases = dataSource.getRepository(ChildCareCase);
  const named = namedCaseId === null ? null : await cases.findOneBy({ id: namedCaseId });
  // A case social knows the child on without household's Person (an import, a survey) is taken as the filer named it.
  if (named !== null && (named.personId === personId || named.personId === null)) {
    return named;
  }
  const held = await cases.find({ where: { personId }, order: { receivedAt: "ASC", id: "ASC" } });
  return held.find((candidate) => candidate.status !== ChildCareCaseStatus.CLOSED) ?? held.at(-1) ?? null;
}

/**
 * B10 (docs/programme-b.md `receiveProtectionReport`): a child-protection report reaches social at
 * once. The unit holding the child's case is notified in the same transaction; a child with no case
 * goes to the family service centre (A10: serious cases of any district). A case the filer named
 * that is another Person's is passed over for the child's own (the filer's knowledge may be old: a
 * report is never refused for it). Idempotent by the district's outbox key.
 */
export async function receiveProtectionReport(dataSource: DataSource, input: ProtectionReportNoticeInput): Promise<ChildProtectionReport> {
  const personId = requireUuid(input.personId, "input.personId");
  const namedCaseId = input.childCareCaseId === undefined || input.childCareCaseId === null ? null : requireUuid(input.childCareCaseId, "input.childCareCaseId");
  const held = await caseOf(dataSource, personId, namedCaseId);
  const candidate = Object.assign(new ChildProtectionReport(), {
    id: randomUUID(),
    clientKey: requireClientKey(input.clientKey),
    urgentReportId: requireUuid(input.urgentReportId, "input.urgentReportId"),
    personId,
    caseId: held?.id ?? null,
    receivingUnit: held?.holdingUnit ?? SocialServiceUnit.FAMILY_SERVICE_CENTRE,
    article: input.article,
    reportedAt: input.reportedAt,
    reporterName: requiredText(input.reporterName, "input.reporterName", 60),
    reporterRole: requiredText(input.reporterRole, "input.reporterRole", 40),
    reporterOrg: requiredText(input.reporterOrg, "input.reporterOrg", 40),
    summary: optionalText(input.summary, "input.summary", 2000),
    receivedAt: now(),
  });
  // A retry's case and instant are the receiver's own: the sender's content decides a CONFLICT.
  return intakeOnce(dataSource, ChildProtectionReport, candidate, { receiverSet: ["caseId", "receivingUnit"] }, (manager, saved) =>
    notify(manager, SOCIAL_SCHEMA, saved.receivedAt, [
      {
        recipient: { org: saved.receivingUnit, role: Role.SOCIAL_WORKER },
        kind: ChildCareNotificationKind.PROTECTION_REPORT,
        subjectType: held === null ? PROTECTION_REPORT_SUBJECT : "ChildCareCase",
        subjectId: held?.id ?? saved.id,
        event: saved.id,
      },
    ]),
  );
}
