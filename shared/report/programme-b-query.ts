/**
 * Issue #12 (B1, B4, B9, B12): programme B's part of 民政局's report, two more aliases of the one
 * report query: the counts by their own breakdown (category, exclusion reason, case state, B4's
 * condition), and every B step's outcomes per unit (a care point, a precinct, a 健康服務中心).
 */
export const PROGRAMME_B_COUNTS: readonly { readonly field: string; readonly by: string }[] = [
  { field: "childCareChildren", by: "category" },
  { field: "childCareExclusions", by: "exclusionReason" },
  { field: "childCareCases", by: "caseState" },
  { field: "vaccinationReferrals", by: "referralCondition" },
];

/** B12: each agency's steps, in the flow's order (seed 003: police, social, health), with the field of its table. */
export const PROGRAMME_B_STEPS: readonly { readonly field: string; readonly label: string }[] = [
  { field: "policeVisitTimeliness", label: "員警7日內完成訪查" },
  { field: "investigationReplyTimeliness", label: "警政單位1個月內回復" },
  // The district office's follow-up (B2, B9), by household district only: its table has no unit, its one row is all 區公所.
  { field: "followUpReplyTimeliness", label: "里幹事追蹤回復（1個月）" },
  { field: "socialVisitTimeliness", label: "社政單位10日內查訪" },
  { field: "visitReportTimeliness", label: "社政單位30日內完成訪視報告" },
  { field: "vaccinationCatchUpTimeliness", label: "衛生單位半年內至少3次催種（至少1次雙向聯繫）" },
];

const FIGURE = "{ count suppressed }";

export const PROGRAMME_B_REPORT_FIELDS = `
  programmeB: careStatistics(from: $from, to: $to, groupBy: [CATEGORY, EXCLUSION_REASON, CASE_STATE, REFERRAL_CONDITION]) {
    ${PROGRAMME_B_COUNTS.map(({ field, by }) => `${field} { cells { ${by} count suppressed } total ${FIGURE} }`).join("\n    ")}
  }
  programmeBByUnit: careStatistics(from: $from, to: $to, groupBy: [UNIT]) {
    ${PROGRAMME_B_STEPS.map(({ field }) => `${field} { cells { unit outcome count suppressed } totals { unit outcome count suppressed } total ${FIGURE} }`).join("\n    ")}
  }`;
