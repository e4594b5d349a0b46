import { DeadlineState } from "../../../shared/deadlines/state";
import { deadlinesTableOf } from "../../../shared/deadlines/table";
import { CareCaseClosure } from "../../../shared/graphql/enums";
import { deadlineOfSubject, deadlineStatisticsIndexes } from "../../../shared/statistics/indexes";
import { AgencyStatistics, instantInMonth, MetricRebuild, monthOfInstant, MONTHS_TO_REBUILD } from "../../../shared/statistics/rebuild";
import type { MetricSpec } from "../../../shared/statistics/report";
import { TIMELINESS_OUTCOME } from "../../../shared/statistics/timeliness";
import { CARE_CASE_SUBJECT, FOLLOW_UP_SUBJECT } from "../deadlines";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/** The care-case steps whose timeliness the report gives (A4, A2, A6; B12). */
export const DISTRICT_STEPS = ["ACKNOWLEDGEMENT", "HOME_VISIT", "VISIT_RECORD"] as const;
/** B2, B9, B12 (issue #12): the follow-up's 1-month reply, which hangs on the follow-up request, not on a care case. */
export const FOLLOW_UP_REPLY_STEP = "FOLLOW_UP_REPLY";
export type DistrictStep = (typeof DISTRICT_STEPS)[number] | typeof FOLLOW_UP_REPLY_STEP;

const CASE_KEPT_BY = ["month", "area", "case_type"] as const;

/**
 * 區公所's part of 民政局's statistics (A11, R6, issue #10), over its own rows only (D1), by the
 * month the case was handed over and the district that handles it (A5): cases received, visited
 * (R6: at least one attempt, home or phone), closed after two missed visits (A7), urgent reports
 * (A9, by the month reported), and the timeliness of each district step (by due month).
 */
export const DISTRICT_METRICS = {
  casesReceived: { metric: "casesReceived", keptBy: CASE_KEPT_BY },
  casesVisited: { metric: "casesVisited", keptBy: CASE_KEPT_BY },
  closedAfterTwoMissedVisits: { metric: "closedAfterTwoMissedVisits", keptBy: CASE_KEPT_BY },
  urgentReports: { metric: "urgentReports", keptBy: CASE_KEPT_BY },
} as const satisfies Record<string, MetricSpec>;

export function timelinessMetric(step: DistrictStep): MetricSpec {
  return { metric: `timeliness:${step}`, keptBy: ["month", "area"], always: ["outcome"] };
}

const HANDED_OVER_MONTH = monthOfInstant(`"c"."handed_over_at"`);
const DUE_MONTH = monthOfInstant(`"d"."due_at"`);
const REPORTED_MONTH = monthOfInstant(`"u"."reported_at"`);
const COLUMNS = `("metric", "month", "area", "case_type", "origin", "decision", "outcome", "count")`;

function caseMetric(metric: string, condition: string): MetricRebuild {
  return {
    metric,
    insert: (table) => `
      INSERT INTO ${table} ${COLUMNS}
      SELECT '${metric}', "m"."month", "c"."visit_district_code", "c"."case_type", '', '', '', count(*)::int
        FROM ${MONTHS_TO_REBUILD} JOIN "${S}"."care_cases" "c" ON ${instantInMonth(`"c"."handed_over_at"`)}
       WHERE ${condition}
       GROUP BY 2, 3, 4`,
  };
}

/** A step's deadlines due in the month, by their subject's district (its `area` column in the subjects' `table`) and outcome. */
function timelinessRebuild(step: DistrictStep, subjects: { subjectType: string; table: string; area: string }): MetricRebuild {
  const { metric } = timelinessMetric(step);
  return {
    metric,
    insert: (table) => `
      INSERT INTO ${table} ${COLUMNS}
      SELECT '${metric}', "m"."month", "s"."${subjects.area}", '', '', '', ${TIMELINESS_OUTCOME}, count(*)::int
        FROM ${MONTHS_TO_REBUILD} JOIN ${deadlinesTableOf(S)} "d" ON ${instantInMonth(`"d"."due_at"`)} JOIN "${S}"."${subjects.table}" "s" ON ${deadlineOfSubject(`"d"`, `"s"."id"`)}
       WHERE "d"."subject_type" = '${subjects.subjectType}' AND "d"."step" = '${step}' AND "d"."state" <> '${DeadlineState.NO_LONGER_DUE}'
       GROUP BY 2, 3, 7`,
  };
}

