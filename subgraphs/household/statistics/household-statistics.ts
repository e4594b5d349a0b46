import { DeadlineState } from "../../../shared/deadlines/state";
import { deadlinesTableOf } from "../../../shared/deadlines/table";
import { deadlineOfSubject, deadlineStatisticsIndexes } from "../../../shared/statistics/indexes";
import { AgencyStatistics, dateInMonth, instantInMonth, monthOfDate, monthOfInstant, MONTHS_TO_REBUILD } from "../../../shared/statistics/rebuild";
import type { MetricSpec } from "../../../shared/statistics/report";
import { TIMELINESS_OUTCOME } from "../../../shared/statistics/timeliness";
import { CONSENT_INQUIRY_SUBJECT } from "../deadlines";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/**
 * 戶政's part of 民政局's statistics (A11, A12, issue #10), over its own rows only (D1): the cases
 * recorded (registrations, by registration date, A12's table 1), the consent decisions of 附件1,
 * and the timeliness of the handover step (A4, B12), by the recording office.
 */
export const HOUSEHOLD_METRICS = {
  casesRecorded: { metric: "casesRecorded", keptBy: ["month", "area", "case_type", "origin"] },
  consentDecisions: { metric: "consentDecisions", keptBy: ["month", "area", "case_type", "origin", "decision"], always: ["decision"] },
  handoverTimeliness: { metric: "timeliness:HANDOVER", keptBy: ["month", "area"], always: ["outcome"] },
} as const satisfies Record<string, MetricSpec>;

const REGISTERED_MONTH = monthOfDate(`"r"."registered_on"`);
const DUE_MONTH = monthOfInstant(`"d"."due_at"`);
const REGISTERED_IN_MONTH = dateInMonth(`"r"."registered_on"`);
const DUE_IN_MONTH = instantInMonth(`"d"."due_at"`);

/**
 * What moves them. Registrations are written once (their created_at is their change timestamp). A
 * consent inquiry changes after it is recorded (A6: a correction may change its case type or
 * decision, issue #10's gap), so its updated_at, which a trigger keeps (shared/statistics/updated-at.ts),
 * marks its registration month as changed. A deadline changes state with its updated_at. Persons
 * have no change timestamp, but only the origin is read, set when the person is registered, before
 * any registration names them.
 */
export const householdStatistics: AgencyStatistics = {
  schema: S,
  indexes: [
    { name: "registrations_created_at", table: `"${S}"."registrations"`, columns: `"created_at"` },
    { name: "registrations_registered_on", table: `"${S}"."registrations"`, columns: `"registered_on"` },
    ...deadlineStatisticsIndexes(S),
  ],
  sources: [
    {
      name: "registrations",
      changed: `SELECT ${REGISTERED_MONTH} AS "month", max("r"."created_at") AS "seen" FROM "${S}"."registrations" "r" WHERE "r"."created_at" > $1 GROUP BY 1`,
    },
    {
      name: "consent_inquiries",
      changed: `SELECT ${REGISTERED_MONTH} AS "month", max("c"."updated_at") AS "seen"
                  FROM "${S}"."consent_inquiries" "c" JOIN "${S}"."registrations" "r" ON "r"."id" = "c"."registration_id"
                 WHERE "c"."updated_at" > $1 GROUP BY 1`,
    },
    {
      name: "deadlines",
      changed: `SELECT ${DUE_MONTH} AS "month", max("d"."updated_at") AS "seen" FROM ${deadlinesTableOf(S)} "d" WHERE "d"."updated_at" > $1 GROUP BY 1`,
    },
  ],
  metrics: [
    {
      metric: HOUSEHOLD_METRICS.casesRecorded.metric,
      insert: (table) => `
        INSERT INTO ${table} ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "count")
        SELECT '${HOUSEHOLD_METRICS.casesRecorded.metric}', "m"."month", "r"."office_code", "r"."case_type", coalesce("p"."origin_country", ''), '', '', count(*)::int
          FROM ${MONTHS_TO_REBUILD} JOIN "${S}"."registrations" "r" ON ${REGISTERED_IN_MONTH} JOIN "${S}"."persons" "p" ON "p"."id" = "r"."new_immigrant_id"
         GROUP BY 2, 3, 4, 5`,
    },
    {
      metric: HOUSEHOLD_METRICS.consentDecisions.metric,
      insert: (table) => `
        INSERT INTO ${table} ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "count")
        SELECT '${HOUSEHOLD_METRICS.consentDecisions.metric}', "m"."month", "c"."office_code", "c"."case_type", "c"."origin_country", "c"."decision", '', count(*)::int
          FROM ${MONTHS_TO_REBUILD} JOIN "${S}"."registrations" "r" ON ${REGISTERED_IN_MONTH} JOIN "${S}"."consent_inquiries" "c" ON "c"."registration_id" = "r"."id"
         GROUP BY 2, 3, 4, 5, 6`,
    },
    {
      metric: HOUSEHOLD_METRICS.handoverTimeliness.metric,
      insert: (table) => `
        INSERT INTO ${table} ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "count")
        SELECT '${HOUSEHOLD_METRICS.handoverTimeliness.metric}', "m"."month", "c"."office_code", '', '', '', ${TIMELINESS_OUTCOME}, count(*)::int
          FROM ${MONTHS_TO_REBUILD} JOIN ${deadlinesTableOf(S)} "d" ON ${DUE_IN_MONTH} JOIN "${S}"."consent_inquiries" "c" ON ${deadlineOfSubject(`"d"`, `"c"."id"`)}
         WHERE "d"."subject_type" = '${CONSENT_INQUIRY_SUBJECT}' AND "d"."step" = 'HANDOVER' AND "d"."state" <> '${DeadlineState.NO_LONGER_DUE}'
         GROUP BY 2, 3, 7`,
    },
  ],
};
