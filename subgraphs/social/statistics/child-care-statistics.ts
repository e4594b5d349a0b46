import { deadlinesTableOf } from "../../../shared/deadlines/table";
import { deadlineStatisticsIndexes } from "../../../shared/statistics/indexes";
import { AgencyStatistics, instantInMonth, monthOfInstant, MONTHS_TO_REBUILD } from "../../../shared/statistics/rebuild";
import type { MetricSpec } from "../../../shared/statistics/report";
import type { StatisticsTableField } from "../../../shared/statistics/tables-resolver";
import { unitTimelinessMetric, unitTimelinessRebuild } from "../../../shared/statistics/timeliness";
import { CHILD_CARE_SUBJECT } from "../child-care/child-care.units";
import { SOCIAL_SCHEMA as S } from "../schema-name";

/** B9: social's two steps on a child-care case (R1: seed 003's 10 and 30 days). */
const SOCIAL_STEPS = ["SOCIAL_VISIT", "VISIT_REPORT"] as const;

/**
 * 社會局's programme B figures (issue #12, B1, B9, B12) over its own child-care rows only (D1):
 * - children per category: the children (their cases) whose notices of a category passed the
 *   screening, by the month the notice arrived, the household district and the holding unit; a
 *   child noticed in two categories counts under both (so the total is children-in-categories);
 * - exclusions per reason (R7, B2–B6), by the month the notice arrived and the household district
 *   (no unit: an excluded notice reaches none);
 * - child-care cases by state, by the month the case was received;
 * - the on-time rate of the visit (10 days) and the report (30 days), by due month and holding unit.
 */
export const CHILD_CARE_METRICS = {
  children: { metric: "childCare:children", keptBy: ["month", "area", "unit", "category"], always: ["category"] },
  exclusions: { metric: "childCare:exclusions", keptBy: ["month", "area", "category", "reason"], always: ["reason"] },
  cases: { metric: "childCare:cases", keptBy: ["month", "area", "unit", "state"], always: ["state"] },
} as const satisfies Record<string, MetricSpec>;

export const CHILD_CARE_STATISTICS_FIELDS: readonly StatisticsTableField[] = [
  { field: "childCareChildren", spec: CHILD_CARE_METRICS.children, description: "B1: children per category, their notices past the screening (MONTH arrived, DISTRICT household, UNIT holding; always by CATEGORY; a child in two categories counts under both)" },
  { field: "childCareExclusions", spec: CHILD_CARE_METRICS.exclusions, description: "B2–B6, R7: notices excluded, always by EXCLUSION_REASON (MONTH arrived, DISTRICT household, CATEGORY)" },
  { field: "childCareCases", spec: CHILD_CARE_METRICS.cases, description: "B9: child-care cases, always by CASE_STATE as they stand now (MONTH received, DISTRICT household, UNIT holding)" },
  { field: "socialVisitTimeliness", spec: unitTimelinessMetric("SOCIAL_VISIT"), description: "B9, B12: the social worker's visit within 10 days by outcome (MONTH due, DISTRICT household, UNIT holding)" },
  { field: "visitReportTimeliness", spec: unitTimelinessMetric("VISIT_REPORT"), description: "B9, B12: the visit report within 30 days by outcome (MONTH due, DISTRICT household, UNIT holding)" },
];

const NOTICES = `"${S}"."child_care_notices"`;
const CASES = `"${S}"."child_care_cases"`;
const COLUMNS = `("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit", "status", "category", "reason", "state", "count")`;

/** What the pass reads by: the change timestamps (programmeBStatisticsMigration) and the months' columns. */
export const CHILD_CARE_STATISTICS_INDEXES = [
  { name: "child_care_notices_received_at", table: NOTICES, columns: `"received_at"` },
  { name: "child_care_cases_received_at", table: CASES, columns: `"received_at"` },
  ...deadlineStatisticsIndexes(S),
];

/**
 * What moves them. A notice is written once, but an undone merge moves it to a case of its own; a
 * case changes state (B9); both have an updated_at a trigger keeps (shared/statistics/updated-at.ts).
 * A deadline changes state with its updated_at.
 */
export const childCareStatistics: AgencyStatistics = {
  schema: S,
  indexes: CHILD_CARE_STATISTICS_INDEXES,
  sources: [
    {
      name: "child_care_notices",
      changed: `SELECT ${monthOfInstant(`"n"."received_at"`)} AS "month", max("n"."updated_at") AS "seen" FROM ${NOTICES} "n" WHERE "n"."updated_at" > $1 GROUP BY 1`,
    },
    {
      name: "child_care_cases",
      changed: `SELECT ${monthOfInstant(`"c"."received_at"`)} AS "month", max("c"."updated_at") AS "seen" FROM ${CASES} "c" WHERE "c"."updated_at" > $1 GROUP BY 1`,
    },
    {
      name: "deadlines",
      changed: `SELECT ${monthOfInstant(`"d"."due_at"`)} AS "month", max("d"."updated_at") AS "seen" FROM ${deadlinesTableOf(S)} "d" WHERE "d"."updated_at" > $1 GROUP BY 1`,
    },
  ],
  metrics: [
    {
      metric: CHILD_CARE_METRICS.children.metric,
      insert: (table) => `
        INSERT INTO ${table} ${COLUMNS}
        SELECT '${CHILD_CARE_METRICS.children.metric}', "m"."month", "n"."household_district_code", '', '', '', '', '', "c"."holding_unit", '', "n"."category", '', '', count(DISTINCT "n"."case_id")::int
          FROM ${MONTHS_TO_REBUILD} JOIN ${NOTICES} "n" ON ${instantInMonth(`"n"."received_at"`)} JOIN ${CASES} "c" ON "c"."id" = "n"."case_id"
         GROUP BY 2, 3, 9, 11`,
    },
    {
      metric: CHILD_CARE_METRICS.exclusions.metric,
      insert: (table) => `
        INSERT INTO ${table} ${COLUMNS}
        SELECT '${CHILD_CARE_METRICS.exclusions.metric}', "m"."month", "n"."household_district_code", '', '', '', '', '', '', '', "n"."category", "n"."exclusion_reason", '', count(*)::int
          FROM ${MONTHS_TO_REBUILD} JOIN ${NOTICES} "n" ON ${instantInMonth(`"n"."received_at"`)}
         WHERE "n"."exclusion_reason" IS NOT NULL
         GROUP BY 2, 3, 11, 12`,
    },
    {
      metric: CHILD_CARE_METRICS.cases.metric,
      insert: (table) => `
        INSERT INTO ${table} ${COLUMNS}
        SELECT '${CHILD_CARE_METRICS.cases.metric}', "m"."month", "c"."household_district_code", '', '', '', '', '', "c"."holding_unit", '', '', '', "c"."status", count(*)::int
          FROM ${MONTHS_TO_REBUILD} JOIN ${CASES} "c" ON ${instantInMonth(`"c"."received_at"`)}
         GROUP BY 2, 3, 9, 13`,
    },
    ...SOCIAL_STEPS.map((step) =>
      unitTimelinessRebuild({ schema: S, step, subjectType: CHILD_CARE_SUBJECT, table: CASES, area: `"s"."household_district_code"`, unit: `"s"."holding_unit"` }),
    ),
  ],
};
