import { DeadlineState } from "../deadlines/state";
import { deadlinesTableOf } from "../deadlines/table";
import type { AggregateColumn } from "./dimensions";
import { deadlineOfSubject } from "./indexes";
import { instantInMonth, MetricRebuild, MONTHS_TO_REBUILD } from "./rebuild";
import type { MetricSpec } from "./report";

/**
 * B12: the stored state (as of the last deadline pass, D9) as the report's outcome. No
 * NO_LONGER_DUE (issue #9): a step whose case ended first is neither on time nor late, so the
 * rows' WHERE leaves it out.
 */
export const TIMELINESS_OUTCOME = `CASE "d"."state" WHEN 'MET_ON_TIME' THEN 'MET_ON_TIME' WHEN 'MET_LATE' THEN 'MET_LATE' WHEN 'OVERDUE' THEN 'BREACHED' ELSE 'OPEN' END`;

/** B12 (issue #12): a programme B step's table, by due month, the household district (area) and the unit holding the step, always by outcome. */
export function unitTimelinessMetric(step: string): MetricSpec {
  return { metric: `timeliness:${step}`, keptBy: ["month", "area", "unit"] satisfies AggregateColumn[], always: ["outcome"] };
}

/** Where a step's deadlines hang, as SQL over the alias "s" (and whatever `joins` add). */
export interface TimelinessSubjects {
  readonly schema: string;
  readonly step: string;
  /** The deadlines' subject_type. */
  readonly subjectType: string;
  /** The subjects' table, schema-qualified and quoted. */
  readonly table: string;
  /** SQL of the area and unit of a subject "s" (a district code; a care point, a precinct, a centre). */
  readonly area: string;
  readonly unit: string;
  /** More FROM items after the subject, e.g. one row per precinct of a search request. */
  readonly joins?: string;
}

/**
 * The rebuild of unitTimelinessMetric's rows in a receiving agency's aggregates (issue #12, B12):
 * each deadline of the step due in the month, by its subject's area and unit and its outcome.
 */
export function unitTimelinessRebuild(subjects: TimelinessSubjects): MetricRebuild {
  const { metric } = unitTimelinessMetric(subjects.step);
  return {
    metric,
    insert: (table) => `
      INSERT INTO ${table} ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit", "status", "count")
      SELECT '${metric}', "m"."month", ${subjects.area}, '', '', '', ${TIMELINESS_OUTCOME}, '', ${subjects.unit}, '', count(*)::int
        FROM ${MONTHS_TO_REBUILD} JOIN ${deadlinesTableOf(subjects.schema)} "d" ON ${instantInMonth(`"d"."due_at"`)}
        JOIN ${subjects.table} "s" ON ${deadlineOfSubject(`"d"`, `"s"."id"`)} ${subjects.joins ?? ""}
       WHERE "d"."subject_type" = '${subjects.subjectType}' AND "d"."step" = '${subjects.step}' AND "d"."state" <> '${DeadlineState.NO_LONGER_DUE}'
       GROUP BY 2, 3, 7, 9`,
  };
}
