import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { HouseholdContext } from "../loaders";
import { ConsentInquiry } from "./consent-inquiry.entity";
import { CorrectionRequest, correctionRequestOf } from "./correction-request.type";
import { CorrectConsentInquiryInput, CorrectionRequestInput } from "./correction.input";
import { correctConsentInquiry, receiveCorrectionRequest } from "./correction.service";
import { withdrawConsentInquiry } from "./withdrawal.service";

/** A form after a write, read back through the caller's row scope, its deadlines fetched afresh. */
function readBack(context: HouseholdContext, inquiryId: string): Promise<ConsentInquiry | null> {
  context.loaders.deadlinesByConsentInquiry.clear(inquiryId);
  return context.loaders.consentInquiryById.clear(inquiryId).load(inquiryId);
}

/** A6 (issue #8): the office's side of a correction, both directions, and its other ending, the withdrawal (issue #9). */
@Resolver(() => ConsentInquiry)
export class CorrectionResolver {
  @FieldResolver(() => CorrectionRequest, { nullable: true, description: "A6: the district's last return of this form for correction, and whether it was corrected" })
  correctionRequest(@Root() inquiry: ConsentInquiry): CorrectionRequest | null {
    return correctionRequestOf(inquiry);
  }

  @Mutation(() => ConsentInquiry, {
    description: "A6/D3: intake of a district's return for correction; callable only by the district's service for 人文課 of the form's visit district (idempotent by clientKey)",
  })
  async receiveCorrectionRequest(@Arg("input") input: CorrectionRequestInput, @Ctx() context: HouseholdContext): Promise<ConsentInquiry | null> {
    const inquiry = await receiveCorrectionRequest(context.dataSource, input);
    return readBack(context, inquiry.id);
  }

  @Mutation(() => ConsentInquiry, { description: "A6: the office corrects a returned form and sends it back to the district (CONFLICT unless a correction is open)" })
  async correctConsentInquiry(@Arg("input") input: CorrectConsentInquiryInput, @Ctx() context: HouseholdContext): Promise<ConsentInquiry | null> {
    const inquiry = await correctConsentInquiry(context.dataSource, context.principal, input);
    return readBack(context, inquiry.id);
  }

  @Mutation(() => ConsentInquiry, {
    description: "A6 (issue #9): the office withdraws a returned case instead of correcting it (wrongly recorded, not to be visited); the district closes it (CONFLICT unless a correction is open)",
  })
  async withdrawConsentInquiry(
    @Arg("consentInquiryId", () => ID) consentInquiryId: string,
    @Arg("reason", { description: "Why the case is withdrawn (1–500 characters)" }) reason: string,
    @Ctx() context: HouseholdContext,
  ): Promise<ConsentInquiry | null> {
    const inquiry = await withdrawConsentInquiry(context.dataSource, context.principal, consentInquiryId, reason);
    return readBack(context, inquiry.id);
  }
}
