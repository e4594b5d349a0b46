import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { loaderGroupedBy } from "../../../shared/db/loaders";
import { deliveryStateLoader } from "../../../shared/outbox/delivery";
import { DISTRICT_SCHEMA } from "../schema-name";
import { CaseReferral, ReferralDelivery } from "./case-referral.entity";

export interface CaseReferralLoaders {
  /** A case's outgoing referrals, first sent first; reached only through an in-scope case's field. */
  readonly byCareCase: DataLoader<string, CaseReferral[]>;
  /** D3: where each referral's delivery stands, from its outbox row. */
  readonly deliveryByOutboxId: DataLoader<string, ReferralDelivery>;
}

export function caseReferralLoaders(dataSource: DataSource): CaseReferralLoaders {
  return {
    byCareCase: loaderGroupedBy(dataSource, CaseReferral, "careCaseId", "sentAt"),
    deliveryByOutboxId: deliveryStateLoader(dataSource, DISTRICT_SCHEMA, {
      pending: ReferralDelivery.PENDING,
      delivered: ReferralDelivery.DELIVERED,
      failed: ReferralDelivery.FAILED,
    }),
  };
}
