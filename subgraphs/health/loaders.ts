import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
import { scopedLoaderById, scopedLoaderGroupedBy } from "../../shared/authz/scoped-loaders";
import { loaderGroupedBy } from "../../shared/db/loaders";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { healthPolicy } from "./policy";
import { HealthReferral } from "./referral/health-referral.entity";
import { HEALTH_SCOPES } from "./scope";
import { HealthServiceRecord } from "./service-record/health-service-record.entity";

export interface HealthLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly referralById: DataLoader<string, HealthReferral | null>;
  /** A person's and a care case's referrals, oldest referral first; in scope only. */
  readonly referralsByPerson: DataLoader<string, HealthReferral[]>;
  readonly referralsByCareCase: DataLoader<string, HealthReferral[]>;
  /** A referral's contacts, oldest first; reached only through an in-scope referral. */
  readonly contactsByReferral: DataLoader<string, HealthServiceRecord[]>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
}

export type HealthContext = SubgraphContext<HealthLoaders>;

export function createHealthLoaders(dataSource: DataSource, principal: Principal): HealthLoaders {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(healthPolicy, HEALTH_SCOPES, typeName, alias, principal);
  const referralScope = (alias: string): ScopeCondition => scopeOf("HealthReferral", alias);
  const referralById = scopedLoaderById(dataSource, HealthReferral, referralScope);
  return {
    referralById,
    referralsByPerson: scopedLoaderGroupedBy(dataSource, HealthReferral, "personId", "referredOn", referralScope, referralById),
    referralsByCareCase: scopedLoaderGroupedBy(dataSource, HealthReferral, "careCaseId", "referredOn", referralScope, referralById),
    contactsByReferral: loaderGroupedBy(dataSource, HealthServiceRecord, "referralId", "servedOn"),
    scopeOf,
  };
}
