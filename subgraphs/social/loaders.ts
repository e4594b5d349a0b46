import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { loaderById, loaderGroupedBy } from "../../shared/db/loaders";
import { SocialReferral } from "./referral/social-referral.entity";
import { SocialServiceRecord } from "./service-record/social-service-record.entity";

export interface SocialLoaders {
  readonly referralById: DataLoader<string, SocialReferral | null>;
  readonly referralsByPerson: DataLoader<string, SocialReferral[]>;
  readonly referralsByCareCase: DataLoader<string, SocialReferral[]>;
  /** Service contacts of a referral, oldest first. */
  readonly servicesByReferral: DataLoader<string, SocialServiceRecord[]>;
}

export function createSocialLoaders(dataSource: DataSource): SocialLoaders {
  return {
    referralById: loaderById(dataSource, SocialReferral),
    referralsByPerson: loaderGroupedBy(dataSource, SocialReferral, "personId", "referredOn"),
    referralsByCareCase: loaderGroupedBy(dataSource, SocialReferral, "careCaseId", "referredOn"),
    servicesByReferral: loaderGroupedBy(dataSource, SocialServiceRecord, "referralId", "servedOn"),
  };
}

export type SocialContext = import("../../shared/subgraph/context").SubgraphContext<SocialLoaders>;
