import { registerEnumType } from "type-graphql";

/**
 * A11 (issue #10): what 民政局's monthly statistics may be broken down by. OFFICE and DISTRICT name
 * the same 12 codes (each 戶政事務所 serves one 區): household keeps its figures by the recording
 * office, the district by the district that handles the case, and either word groups by that unit.
 */
export enum StatisticsDimension {
  MONTH = "MONTH",
  OFFICE = "OFFICE",
  DISTRICT = "DISTRICT",
  CASE_TYPE = "CASE_TYPE",
  ORIGIN = "ORIGIN",
  DECISION = "DECISION",
  /** A12: a receiving agency's needs (社會局's or 衛生局's own values); a referral with two needs counts under both. */
  NEED = "NEED",
  /** A10: the unit serving a referral (a care point, a centre); B12: the unit holding a programme B step (a care point, a precinct, a 健康服務中心). */
  UNIT = "UNIT",
  /** B1: a child-care notice's category (issue #12); a child in two categories counts under both. */
  CATEGORY = "CATEGORY",
  /** B2–B6, R7: why a notice was excluded before any unit saw it. */
  EXCLUSION_REASON = "EXCLUSION_REASON",
  /** B9: where a child-care case stands (social's own values: OPEN, IN_REVIEW, CLOSED). */
  CASE_STATE = "CASE_STATE",
  /** B4 (a)–(d): why the health unit referred the child to social units. */
  REFERRAL_CONDITION = "REFERRAL_CONDITION",
}

registerEnumType(StatisticsDimension, { name: "StatisticsDimension", description: "A11: a breakdown of 民政局's statistics" });

/** B12: how a deadline step ended, as of the scheduler's last pass (D9). */
export enum DeadlineOutcome {
  MET_ON_TIME = "MET_ON_TIME",
  MET_LATE = "MET_LATE",
  BREACHED = "BREACHED",
  OPEN = "OPEN",
}

/** The stored columns of one monthly aggregate row; a metric fills the ones it is kept by, '' elsewhere. */
/** `status`: a receiving agency's only (A10: where a referral stands, its kit's ReferralStatus). */
/** `category`, `reason`, `state`: social's programme B tables only; `condition`: health's (issue #12, programme-b-migration.ts). */
export type AggregateColumn = "month" | "area" | "case_type" | "origin" | "decision" | "outcome" | "need" | "unit" | "status" | "category" | "reason" | "state" | "condition";

/** The column each dimension groups on (OFFICE and DISTRICT: the agency's unit, see above). */
export const COLUMN_OF: Readonly<Record<StatisticsDimension, AggregateColumn>> = {
  [StatisticsDimension.MONTH]: "month",
  [StatisticsDimension.OFFICE]: "area",
  [StatisticsDimension.DISTRICT]: "area",
  [StatisticsDimension.CASE_TYPE]: "case_type",
  [StatisticsDimension.ORIGIN]: "origin",
  [StatisticsDimension.DECISION]: "decision",
  [StatisticsDimension.NEED]: "need",
  [StatisticsDimension.UNIT]: "unit",
  [StatisticsDimension.CATEGORY]: "category",
  [StatisticsDimension.EXCLUSION_REASON]: "reason",
  [StatisticsDimension.CASE_STATE]: "state",
  [StatisticsDimension.REFERRAL_CONDITION]: "condition",
};

registerEnumType(DeadlineOutcome, { name: "DeadlineOutcome", description: "B12: a deadline step's outcome in the statistics" });
