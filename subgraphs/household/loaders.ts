import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { loaderById, loaderOneBy } from "../../shared/db/loaders";
import { ConsentInquiry } from "./consent-inquiry/consent-inquiry.entity";
import { Household } from "./household/household.entity";
import { Person } from "./person/person.entity";
import { Registration } from "./registration/registration.entity";

export interface HouseholdLoaders {
  readonly personById: DataLoader<string, Person | null>;
  readonly householdById: DataLoader<string, Household | null>;
  readonly registrationById: DataLoader<string, Registration | null>;
  /** Registrations a person takes part in, as registrant or as the new immigrant. */
  readonly registrationsByPerson: DataLoader<string, Registration[]>;
  readonly consentInquiryById: DataLoader<string, ConsentInquiry | null>;
  readonly consentInquiryByRegistration: DataLoader<string, ConsentInquiry | null>;
}

function registrationsByPerson(dataSource: DataSource): DataLoader<string, Registration[]> {
  return new DataLoader(async (personIds: readonly string[]) => {
    const rows = await dataSource
      .getRepository(Registration)
      .createQueryBuilder("registration")
      .where("registration.registrantId = ANY(:ids) OR registration.newImmigrantId = ANY(:ids)", { ids: [...personIds] })
      .orderBy("registration.registeredOn", "ASC")
      .addOrderBy("registration.id", "ASC")
      .getMany();
    return personIds.map((id) => rows.filter((row) => row.registrantId === id || row.newImmigrantId === id));
  });
}

export function createHouseholdLoaders(dataSource: DataSource): HouseholdLoaders {
  return {
    personById: loaderById(dataSource, Person),
    householdById: loaderById(dataSource, Household),
    registrationById: loaderById(dataSource, Registration),
    registrationsByPerson: registrationsByPerson(dataSource),
    consentInquiryById: loaderById(dataSource, ConsentInquiry),
    consentInquiryByRegistration: loaderOneBy(dataSource, ConsentInquiry, "registrationId"),
  };
}

export type HouseholdContext = import("../../shared/subgraph/context").SubgraphContext<HouseholdLoaders>;