/**
 * What moves them. Cases, attempts and reports are inserted with created_at. A case changes after
 * (A6: a correction may change its case type, issue #10's gap; its closing), so its updated_at,
 * which a trigger keeps (shared/statistics/updated-at.ts), marks its month as changed. A deadline
 * changes state with its updated_at.
 */
export const districtStatistics: AgencyStatistics = {
  schema: S,
  indexes: [
    { name: "care_cases_handed_over_at", table: `"${S}"."care_cases"`, columns: `"handed_over_at"` },
    { name: "visit_attempts_created_at", table: `"${S}"."visit_attempts"`, columns: `"created_at"` },
    { name: "urgent_reports_created_at", table: `"${S}"."urgent_reports"`, columns: `"created_at"` },
    { name: "urgent_reports_reported_at", table: `"${S}"."urgent_reports"`, columns: `"reported_at"` },
    ...deadlineStatisticsIndexes(S),
  ],
  sources: [
    {
      name: "care_cases",
      changed: `SELECT ${HANDED_OVER_MONTH} AS "month", max("c"."updated_at") AS "seen" FROM "${S}"."care_cases" "c" WHERE "c"."updated_at" > $1 GROUP BY 1`,
    },
    {
      name: "visit_attempts",
      changed: `SELECT ${HANDED_OVER_MONTH} AS "month", max("a"."created_at") AS "seen"
                  FROM "${S}"."visit_attempts" "a" JOIN "${S}"."care_cases" "c" ON "c"."id" = "a"."care_case_id"
                 WHERE "a"."created_at" > $1 GROUP BY 1`,
    },
    {
      name: "urgent_reports",
      changed: `SELECT ${REPORTED_MONTH} AS "month", max("u"."created_at") AS "seen" FROM "${S}"."urgent_reports" "u" WHERE "u"."created_at" > $1 GROUP BY 1`,
    },
    {
      name: "deadlines",
      changed: `SELECT ${DUE_MONTH} AS "month", max("d"."updated_at") AS "seen" FROM ${deadlinesTableOf(S)} "d" WHERE "d"."updated_at" > $1 GROUP BY 1`,
    },
  ],
  metrics: [
    caseMetric(DISTRICT_METRICS.casesReceived.metric, "true"),
    caseMetric(DISTRICT_METRICS.casesVisited.metric, `EXISTS (SELECT 1 FROM "${S}"."visit_attempts" "a" WHERE "a"."care_case_id" = "c"."id")`),
    caseMetric(DISTRICT_METRICS.closedAfterTwoMissedVisits.metric, `"c"."closure" = '${CareCaseClosure.TWO_MISSED_VISITS}'`),
    {
      metric: DISTRICT_METRICS.urgentReports.metric,
      insert: (table) => `
        INSERT INTO ${table} ${COLUMNS}
        SELECT '${DISTRICT_METRICS.urgentReports.metric}', "m"."month", "c"."visit_district_code", "c"."case_type", '', '', '', count(*)::int
          FROM ${MONTHS_TO_REBUILD} JOIN "${S}"."urgent_reports" "u" ON ${instantInMonth(`"u"."reported_at"`)} JOIN "${S}"."care_cases" "c" ON "c"."id" = "u"."care_case_id"
         GROUP BY 2, 3, 4`,
    },
    ...DISTRICT_STEPS.map((step) => timelinessRebuild(step, { subjectType: CARE_CASE_SUBJECT, table: "care_cases", area: "visit_district_code" })),
    // B12: by the request's household district (the office that follows up); the district's aggregates have no unit column.
    timelinessRebuild(FOLLOW_UP_REPLY_STEP, { subjectType: FOLLOW_UP_SUBJECT, table: "follow_up_requests", area: "household_district_code" }),
  ],
};
