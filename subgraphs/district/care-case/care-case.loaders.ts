import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Companion, rowsInScope, ScopeOf } from "../../../shared/authz/scoped-loaders";
import { columnOf } from "../../../shared/db/plain-rows";
import { CareCase } from "./care-case.entity";

/** The two ways a fetch asks for cases: a person's (Person.careCases) and a 附件1's (ConsentInquiry.careCase). */
type CaseKey = { readonly by: "personId"; readonly key: string } | { readonly by: "consentInquiryId"; readonly key: string };

export interface CaseLoaders {
  /** A person's cases in scope, by hand-over, each read with its visit record and attempts. */
  readonly careCasesByPerson: DataLoader<string, CareCase[]>;
  /** The 附件1's case in scope: the last handed over, if several. */
  readonly careCaseByConsentInquiry: DataLoader<string, CareCase | null>;
}

/**
 * Issue #13: one statement for both. The unified view asks district, in one fetch, for a person's
 * cases and for the case of each of their 附件1s — mostly the same rows — and two loaders made two
 * statements (three per fetch with the audit append). Both batch into one loader here, whose
 * statement reads the cases of the persons OR of the 附件1s (in scope: a list never shows a row the
 * caller may not see), with the companions' rows, and hands each key its own.
 */
export function caseLoaders(dataSource: DataSource, scope: ScopeOf, byId: DataLoader<string, CareCase | null>, companions: readonly Companion<CareCase>[]): CaseLoaders {
  const column = (property: string): string => columnOf(dataSource, CareCase, "scoped", property);
  const cases = new DataLoader<CaseKey, CareCase[], string>(
    async (keys) => {
      const condition = scope("scoped");
      const rows = await rowsInScope(
        dataSource,
        CareCase,
        {
          where: `(${column("personId")} = ANY(:persons) OR ${column("consentInquiryId")} = ANY(:inquiries)) AND (${condition.sql})`,
          params: { ...condition.params, persons: keysBy(keys, "personId"), inquiries: keysBy(keys, "consentInquiryId") },
          orderBy: [column("handedOverAt"), column("id")],
        },
        companions,
        byId,
      );
      const groups = new Map<string, CareCase[]>(keys.map((key) => [cacheKeyOf(key), []]));
      for (const entity of rows) {
        groups.get(cacheKeyOf({ by: "personId", key: entity.personId }))?.push(entity);
        groups.get(cacheKeyOf({ by: "consentInquiryId", key: entity.consentInquiryId }))?.push(entity);
      }
      return keys.map((key) => groups.get(cacheKeyOf(key)) ?? []);
    },
    { cacheKeyFn: cacheKeyOf },
  );
  // Promise.all, not loadMany: loadMany hands a failed key back as its Error in the array, and
  // DataLoader tells an Error by instanceof, which fails for a driver error made in another realm
  // (jest's VM modules): the lost connection of a PostgreSQL restart then came back as a value.
  // A failed statement fails every key of the batch alike, so all of them reject with it.
  return {
    careCasesByPerson: new DataLoader(async (keys: readonly string[]) => Promise.all(keys.map((key) => cases.load({ by: "personId", key })))),
    careCaseByConsentInquiry: new DataLoader(async (keys: readonly string[]) => {
      const groups = await Promise.all(keys.map((key) => cases.load({ by: "consentInquiryId", key })));
      return groups.map((group) => group[group.length - 1] ?? null);
    }),
  };
}

function keysBy(keys: readonly CaseKey[], by: CaseKey["by"]): string[] {
  return keys.filter((key) => key.by === by).map((key) => key.key);
}

function cacheKeyOf(key: CaseKey): string {
  return `${key.by}:${key.key}`;
}
