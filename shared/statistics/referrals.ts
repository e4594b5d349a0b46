import { quotedSchema } from "../audit/table";
import { AgencyStatistics, instantInMonth, monthOfInstant, MONTHS_TO_REBUILD } from "./rebuild";
import type { MetricSpec } from "./report";

/**
 * A receiving agency's part of 民政局's statistics (A10, A12, issue #10), over its own intake rows
 * only (D1): the referrals it received, by the month it received them (登錄系統日期, A13), the
 * referring district and the serving unit; its needs, by need: a referral naming two needs
 * counts under both, so that table's total is needs named, not referrals; and their outcome (A12:
 * "with their outcome"), by the status its kit records now. Each agency counts its own (A12: one
 * case may be referred to several, and counts once at each).
 */
export const REFERRAL_METRICS = referralMetrics("");

export interface ReferralMetrics {
  readonly referralsReceived: MetricSpec;
  readonly referralNeeds: MetricSpec;
  readonly referralOutcomes: MetricSpec;
}

/**
 * The two metrics of one kit's referrals; `prefix` keeps apart two kits whose aggregates share a
 * schema (民政局's subgraph: its own cases, and the partner agencies' referrals as "partner:").
 */
export function referralMetrics(prefix: string): ReferralMetrics {
  return {
    referralsReceived: { metric: `${prefix}referralsReceived`, keptBy: ["month", "area", "unit"] },
    referralNeeds: { metric: `${prefix}referralNeeds`, keptBy: ["month", "area", "unit", "need"], always: ["need"] },
    referralOutcomes: { metric: `${prefix}referralOutcomes`, keptBy: ["month", "area", "unit"], always: ["status"] },
  };
}

/** Which referrals table a kit keeps (shared/receiving), and whether its referrals move between units. */
export interface ReferralTableSpec {
  /** Default "referrals". */
  readonly table?: string;
  /** Default "" (the agency's one kit). */
  readonly metricPrefix?: string;
  /** A10: a `referral_transfers` table beside it (social, health); default true. */
  readonly transfers?: boolean;
}

const COLUMNS = `("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit", "count")`;

/**
 * The rebuild of a receiving agency's `referrals` table (shared/receiving). Of the columns read
 * here (received_at, district, needs, unit, status), the status changes after intake (accepted into
 * service, closed) and the unit by a transfer (A10, issue #9): either sets the row's updated_at
 * (a trigger keeps it, referralOutcomesMigration), which marks the referral's month as changed, and
 * the month is recounted as it stands now. A transfer also inserts a `referral_transfers` row in the
 * same transaction, watched too.
 */
export function referralStatistics(schema: string, spec: ReferralTableSpec = {}): AgencyStatistics {
  const tableName = spec.table ?? "referrals";
  const referrals = `${quotedSchema(schema)}."${tableName}"`;
  const metrics = referralMetrics(spec.metricPrefix ?? "");
  const month = monthOfInstant(`"r"."received_at"`);
  const received = instantInMonth(`"r"."received_at"`);
  return {
    schema,
    // The change timestamp, updated_at, has its index from referralOutcomesMigration.
    indexes: [{ name: `${tableName}_received_at`, table: referrals, columns: `"received_at"` }],
    sources: [
      {
        name: tableName,
        changed: `SELECT ${month} AS "month", max("r"."updated_at") AS "seen" FROM ${referrals} "r" WHERE "r"."updated_at" > $1 GROUP BY 1`,
      },
      ...(spec.transfers === false
        ? []
        : [
            {
              name: "referral_transfers",
              changed: `SELECT ${month} AS "month", max("t"."created_at") AS "seen"
                    FROM ${quotedSchema(schema)}."referral_transfers" "t" JOIN ${referrals} "r" ON "r"."id" = "t"."referral_id"
                   WHERE "t"."created_at" > $1 GROUP BY 1`,
            },
          ]),
    ],
    metrics: [
      {
        metric: metrics.referralsReceived.metric,
        insert: (table) => `
          INSERT INTO ${table} ${COLUMNS}
          SELECT '${metrics.referralsReceived.metric}', "m"."month", "r"."referring_district_code", '', '', '', '', '', "r"."service_unit", count(*)::int
            FROM ${MONTHS_TO_REBUILD} JOIN ${referrals} "r" ON ${received}
           GROUP BY 2, 3, 9`,
      },
      {
        metric: metrics.referralNeeds.metric,
        insert: (table) => `
          INSERT INTO ${table} ${COLUMNS}
          SELECT '${metrics.referralNeeds.metric}', "m"."month", "r"."referring_district_code", '', '', '', '', "n"."need", "r"."service_unit", count(*)::int
            FROM ${MONTHS_TO_REBUILD} JOIN ${referrals} "r" ON ${received} CROSS JOIN LATERAL unnest("r"."needs") AS "n"("need")
           GROUP BY 2, 3, 8, 9`,
      },
      {
        metric: metrics.referralOutcomes.metric,
        insert: (table) => `
          INSERT INTO ${table} ("metric", "month", "area", "case_type", "origin", "decision", "outcome", "need", "unit", "status", "count")
          SELECT '${metrics.referralOutcomes.metric}', "m"."month", "r"."referring_district_code", '', '', '', '', '', "r"."service_unit", "r"."status", count(*)::int
            FROM ${MONTHS_TO_REBUILD} JOIN ${referrals} "r" ON ${received}
           GROUP BY 2, 3, 9, 10`,
      },
    ],
  };
}

/** One schema's statistics from several kits (民政局's subgraph): their sources and metrics side by side. */
export function combinedStatistics(first: AgencyStatistics, ...more: readonly AgencyStatistics[]): AgencyStatistics {
  return more.reduce(
    (all, next) => ({ schema: all.schema, sources: [...all.sources, ...next.sources], metrics: [...all.metrics, ...next.metrics], indexes: [...all.indexes, ...next.indexes] }),
    first,
  );
}
