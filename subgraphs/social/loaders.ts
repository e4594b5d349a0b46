import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { loadFlagged, markInScope, onlyInScope, ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
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
  const referralById = new DataLoader(async (ids: readonly string[]) => {
    const query = dataSource.getRepository(SocialReferral).createQueryBuilder("row").where("row.id = ANY(:ids)", { ids: [...ids] });
    const rows = await loadFlagged(query, "row", scopeOf("SocialReferral", "row"));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  /** Referrals whose `property` is one of the keys, in scope only, grouped per key. */
  const inScopeReferralsBy = (property: "personId" | "careCaseId"): DataLoader<string, SocialReferral[]> =>
    new DataLoader(async (keys: readonly string[]) => {
      const query = dataSource
        .getRepository(SocialReferral)
        .createQueryBuilder("referral")
        .where(`referral.${property} = ANY(:keys)`, { keys: [...keys] })
        .orderBy("referral.referredOn", "ASC")
        .addOrderBy("referral.id", "ASC");
      const rows = markInScope(await onlyInScope(query, scopeOf("SocialReferral", "referral")).getMany());
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
    servicesByReferral: loaderGroupedBy(dataSource, SocialServiceRecord, "referralId", "servedOn"),
    scopeOf,
  };
}
