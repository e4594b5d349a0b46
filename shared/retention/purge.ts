import { createHash } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import { taipeiToday } from "../clock";
import { envWholeNumber } from "../config";
import type { Logger } from "../logger";
import type { BackgroundJob } from "../subgraph/jobs";
import { legalHoldsTableOf, retentionSettingsTableOf } from "./table";

/** The job each agency with the kit lists in its `jobs` (tests: `platform.runJob(agency, RETENTION_PURGE_JOB)`). */
export const RETENTION_PURGE_JOB = "retention-purge";

/** One table the purge deletes from: `sql` deletes the rows of the subjects `$1` (text[] of their ids). */
export interface PurgeStep {
  /** The table's name in the counts (a count is all the log ever says). */
  readonly name: string;
  readonly sql: string;
}

/** An index the purge's lookups need on an agency's table (created and dropped with the retention tables). */
export interface PurgeIndex {
  readonly name: string;
  /** The table, schema-qualified and quoted. */
  readonly table: string;
  /** The indexed columns or expressions, as SQL. */
  readonly columns: string;
}

/**
 * What "a closed case and its records" is in one agency (issue #9, A9): the subjects (alias `s`),
 * whose organisation owns them, the date they closed, when they count as closed, and every table
 * that holds their records, children first and the subjects' own table last.
 */
export interface RetentionPlan {
  readonly schema: string;
  /** The legal holds' subject type, e.g. CareCase. */
  readonly subjectType: string;
  /** The subjects' table, schema-qualified and quoted. */
  readonly table: string;
  readonly ownerColumn: string;
  /**
   * SQL over `s` naming the owning organisation, when no column of the subject holds it (民政局: the
   * city is one organisation, its referrals' unit a constant, issue #9); absent: `"s".<ownerColumn>`.
   */
  readonly owner?: string;
  readonly closedOnColumn: string;
  /**
   * SQL over `s` for the closing date, when one column does not hold it for every subject (household,
   * issue #9: a declined form's day, or its case's closing day as the district's notice gave it);
   * absent: `"s".<closedOnColumn>`.
   */
  readonly closedOn?: string;
  /** SQL over `s`: closed, and nothing of it still on its way to another agency. */
  readonly closed: string;
  readonly steps: readonly PurgeStep[];
  /** What lets the closed test and the steps find a subject's rows without a scan (outbox payloads, subjects of deadlines). */
  readonly indexes?: readonly PurgeIndex[];
}

export type PurgeOutcome = { readonly status: "skipped" } | { readonly status: "ran"; readonly purged: Readonly<Record<string, number>> };

/** Not the deadlines' nor the statistics' key: a purge neither waits behind their passes nor blocks them. */
export function purgeLockKey(schema: string): string {
  return createHash("sha256").update(`care-platform:retention:${schema}`).digest().readBigInt64BE(0).toString();
}

function batchSize(): number {
  return envWholeNumber("RETENTION_PURGE_BATCH", 500, 1);
}

/**
 * A9: kept at least the owner's period after closing, so a subject closed on D goes once today is
 * past D + period (closed before today − period). Held subjects stay, whatever their age.
 */
function candidatesSql(plan: RetentionPlan): string {
  return `SELECT "s"."id"::text AS "id" FROM ${plan.table} "s"
    WHERE ${plan.owner ?? `"s".${plan.ownerColumn}`} = $1 AND (${plan.closed})
      AND ${plan.closedOn ?? `"s".${plan.closedOnColumn}`} < ($2::date - make_interval(months => $3::int))::date
      AND NOT EXISTS (SELECT 1 FROM ${legalHoldsTableOf(plan.schema)} "h"
        WHERE "h"."subject_type" = '${plan.subjectType}' AND "h"."subject_id" = "s"."id"::text AND "h"."lifted_at" IS NULL)
    ORDER BY "s"."id" LIMIT $4 FOR UPDATE OF "s"`;
}

