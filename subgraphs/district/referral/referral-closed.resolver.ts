import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { readBack } from "../care-case/care-case.resolver";
import { DistrictContext } from "../loaders";
import { ReferralClosedInput } from "./referral-closed.input";
import { receiveReferralClosed } from "./referral-closed.service";

/** A10/D3 (issue #9): the receiving agencies report their referrals closed; the last one closes the case. */
@Resolver(() => CareCase)
export class ReferralClosedResolver {
  @Mutation(() => CareCase, {
    description:
      "A10/D3: intake of a referral closed at social or health; callable only by that agency's service (idempotent by clientKey). The last part closed closes the case (REFERRALS_CLOSED)",
  })
  async receiveReferralClosed(@Arg("input") input: ReferralClosedInput, @Ctx() context: DistrictContext): Promise<CareCase | null> {
    const careCase = await receiveReferralClosed(context.dataSource, context.principal, input);
    context.loaders.caseReferrals.byCareCase.clear(careCase.id);
    return readBack(context, careCase.id);
  }
}
