import type { MigrationInterface } from "typeorm";
import { quotedSchema } from "../audit/table";
import { queryMigration } from "../db/query-migration";

/**
 * A10 (issue #9): a receiving agency's `referral_transfers` (transfer.entity.ts), in its own schema
 * (D1), for its migration list: `referralTransfersMigration(SCHEMA, unitLength)`. The history is
 * never rewritten; the referral's `service_unit` is the current end of it.
 */
export function referralTransfersMigration(schema: string, unitLength: number): new () => MigrationInterface {
  const s = quotedSchema(schema);
  return queryMigration(
    "ReferralTransfers1766800000000",
    () => [
      `CREATE TABLE ${s}."referral_transfers" (
        "id" uuid PRIMARY KEY,
        "referral_id" uuid NOT NULL REFERENCES ${s}."referrals" ("id"),
        "from_unit" varchar(${unitLength}) NOT NULL,
        "to_unit" varchar(${unitLength}) NOT NULL CHECK ("to_unit" <> "from_unit"),
        "reason" text NOT NULL,
        "transferred_on" date NOT NULL,
        "transferred_by" varchar(100) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX "referral_transfers_referral" ON ${s}."referral_transfers" ("referral_id", "created_at")`,
      // The statistics pass (shared/statistics/referrals.ts) looks for transfers after its watermark.
      `CREATE INDEX "referral_transfers_created" ON ${s}."referral_transfers" ("created_at")`,
    ],
    () => [`DROP TABLE ${s}."referral_transfers"`],
  );
}
