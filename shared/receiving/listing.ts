import { DataSource, EntityTarget } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../authz/row-scope";
import { Connection, decodeCursor, toConnection } from "../graphql/connection";
import { requireUuid } from "../graphql/ids";
import { ReceivedReferralRow } from "./referral.entity";

export interface ReferralPage {
  readonly limit: number;
  readonly after: string | undefined;
}

/**
 * Keyset-paged referrals, ordered by ID so a page never shifts when referrals arrive. `equal` maps
 * a referral property to the value a filter asked for (undefined: not filtered).
 */
export async function listReferrals<Referral extends ReceivedReferralRow>(
  dataSource: DataSource,
  target: EntityTarget<Referral>,
  equal: Readonly<Record<string, string | undefined>>,
  page: ReferralPage,
  scopeOf: (alias: string) => ScopeCondition,
): Promise<Connection<Referral>> {
  // Row scope first (issue #4): a list never shows, nor counts, a referral the caller may not see.
  const query = onlyInScope(dataSource.getRepository(target).createQueryBuilder("referral"), scopeOf("referral"));
  for (const [property, value] of Object.entries(equal)) {
    if (value !== undefined) {
      query.andWhere(`referral.${property} = :${property}`, { [property]: value });
    }
  }
  const totalCount = await query.clone().getCount();
  if (page.after !== undefined) {
    query.andWhere("referral.id > :after", { after: requireUuid(decodeCursor(page.after), "after") });
  }
  const rows = markInScope(await query.orderBy("referral.id", "ASC").limit(page.limit + 1).getMany());
  return toConnection(rows, page.limit, (referral) => referral.id, totalCount);
}
