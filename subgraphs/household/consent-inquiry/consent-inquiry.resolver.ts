import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Deadline } from "../../../shared/deadlines/deadline.type";
import { notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { HandoverLedger } from "../handover/handover-ledger.entity";
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

  @FieldResolver(() => HandoverLedger, { nullable: true, description: "附件3: the ledger that handed it over (A4); none for a declined one (A3)" })
  handoverLedger(@Root() inquiry: ConsentInquiry, @Ctx() context: HouseholdContext): Promise<HandoverLedger | null> | null {
    return inquiry.handoverLedgerId === null ? null : context.loaders.handoverLedgerById.load(inquiry.handoverLedgerId);
  }

  @FieldResolver(() => [Deadline], { description: "The deadlines of the office's steps for this form (D9): the handover (A4)" })
  deadlines(@Root() inquiry: ConsentInquiry, @Ctx() context: HouseholdContext): Promise<Deadline[]> {
    return context.loaders.deadlinesByConsentInquiry.load(inquiry.id);
  }
}
