import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { markInScope, onlyInScope, ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
import { scopedLoaderById } from "../../shared/authz/scoped-loaders";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { ConsentInquiry } from "./consent-inquiry/consent-inquiry.entity";
import { Household } from "./household/household.entity";
import { Person } from "./person/person.entity";
import { householdPolicy } from "./policy";
import { Registration } from "./registration/registration.entity";
import { HOUSEHOLD_SCOPES } from "./scope";

export interface HouseholdLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly personById: DataLoader<string, Person | null>;
  readonly householdById: DataLoader<string, Household | null>;
  readonly registrationById: DataLoader<string, Registration | null>;
  /** Registrations a person takes part in, as registrant or as the new immigrant; in scope only. */
  readonly registrationsByPerson: DataLoader<string, Registration[]>;
  readonly consentInquiryById: DataLoader<string, ConsentInquiry | null>;
  /** In scope only: an inquiry the caller may not see is absent, not denied field by field. */
  readonly consentInquiryByRegistration: DataLoader<string, ConsentInquiry | null>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
}

export type HouseholdContext = SubgraphContext<HouseholdLoaders>;

export function createHouseholdLoaders(dataSource: DataSource, principal: Principal): HouseholdLoaders {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(householdPolicy, HOUSEHOLD_SCOPES, typeName, alias, principal);
  return {
    personById: scopedLoaderById(dataSource, Person, (alias) => scopeOf("Person", alias)),
    householdById: scopedLoaderById(dataSource, Household, (alias) => scopeOf("Household", alias)),
    registrationById: scopedLoaderById(dataSource, Registration, (alias) => scopeOf("Registration", alias)),
    consentInquiryById: scopedLoaderById(dataSource, ConsentInquiry, (alias) => scopeOf("ConsentInquiry", alias)),
    registrationsByPerson: new DataLoader(async (personIds: readonly string[]) => {
      const query = dataSource
        .getRepository(Registration)
        .createQueryBuilder("registration")
        .where("(registration.registrantId = ANY(:ids) OR registration.newImmigrantId = ANY(:ids))", { ids: [...personIds] })
        .orderBy("registration.registeredOn", "ASC")
        .addOrderBy("registration.id", "ASC");
      const rows = markInScope(await onlyInScope(query, scopeOf("Registration", "registration")).getMany());
      return personIds.map((id) => rows.filter((row) => row.registrantId === id || row.newImmigrantId === id));
    }),
    consentInquiryByRegistration: new DataLoader(async (registrationIds: readonly string[]) => {
      const query = dataSource.getRepository(ConsentInquiry).createQueryBuilder("inquiry").where("inquiry.registrationId = ANY(:ids)", { ids: [...registrationIds] });
      const rows = markInScope(await onlyInScope(query, scopeOf("ConsentInquiry", "inquiry")).getMany());
      const byRegistration = new Map(rows.map((row) => [row.registrationId, row]));
      return registrationIds.map((id) => byRegistration.get(id) ?? null);
    }),
    scopeOf,
  };
}
