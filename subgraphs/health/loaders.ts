import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { loadFlagged, markInScope, onlyInScope, ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
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
  const referralById = new DataLoader(async (ids: readonly string[]) => {
    const query = dataSource.getRepository(HealthReferral).createQueryBuilder("row").where("row.id = ANY(:ids)", { ids: [...ids] });
    const rows = await loadFlagged(query, "row", scopeOf("HealthReferral", "row"));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  /** Referrals whose `property` is one of the keys, in scope only, grouped per key. */
  const inScopeReferralsBy = (property: "personId" | "careCaseId"): DataLoader<string, HealthReferral[]> =>
    new DataLoader(async (keys: readonly string[]) => {
      const query = dataSource
        .getRepository(HealthReferral)
        .createQueryBuilder("referral")
        .where(`referral.${property} = ANY(:keys)`, { keys: [...keys] })
        .orderBy("referral.referredOn", "ASC")
        .addOrderBy("referral.id", "ASC");
      const rows = markInScope(await onlyInScope(query, scopeOf("HealthReferral", "referral")).getMany());
      // Their services' audit asks for the referral by ID: no second read.
      for (const row of rows) {
        referralById.prime(row.id, row);
      }
      return keys.map((key) => rows.filter((row) => row[property] === key));
    });
  return {
    referralById,
    referralsByPerson: inScopeReferralsBy("personId"),
    referralsByCareCase: inScopeReferralsBy("careCaseId"),
    contactsByReferral: loaderGroupedBy(dataSource, HealthServiceRecord, "referralId", "servedOn"),
    scopeOf,
  };
}
