import { Role } from "../../../shared/auth/roles";
import { loadTarget } from "../../../shared/authz/guards";
import { forbidden } from "../../../shared/errors";
import type { DistrictContext } from "../loaders";
import type { UrgentReport } from "./urgent-report.entity";
import { UrgentReportTarget } from "./urgent-report.enums";

/**
 * Issue #11 (A9, A13): who records an urgent report's answer (成案 or not) is decided by whom the
 * report was addressed to. An urgent phone report to 社會局 or 衛生局 goes ahead of a referral
 * inside the visit system (A9), so that agency answers it itself: its social worker or
 * public-health nurse, for a case referred to their own unit (the report's row scope). Every
 * other target is a body outside the system (家防中心, the police, child protection, 其他) that
 * answers the district by phone, so the district staff who reported record what it said.
 *
 * Where the write lives (D1, D3, D4): the report, its target and its outcome are one record of the
 * district's (A9: "its own record"), so the district's subgraph writes it — D1 holds. D3's
 * outbox hand-off is for a change the receiving agency first stores in its own records; the
 * bureaus keep no record of a phone call to deliver from, and only the district holds the
 * report's addressee and its case, so only here can another agency's or another unit's report be
 * refused before anything is written (fail closed, one transaction). The receiving role is
 * therefore authorised on the district's mutation, by the report's row scope and this table (D4).
 */
const ANSWERED_BY_THE_BUREAU: Readonly<Partial<Record<UrgentReportTarget, Role>>> = {
  [UrgentReportTarget.SOCIAL_BUREAU]: Role.SOCIAL_WORKER,
  [UrgentReportTarget.HEALTH_BUREAU]: Role.HEALTH_NURSE,
};

/** The district staff who report (A9) and so relay an outside body's answer. */
const DISTRICT_REPORTERS: readonly Role[] = [Role.VILLAGE_OFFICER, Role.DISTRICT_CASE_OFFICER];

/** Every role that may answer some report (the policy's operation list). */
export const URGENT_REPORT_ANSWERERS: readonly Role[] = [...DISTRICT_REPORTERS, ...Object.values(ANSWERED_BY_THE_BUREAU)];

/** Whether `role` records the answer of a report sent to `target`. */
export function answersReportTo(role: Role, target: UrgentReportTarget): boolean {
  const bureauRole = ANSWERED_BY_THE_BUREAU[target];
  return bureauRole === undefined ? DISTRICT_REPORTERS.includes(role) : bureauRole === role;
}

/**
 * The write target of recordUrgentReportOutcome: the report in the caller's row scope (its case
 * referred to the caller's unit), and addressed to the caller's agency. A report the caller may
 * not see is left to the scope check (FORBIDDEN without saying why); one it sees but does not
 * answer says whose answer it is.
 */
export async function loadAnswerableReport(context: DistrictContext, reportId: unknown): Promise<UrgentReport | null> {
  const report = await loadTarget(context.loaders.urgentReportById, reportId, "reportId");
  if (report !== null && report.inScope === true && !answersReportTo(context.principal.role, report.target)) {
    throw forbidden("This report's answer is recorded by the agency it was addressed to (A9, A13)");
  }
  return report;
}
