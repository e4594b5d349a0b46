import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { deliveryStateLoader } from "../../../shared/outbox/delivery";
import { HOUSEHOLD_SCHEMA } from "../schema-name";
import { HandoverDelivery } from "./handover-ledger.entity";

/** D3: a ledger's delivery state is its outbox row's (shared/outbox/delivery.ts). */
export function deliveryLoader(dataSource: DataSource): DataLoader<string, HandoverDelivery> {
  return deliveryStateLoader(dataSource, HOUSEHOLD_SCHEMA, { pending: HandoverDelivery.PENDING, delivered: HandoverDelivery.DELIVERED, failed: HandoverDelivery.FAILED });
}
