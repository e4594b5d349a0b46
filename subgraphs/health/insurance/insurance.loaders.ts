import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import type { SubgraphPolicy } from "../../../shared/authz/policy";
import { loadFlagged, ScopePredicate, scopeCondition } from "../../../shared/authz/row-scope";
import type { ScopeOf } from "../../../shared/authz/scoped-loaders";
import { InsuranceStatus } from "./insurance-status.entity";

/** B5's request-scoped loader (STYLE 3). */
export interface InsuranceLoaders {
  /** A status by its notice key (social's reference), flagged with the caller's row scope. */
  readonly statusByNoticeKey: DataLoader<string, InsuranceStatus | null>;
  /** The caller's row scope of statuses, for the nurse's list. */
  readonly scope: ScopeOf;
}

export function insuranceLoaders(dataSource: DataSource, principal: Principal, policy: SubgraphPolicy, scopes: Readonly<Record<string, ScopePredicate>>): InsuranceLoaders {
  const scope: ScopeOf = (alias) => scopeCondition(policy, scopes, "InsuranceStatus", alias, principal);
  return {
    scope,
    statusByNoticeKey: new DataLoader(async (keys: readonly string[]) => {
      const query = dataSource.getRepository(InsuranceStatus).createQueryBuilder("scoped").where("scoped.noticeKey = ANY(:keys)", { keys: [...keys] });
      const rows = await loadFlagged(query, "scoped", scope("scoped"));
      const byKey = new Map(rows.map((row) => [row.noticeKey, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  };
}
