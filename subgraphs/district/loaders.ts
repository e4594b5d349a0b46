import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { loadFlagged, markInScope, onlyInScope, ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
import { loaderGroupedBy, loaderOneBy } from "../../shared/db/loaders";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { CareCase } from "./care-case/care-case.entity";
import { districtPolicy } from "./policy";
import { DISTRICT_SCOPES } from "./scope";
import { VisitAttempt } from "./visit-attempt/visit-attempt.entity";
import { VisitRecord } from "./visit-record/visit-record.entity";

export interface DistrictLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly careCaseById: DataLoader<string, CareCase | null>;
  /** A person's care cases, oldest hand-over first; in scope only. */
  readonly careCasesByPerson: DataLoader<string, CareCase[]>;
  /**
   * The latest case a consent inquiry's hand-over opened (a returned case may be handed over
   * again, A6), among the cases in scope: one the caller may not see is absent, not denied field by field.
   */
  readonly careCaseByConsentInquiry: DataLoader<string, CareCase | null>;
  /** A case's visit attempts by attempt number; reached only through an in-scope case's field. */
  readonly visitAttemptsByCareCase: DataLoader<string, VisitAttempt[]>;
  /** A case's visit record (附件4); reached only through an in-scope case's field. */
  readonly visitRecordByCareCase: DataLoader<string, VisitRecord | null>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
}

export type DistrictContext = SubgraphContext<DistrictLoaders>;

/**
 * In-scope cases whose `property` is one of the keys, oldest hand-over first, grouped per key. They
 * prime `byId`, so a later field of the same case (its visit record's subject, a reference) costs no query.
 */
function scopedCasesBy(
  dataSource: DataSource,
  property: "personId" | "consentInquiryId",
  scope: (alias: string) => ScopeCondition,
  byId: DataLoader<string, CareCase | null>,
): DataLoader<string, CareCase[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const query = dataSource
      .getRepository(CareCase)
      .createQueryBuilder("careCase")
      .where(`careCase.${property} = ANY(:keys)`, { keys: [...keys] })
      .orderBy("careCase.handedOverAt", "ASC")
      .addOrderBy("careCase.id", "ASC");
    const rows = markInScope(await onlyInScope(query, scope("careCase")).getMany());
    const groups = new Map<string, CareCase[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      byId.prime(row.id, row);
      groups.get(row[property])?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

export function createDistrictLoaders(dataSource: DataSource, principal: Principal): DistrictLoaders {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(districtPolicy, DISTRICT_SCOPES, typeName, alias, principal);
  const caseScope = (alias: string): ScopeCondition => scopeOf("CareCase", alias);
  const careCaseById = new DataLoader(async (ids: readonly string[]) => {
    const query = dataSource.getRepository(CareCase).createQueryBuilder("row").where("row.id = ANY(:ids)", { ids: [...ids] });
    const rows = await loadFlagged(query, "row", caseScope("row"));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const casesByInquiry = scopedCasesBy(dataSource, "consentInquiryId", caseScope, careCaseById);
  return {
    careCaseById,
    careCasesByPerson: scopedCasesBy(dataSource, "personId", caseScope, careCaseById),
    careCaseByConsentInquiry: new DataLoader(async (keys: readonly string[]) => {
      const groups = await casesByInquiry.loadMany(keys);
      return groups.map((group) => (group instanceof Error ? group : (group[group.length - 1] ?? null)));
    }),
    visitAttemptsByCareCase: loaderGroupedBy(dataSource, VisitAttempt, "careCaseId", "attemptNumber"),
    visitRecordByCareCase: loaderOneBy(dataSource, VisitRecord, "careCaseId"),
    scopeOf,
  };
}
