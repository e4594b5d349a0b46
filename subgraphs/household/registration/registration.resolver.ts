import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { districtByCode } from "../../../shared/domain/districts";
import { notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { HouseholdContext } from "../loaders";
import { HouseholdOffice, officeOf } from "../office/household-office";
import { Person } from "../person/person.entity";
import { Registration } from "./registration.entity";
import { RecordRegistrationInput } from "./registration.input";
import { recordRegistration } from "./registration.service";

async function existing(person: Promise<Person | null>): Promise<Person> {
  const found = await person;
  if (found === null) {
    throw notFound("Person");
  }
  return found;
}

@Resolver(() => Registration)
export class RegistrationResolver {
  @Query(() => Registration)
  async registration(@Arg("id", () => ID) id: string, @Ctx() context: HouseholdContext): Promise<Registration> {
    const registration = await context.loaders.registrationById.load(requireUuid(id, "id"));
    if (registration === null) {
      throw notFound("Registration");
    }
    return registration;
  }

  @FieldResolver(() => HouseholdOffice, { description: "受理戶所" })
  office(@Root() registration: Registration): HouseholdOffice | null {
    const district = districtByCode(registration.officeCode);
    return district === undefined ? null : officeOf(district);
  }

  @FieldResolver(() => Person, { description: "申請人" })
  registrant(@Root() registration: Registration, @Ctx() context: HouseholdContext): Promise<Person> {
    return existing(context.loaders.personById.load(registration.registrantId));
  }

  @FieldResolver(() => Person, { description: "新移民" })
  newImmigrant(@Root() registration: Registration, @Ctx() context: HouseholdContext): Promise<Person> {
    return existing(context.loaders.personById.load(registration.newImmigrantId));
  }

  @FieldResolver(() => ConsentInquiry, { nullable: true, description: "附件1, when answered" })
  consentInquiry(@Root() registration: Registration, @Ctx() context: HouseholdContext): Promise<ConsentInquiry | null> {
    return context.loaders.consentInquiryByRegistration.load(registration.id);
  }

  @Mutation(() => Registration, { description: "A1–A3: record a registration and its consent inquiry (declined ones too)" })
  async recordRegistration(@Arg("input") input: RecordRegistrationInput, @Ctx() context: HouseholdContext): Promise<Registration | null> {
    const registration = await recordRegistration(context.dataSource, input, context.principal.org);
    return context.loaders.registrationById.load(registration.id);
  }
}
