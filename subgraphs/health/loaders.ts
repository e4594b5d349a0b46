import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { loaderById, loaderGroupedBy } from "../../shared/db/loaders";
import { HealthReferral } from "./referral/health-referral.entity";
import { HealthServiceRecord } from "./service-record/health-service-record.entity";

export interface HealthLoaders {
  readonly referralById: DataLoader<string, HealthReferral | null>;
  /** A person's and a care case's referrals, oldest referral first. */
  readonly referralsByPerson: DataLoader<string, HealthReferral[]>;
  readonly referralsByCareCase: DataLoader<string, HealthReferral[]>;
  readonly contactsByReferral: DataLoader<string, HealthServiceRecord[]>;
}

export function createHealthLoaders(dataSource: DataSource): HealthLoaders {
  return {
    referralById: loaderById(dataSource, HealthReferral),
    referralsByPerson: loaderGroupedBy(dataSource, HealthReferral, "personId", "referredOn"),
    referralsByCareCase: loaderGroupedBy(dataSource, HealthReferral, "careCaseId", "referredOn"),
    contactsByReferral: loaderGroupedBy(dataSource, HealthServiceRecord, "referralId", "servedOn"),
  };
}

export type HealthContext = import("../../shared/subgraph/context").SubgraphContext<HealthLoaders>;
