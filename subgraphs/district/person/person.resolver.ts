import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { DistrictContext } from "../loaders";
import { Person } from "./person.entity";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [CareCase], { nullable: true, description: "區公所 care cases of this person, oldest hand-over first" })
  careCases(@Root() person: Person, @Ctx() context: DistrictContext): Promise<CareCase[]> {
    return context.loaders.careCasesByPerson.load(person.id);
  }

  /**
   * Issue #13 (D2, D3): the unified view reads each 附件1's care case in the same district fetch as
   * the person's careCases. Reached from the registration (ConsentInquiry.careCase) it took a second
   * fetch, from another path; here the gateway hands in household's inquiry keys (`@requires`) and
   * the district answers only its own part, each inquiry's careCase under ConsentInquiry's and
   * CareCase's policy and row scope (D1). A registrant's inquiries are listed too, as their
   * registrations are: the new immigrant's case is not among the registrant's careCases.
   */
  @FieldResolver(() => [ConsentInquiry], {
    nullable: true,
    description: "D3: the 附件1 of this person's registrations (as household lists them), each with the care case its hand-over opened",
  })
  @Directive('@requires(fields: "registrations { consentInquiry { id } }")')
  registrationInquiries(@Root() person: Person): ConsentInquiry[] {
    return (person.consentInquiryIds ?? []).map((id) => new ConsentInquiry(id));
  }
}
