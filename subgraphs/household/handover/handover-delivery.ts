import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { outboxTableOf } from "../../../shared/outbox/table";
import { HOUSEHOLD_SCHEMA } from "../schema-name";
import { HandoverDelivery } from "./handover-ledger.entity";

/** D3: a ledger's delivery state is its outbox row's, read in one statement per request batch (STYLE 3). */
export function deliveryLoader(dataSource: DataSource): DataLoader<string, HandoverDelivery> {
  return new DataLoader(async (outboxIds: readonly string[]) => {
    const rows = (await dataSource.query(
      `SELECT "id", "delivered_at" IS NOT NULL AS "delivered", "failed_at" IS NOT NULL AS "failed" FROM ${outboxTableOf(HOUSEHOLD_SCHEMA)} WHERE "id" = ANY($1::uuid[])`,
      [[...outboxIds]],
    )) as { id: string; delivered: boolean; failed: boolean }[];
    const byId = new Map(rows.map((row) => [row.id, row.delivered ? HandoverDelivery.DELIVERED : row.failed ? HandoverDelivery.FAILED : HandoverDelivery.PENDING]));
    return outboxIds.map((id) => byId.get(id) ?? HandoverDelivery.PENDING);
  });
}
