import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { taipeiDateOf } from "../../../shared/clock";
import { intakeOnce, requireClientKey, sameHandOffContent } from "../../../shared/db/idempotent-intake";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { notBefore, notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { CareCase } from "../care-case/care-case.entity";
import { PROTECTION_TARGETS, sendProtectionReportToSocial } from "./protection-report.hand-off";
import { UrgentReport } from "./urgent-report.entity";
import { INSIDE_THE_VISIT_SYSTEM, OUTCOME_TRANSITIONS, UrgentReportKind, UrgentReportOutcome, UrgentReportTarget } from "./urgent-report.enums";
import { UrgentReportInput } from "./urgent-report.input";

const LONG_TEXT = 2000;
const NAME_LENGTH = 60;

/** What the district moves after intake: a retry still matches a report whose outcome came in since. */
const RECEIVER_SET = ["outcome", "outcomeRecordedAt"] as const;

/**
 * D3/issue #7: the same key with any other content is a CONFLICT. The shared comparison leaves
 * instants out (a sender's dates are LocalDates there); here the report's instant is the caller's
 * own, so it is compared too.
 */
export function sameReport(stored: UrgentReport, candidate: UrgentReport): boolean {
  return sameHandOffContent(stored, candidate, RECEIVER_SET) && stored.reportedAt.getTime() === candidate.reportedAt.getTime();
}

/**
 * An instant of something done is not in the future (issue #7), counted by the Taipei day (R2) as
 * every other date is, so a device clock a little ahead does not refuse a report made just now.
 */
export function notInFutureInstant(instant: Date, field: string): void {
  notInFuture(taipeiDateOf(instant), field);
}

function checkTarget(kind: UrgentReportKind, target: UrgentReportTarget, targetOther: string | null): void {
  if (kind === UrgentReportKind.OUTSIDE_BODY_REPORT && INSIDE_THE_VISIT_SYSTEM.includes(target)) {
    throw badUserInput("社會局 and 衛生局 take referrals inside the system: a report to them is an URGENT_PHONE_REPORT (A9)", "target");
  }
  if ((target === UrgentReportTarget.OTHER) !== (targetOther !== null)) {
    throw badUserInput("targetOther names the OTHER target: required with it, not allowed without it", "targetOther");
  }
}

/**
 * A9/A13: records an urgent report on a care case, idempotent by the client key (a phone line that
 * drops makes the console retry). Its outcome starts PENDING; the body's answer comes later.
 */
export async function recordUrgentReport(dataSource: DataSource, input: UrgentReportInput, actor: Principal): Promise<UrgentReport> {
  const clientKey = requireClientKey(input.clientKey);
  const targetOther = optionalText(input.targetOther, "targetOther", 100);
  checkTarget(input.kind, input.target, targetOther);
  notInFutureInstant(input.reportedAt, "reportedAt");
  const careCase = await dataSource.getRepository(CareCase).findOneBy({ id: requireUuid(input.careCaseId, "careCaseId") });
  if (careCase === null) {
    throw notFound("CareCase");
  }
  // A4: the district reports on a case it has received, so not before the hand-over.
  notBefore(taipeiDateOf(input.reportedAt), taipeiDateOf(careCase.handedOverAt), "reportedAt", "the hand-over date");
  const candidate = Object.assign(new UrgentReport(), {
    id: randomUUID(),
    clientKey,
    careCaseId: careCase.id,
    subjectPersonId: careCase.personId,
    kind: input.kind,
    target: input.target,
    targetOther,
    reportedAt: input.reportedAt,
    reporterName: requiredText(input.reporterName, "reporterName", NAME_LENGTH),
    recipientName: optionalText(input.recipientName, "recipientName", NAME_LENGTH),
    summary: optionalText(input.summary, "summary", LONG_TEXT),
    outcome: UrgentReportOutcome.PENDING,
    outcomeRecordedAt: null,
    filedByRole: null,
    filedByOrg: null,
    childCareCaseId: null,
  });
  // B10: a report under art. 53/54 on the case reaches social at once, as one filed on the child does.
  const article = PROTECTION_TARGETS[input.target];
  const toSocial = article === undefined ? undefined : (manager: EntityManager, saved: UrgentReport) => sendProtectionReportToSocial(manager, saved, article, actor);
  return intakeOnce(dataSource, UrgentReport, candidate, sameReport, toSocial);
}

/**
 * A13: the body's answer, 成案 or not, once (OUTCOME_TRANSITIONS). The same answer again is a
 * retry and changes nothing; another answer after the first is a CONFLICT.
 */
export async function recordUrgentReportOutcome(dataSource: DataSource, reportId: string, outcome: UrgentReportOutcome, recordedAt: Date): Promise<UrgentReport> {
  if (outcome === UrgentReportOutcome.PENDING) {
    throw badUserInput("An outcome is CASE_OPENED or NOT_OPENED", "outcome");
  }
  notInFutureInstant(recordedAt, "recordedAt");
  return dataSource.transaction(async (manager) => {
    const report = await manager.getRepository(UrgentReport).findOne({ where: { id: requireUuid(reportId, "reportId") }, lock: { mode: "pessimistic_write" } });
    if (report === null) {
      throw notFound("UrgentReport");
    }
    if (recordedAt.getTime() < report.reportedAt.getTime()) {
      throw badUserInput("recordedAt must not be before the report", "recordedAt");
    }
    if (report.outcome === outcome && report.outcomeRecordedAt?.getTime() === recordedAt.getTime()) {
      return report;
    }
    if (!OUTCOME_TRANSITIONS[report.outcome].includes(outcome)) {
      throw conflict("The report's outcome is already recorded: a later change is a new report");
    }
    report.outcome = outcome;
    report.outcomeRecordedAt = recordedAt;
    return manager.save(report);
  });
}
