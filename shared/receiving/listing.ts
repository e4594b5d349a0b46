import { DataSource, EntityTarget } from "typeorm";
import { ScopeCondition } from "../authz/row-scope";
import { listInScope, ScopedPage } from "../authz/scoped-listing";
import { Connection } from "../graphql/connection";
import { ReceivedReferralRow } from "./referral.entity";

export type ReferralPage = ScopedPage;

/**
 * Keyset-paged referrals, ordered by ID so a page never shifts when referrals arrive. `equal` maps
 * a referral property to the value a filter asked for (undefined: not filtered).
 */
export function listReferrals<Referral extends ReceivedReferralRow>(
  dataSource: DataSource,
  target: EntityTarget<Referral>,
  equal: Readonly<Record<string, string | undefined>>,
  page: ReferralPage,
  scopeOf: (alias: string) => ScopeCondition,
): Promise<Connection<Referral>> {
  return listInScope(dataSource, target, equal, page, scopeOf);
}
