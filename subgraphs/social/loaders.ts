import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
import { scopedLoaderById, scopedLoaderGroupedBy } from "../../shared/authz/scoped-loaders";
import { loaderGroupedBy } from "../../shared/db/loaders";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { socialPolicy } from "./policy";
import { SocialReferral } from "./referral/social-referral.entity";
import { SOCIAL_SCOPES } from "./scope";
import { SocialServiceRecord } from "./service-record/social-service-record.entity";

export interface SocialLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly referralById: DataLoader<string, SocialReferral | null>;
  /** A person's and a care case's referrals, oldest referral first; in scope only. */
  readonly referralsByPerson: DataLoader<string, SocialReferral[]>;
  readonly referralsByCareCase: DataLoader<string, SocialReferral[]>;
  /** Service contacts of a referral, oldest first; reached only through an in-scope referral. */
  readonly servicesByReferral: DataLoader<string, SocialServiceRecord[]>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
}

export type SocialContext = SubgraphContext<SocialLoaders>;

export function createSocialLoaders(dataSource: DataSource, principal: Principal): SocialLoaders {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(socialPolicy, SOCIAL_SCOPES, typeName, alias, principal);
  const referralScope = (alias: string): ScopeCondition => scopeOf("SocialReferral", alias);
  const referralById = scopedLoaderById(dataSource, SocialReferral, referralScope);
  return {
    referralById,
    referralsByPerson: scopedLoaderGroupedBy(dataSource, SocialReferral, "personId", "referredOn", referralScope, referralById),
    referralsByCareCase: scopedLoaderGroupedBy(dataSource, SocialReferral, "careCaseId", "referredOn", referralScope, referralById),
    servicesByReferral: loaderGroupedBy(dataSource, SocialServiceRecord, "referralId", "servedOn"),
    scopeOf,
  };
}
