import { deadlinesTableOf } from "../../../shared/deadlines/table";
import { deadlineStatisticsIndexes } from "../../../shared/statistics/indexes";
import { AgencyStatistics, dateInMonth, monthOfDate, monthOfInstant, MONTHS_TO_REBUILD } from "../../../shared/statistics/rebuild";
import type { MetricSpec } from "../../../shared/statistics/report";
import type { StatisticsTableField } from "../../../shared/statistics/tables-resolver";
import { unitTimelinessMetric, unitTimelinessRebuild } from "../../../shared/statistics/timeliness";
import { FOLLOW_UP_SUBJECT } from "../deadlines";
import { HEALTH_SCHEMA as S } from "../schema-name";

/**
 * 衛生局's programme B figures (issue #12, B4, B12) over its own vaccination follow-ups (D1), per
 * 健康服務中心 (one a district: its code is both DISTRICT and UNIT):
 * - the reminders: the 6-month catch-up step (VACCINATION_CATCH_UP), met when B4's rule first holds
 *   (at least 3 reminders within the CDC's window, at least 1 two-way), by due month and outcome;
 *   a follow-up that ended first (vaccinated, referred) is left out, as every ended step;
 * - the referrals to social units per condition (a)–(d), by the month referred.
 */
export const VACCINATION_METRICS = {
  referrals: { metric: "vaccination:referrals", keptBy: ["month", "area", "unit", "condition"], always: ["condition"] },
} as const satisfies Record<string, MetricSpec>;

export const VACCINATION_STATISTICS_FIELDS: readonly StatisticsTableField[] = [
  {
    field: "vaccinationCatchUpTimeliness",
    spec: unitTimelinessMetric("VACCINATION_CATCH_UP"),
    description: "B4, B12: the catch-up reminders — ≥3 within 6 months, ≥1 two-way — by outcome (MONTH due, DISTRICT and UNIT: the 健康服務中心)",
  },
  {
    field: "vaccinationReferrals",
    spec: VACCINATION_METRICS.referrals,
    description: "B4: children referred to social units, always by REFERRAL_CONDITION (a)–(d) (MONTH referred, DISTRICT and UNIT: the 健康服務中心)",
  },
];

const FOLLOW_UPS = `"${S}"."vaccination_follow_ups"`;

/** What the pass reads by: the follow-ups' change timestamp (its migration), the referral's day, the deadlines'. */
export const VACCINATION_STATISTICS_INDEXES = [{ name: "vaccination_follow_ups_referred_on", table: FOLLOW_UPS, columns: `"referred_on"` }, ...deadlineStatisticsIndexes(S)];

/** A follow-up is referred by an update (its updated_at, kept by a trigger); a deadline changes state with its updated_at. */
export const vaccinationStatistics: AgencyStatistics = {
  schema: S,
  indexes: VACCINATION_STATISTICS_INDEXES,
  sources: [
    {
      name: "vaccination_follow_ups",
      changed: `SELECT ${monthOfDate(`"f"."referred_on"`)} AS "month", max("f"."updated_at") AS "seen" FROM ${FOLLOW_UPS} "f" WHERE "f"."updated_at" > $1 AND "f"."referred_on" IS NOT NULL GROUP BY 1`,
    },
    {
      name: "deadlines",
      changed: `SELECT ${monthOfInstant(`"d"."due_at"`)} AS "month", max("d"."updated_at") AS "seen" FROM ${deadlinesTableOf(S)} "d" WHERE "d"."updated_at" > $1 GROUP BY 1`,
    },
  ],
  metrics: [
    unitTimelinessRebuild({ schema: S, step: "VACCINATION_CATCH_UP", subjectType: FOLLOW_UP_SUBJECT, table: FOLLOW_UPS, area: `"s"."health_centre_code"`, unit: `"s"."health_centre_code"` }),
    {
      metric: VACCINATION_METRICS.referrals.metric,
      insert: (table) => `
        INSERT INTO ${table} ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit", "status", "condition", "count")
        SELECT '${VACCINATION_METRICS.referrals.metric}', "m"."month", "f"."health_centre_code", '', '', '', '', '', "f"."health_centre_code", '', "f"."referral_condition", count(*)::int
          FROM ${MONTHS_TO_REBUILD} JOIN ${FOLLOW_UPS} "f" ON ${dateInMonth(`"f"."referred_on"`)}
         GROUP BY 2, 3, 9, 11`,
    },
  ],
};
