import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { HouseholdContext } from "../loaders";
import { Person } from "../person/person.entity";
import { Registration } from "../registration/registration.entity";
import { ConsentInquiry } from "./consent-inquiry.entity";

@Resolver(() => ConsentInquiry)
export class ConsentInquiryResolver {
  @Query(() => ConsentInquiry)
  async consentInquiry(@Arg("id", () => ID) id: string, @Ctx() context: HouseholdContext): Promise<ConsentInquiry> {
    const inquiry = await context.loaders.consentInquiryById.load(requireUuid(id, "id"));
    if (inquiry === null) {
      throw notFound("ConsentInquiry");
    }
    return inquiry;
  }

  @FieldResolver(() => Person, { nullable: true, description: "新移民" })
  newImmigrant(@Root() inquiry: ConsentInquiry, @Ctx() context: HouseholdContext): Promise<Person | null> {
    return context.loaders.personById.load(inquiry.newImmigrantId);
  }

  @FieldResolver(() => Registration, { nullable: true })
  registration(@Root() inquiry: ConsentInquiry, @Ctx() context: HouseholdContext): Promise<Registration | null> {
    return context.loaders.registrationById.load(inquiry.registrationId);
  }
}
