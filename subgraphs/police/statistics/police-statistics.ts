import { deadlinesTableOf } from "../../../shared/deadlines/table";
import { careStatisticsStubClass } from "../../../shared/statistics/care-statistics.stub";
import { deadlineStatisticsIndexes } from "../../../shared/statistics/indexes";
import { AgencyStatistics, monthOfInstant } from "../../../shared/statistics/rebuild";
import type { StatisticsTableField } from "../../../shared/statistics/tables-resolver";
import { unitTimelinessMetric, unitTimelinessRebuild } from "../../../shared/statistics/timeliness";
import { SEARCH_REQUEST_SUBJECT } from "../deadlines";
import { POLICE_SCHEMA as S } from "../schema-name";

/** B2: the officers' visit within 7 days and the reply within 1 month. */
const POLICE_STEPS = ["POLICE_VISIT", "INVESTIGATION_REPLY"] as const;

/**
 * 警察局's programme B figures (issue #12, B2, B12) over its own search requests (D1): the on-time
 * rate of each step per precinct (UNIT), by due month and the household district. A request for
 * 中正區 or 文山區 goes to both of its precincts (police-precincts.ts), so it counts under each of
 * them: the table's total is requests-at-precincts, as a referral naming two needs counts twice.
 */
export const POLICE_STATISTICS_FIELDS: readonly StatisticsTableField[] = [
  { field: "policeVisitTimeliness", spec: unitTimelinessMetric("POLICE_VISIT"), description: "B2, B12: the officers' visit within 7 days by outcome (MONTH due, DISTRICT household, UNIT precinct)" },
  { field: "investigationReplyTimeliness", spec: unitTimelinessMetric("INVESTIGATION_REPLY"), description: "B2, B12: the reply within 1 month by outcome (MONTH due, DISTRICT household, UNIT precinct)" },
];

/** A deadline changes state with its updated_at; a request's precincts never change. */
export const policeStatistics: AgencyStatistics = {
  schema: S,
  indexes: deadlineStatisticsIndexes(S),
  sources: [
    {
      name: "deadlines",
      changed: `SELECT ${monthOfInstant(`"d"."due_at"`)} AS "month", max("d"."updated_at") AS "seen" FROM ${deadlinesTableOf(S)} "d" WHERE "d"."updated_at" > $1 GROUP BY 1`,
    },
  ],
  metrics: POLICE_STEPS.map((step) =>
    unitTimelinessRebuild({
      schema: S,
      step,
      subjectType: SEARCH_REQUEST_SUBJECT,
      table: `"${S}"."search_requests"`,
      area: `"s"."household_district_code"`,
      unit: `"p"."precinct"`,
      joins: `CROSS JOIN LATERAL unnest("s"."precinct_codes") AS "p"("precinct")`,
    }),
  ),
};

/** Issue #12: the police's CareStatistics stub (reached only through household's careStatistics). */
export const PoliceCareStatistics = careStatisticsStubClass();