async function purgeBatch(manager: EntityManager, plan: RetentionPlan, org: string, months: number, counts: Record<string, number>): Promise<number> {
  // A hold placed while the batch runs waits for it (SHARE blocks the holds' writes, not their reads), so none is missed.
  await manager.query(`LOCK TABLE ${legalHoldsTableOf(plan.schema)} IN SHARE MODE`);
  const rows = (await manager.query(candidatesSql(plan), [org, taipeiToday(), months, batchSize()])) as { id: string }[];
  if (rows.length === 0) {
    return 0;
  }
  const ids = rows.map((row) => row.id);
  for (const step of plan.steps) {
    // A CTE, so every driver answers the count as a row.
    const result = (await manager.query(`WITH "gone" AS (${step.sql} RETURNING 1) SELECT count(*)::int AS "count" FROM "gone"`, [ids])) as { count: number }[];
    counts[step.name] = (counts[step.name] ?? 0) + Number(result[0].count);
  }
  return rows.length;
}

/**
 * One pass (issue #9): for each organisation whose owner set a period (none: off, nothing goes),
 * batches of its subjects past retention and not held, each batch deleted across the agency's
 * tables in one transaction under a transaction-scoped advisory lock (as the deadline pass,
 * shared/deadlines/lock.ts): of several replicas one purges, the others skip; one that dies mid-batch
 * rolls the batch back whole. The audit log is never touched (its own, longer retention).
 */
export async function runPurge(dataSource: DataSource, plan: RetentionPlan): Promise<PurgeOutcome> {
  const settings = (await dataSource.query(
    `SELECT "org", "period_months" FROM ${retentionSettingsTableOf(plan.schema)} WHERE "period_months" IS NOT NULL ORDER BY "org"`,
  )) as { org: string; period_months: number }[];
  const counts: Record<string, number> = {};
  for (const setting of settings) {
    for (;;) {
      const purged = await dataSource.transaction(async (manager) => {
        const locked = (await manager.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS "locked"`, [purgeLockKey(plan.schema)])) as { locked: boolean }[];
        return locked[0].locked ? purgeBatch(manager, plan, setting.org, setting.period_months, counts) : null;
      });
      if (purged === null) {
        return { status: "skipped" };
      }
      if (purged < batchSize()) {
        break;
      }
    }
  }
  return { status: "ran", purged: counts };
}

/**
 * Issue #9: the plans of a subgraph that keeps several kinds of closed subjects in one schema
 * (民政局: its own cases and the partner agencies' referrals), one after the other in one job, as
 * they share the schema's lock. Each count is named by its subject type (`PartnerReferral.referrals`);
 * a plan another replica is purging right now makes the whole run a skip.
 */
export async function runPurges(dataSource: DataSource, plans: readonly RetentionPlan[]): Promise<PurgeOutcome> {
  const purged: Record<string, number> = {};
  for (const plan of plans) {
    const outcome = await runPurge(dataSource, plan);
    if (outcome.status === "skipped") {
      return outcome;
    }
    for (const [step, count] of Object.entries(outcome.purged)) {
      purged[`${plan.subjectType}.${step}`] = count;
    }
  }
  return { status: "ran", purged };
}

/** The purge job of one agency: hourly by default (RETENTION_PURGE_SECONDS); the log says counts, never ids or names. */
export function retentionPurgeJob(dataSource: DataSource, plan: RetentionPlan | readonly RetentionPlan[], log: Logger): BackgroundJob {
  return {
    name: RETENTION_PURGE_JOB,
    intervalMs: envWholeNumber("RETENTION_PURGE_SECONDS", 3600, 1) * 1000,
    runOnce: async () => {
      const outcome = "schema" in plan ? await runPurge(dataSource, plan) : await runPurges(dataSource, plan);
      if (outcome.status === "ran" && Object.keys(outcome.purged).length > 0) {
        log.info({ job: RETENTION_PURGE_JOB, purged: outcome.purged }, "retention purge");
      }
      return outcome;
    },
  };
}
