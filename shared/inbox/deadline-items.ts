import type { ScopeCondition } from "../authz/row-scope";
import { UNMET_STATES } from "../deadlines/state";
import { stateList } from "../deadlines/table";
import type { InboxSource } from "./inbox-query";

/** Which open deadlines of an agency's entity a role's inbox lists (issue #8). */
export interface DeadlineItemsSpec {
  /** The owning subgraph's schema, where its deadlines and the entity's table live. */
  readonly schema: string;
  /** The entity's table and the alias the row scope is written over. */
  readonly table: string;
  readonly alias: string;
  /** The deadlines' subject type (the entity's GraphQL type). */
  readonly subjectType: string;
  /** Only these steps; null: every step. */
  readonly steps: readonly string[] | null;
  /** Oversight (民政局): only steps already past their due time. */
  readonly overdueOnly: boolean;
  /** The caller's inbox row scope over `alias` (the policy's rowScope entry for the inbox item). */
  readonly scope: ScopeCondition;
}

/**
 * The inbox rows of the unmet deadlines of the entities in the caller's scope, one per deadline:
 * kind `<STEP>_DUE`, due and start instants. The entity's rows come by the scope's index, each
 * one's deadlines by the unique (subject_type, subject_id, step) index (deadlines_one_per_step).
 */
export function deadlineItems(spec: DeadlineItemsSpec): InboxSource {
  const { schema, table, alias, subjectType, steps, overdueOnly, scope } = spec;
  // Named by the alias: an inbox of two entities' deadlines (the district's cases and follow-ups) lists different steps of each.
  const stepsParameter = `${alias}InboxSteps`;
  const stepFilter = steps === null ? "" : `AND "d"."step" IN (:...${stepsParameter})`;
  const overdue = overdueOnly ? `AND "d"."due_at" < CAST(:inboxNow AS timestamptz)` : "";
  return {
    sql: `SELECT "d"."step" || '_DUE' AS "kind", "d"."step" AS "step", "d"."subject_type" AS "subject_type", "d"."subject_id" AS "subject_id",
            "d"."due_at" AS "due_at", "d"."started_at" AS "since_at"
       FROM "${schema}"."${table}" "${alias}"
       JOIN "${schema}"."deadlines" "d" ON "d"."subject_type" = '${subjectType}' AND "d"."subject_id" = "${alias}"."id"::text
      WHERE "d"."state" IN (${stateList(UNMET_STATES)}) ${stepFilter} ${overdue} AND (${scope.sql})`,
    params: { ...scope.params, ...(steps === null ? {} : { [stepsParameter]: [...steps] }) },
  };
}
