import { registerEnumType } from "type-graphql";

/**
 * The closed lists of an urgent report (A9, A13, B10). They live with the district, the only
 * agency that files reports today; when another agency files them too (B10: any unit that finds
 * abuse or neglect), they move to shared/domain/enums.ts unchanged (D8: no subgraph imports another).
 */

/** A9: how the report was made. */
export enum UrgentReportKind {
  /** 緊急電話通報: an urgent case reported by phone at once, before the referral is entered (A9). */
  URGENT_PHONE_REPORT = "URGENT_PHONE_REPORT",
  /** 通報外部機關: a report to a body outside the visit system, its own record (A9, A13). */
  OUTSIDE_BODY_REPORT = "OUTSIDE_BODY_REPORT",
}

/** Whom the report went to (A9, A13, B9, B10). */
export enum UrgentReportTarget {
  /** 家庭暴力防治中心 (A13: 臺北市家庭暴力防治中心) */
  DOMESTIC_VIOLENCE_CENTRE = "DOMESTIC_VIOLENCE_CENTRE",
  /** 兒少權法 第53條: 責任通報 of a child's protection need (B9, B10) */
  CHILD_PROTECTION_ART53 = "CHILD_PROTECTION_ART53",
  /** 兒少權法 第54條: a child's family in need of care (B1, B9, B10) */
  CHILD_PROTECTION_ART54 = "CHILD_PROTECTION_ART54",
  /** 警政單位 (B9: a missing child, a suspected crime) */
  POLICE = "POLICE",
  /** 社會局: the urgent phone report that goes ahead of a referral (A9) */
  SOCIAL_BUREAU = "SOCIAL_BUREAU",
  /** 衛生局: the urgent phone report that goes ahead of a referral (A9) */
  HEALTH_BUREAU = "HEALTH_BUREAU",
  /** 其他: the body named in targetOther */
  OTHER = "OTHER",
}

/** 成案 or not: what the body did with the report (A9, A13). */
export enum UrgentReportOutcome {
  /** Not yet known. */
  PENDING = "PENDING",
  /** 成案: the body opened a case (A13). */
  CASE_OPENED = "CASE_OPENED",
  /** 不成案 */
  NOT_OPENED = "NOT_OPENED",
}

/**
 * A9: the bureaus are referral targets inside the visit system (A8's boxes), not outside bodies: a
 * report to them is the urgent phone call ahead of the referral.
 */
export const INSIDE_THE_VISIT_SYSTEM: readonly UrgentReportTarget[] = [UrgentReportTarget.SOCIAL_BUREAU, UrgentReportTarget.HEALTH_BUREAU];

/**
 * STYLE 12: the outcome's one transition table. A report is pending until the body answers; its
 * answer (成案 or not, A13) is final: a later change is a new report, not an edit.
 */
export const OUTCOME_TRANSITIONS: Readonly<Record<UrgentReportOutcome, readonly UrgentReportOutcome[]>> = {
  [UrgentReportOutcome.PENDING]: [UrgentReportOutcome.CASE_OPENED, UrgentReportOutcome.NOT_OPENED],
  [UrgentReportOutcome.CASE_OPENED]: [],
  [UrgentReportOutcome.NOT_OPENED]: [],
};

registerEnumType(UrgentReportKind, { name: "UrgentReportKind", description: "A9: urgent phone report, or report to an outside body" });
registerEnumType(UrgentReportTarget, { name: "UrgentReportTarget", description: "A9, A13, B10: whom the urgent report went to" });
registerEnumType(UrgentReportOutcome, { name: "UrgentReportOutcome", description: "A9, A13: 成案 (CASE_OPENED) or not" });
