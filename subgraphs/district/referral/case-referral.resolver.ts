import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { CaseReferral, ReferralDelivery } from "./case-referral.entity";
import { ReferCaseInput } from "./case-referral.input";
import { referCase } from "./case-referral.service";

@Resolver(() => CaseReferral)
export class CaseReferralResolver {
  @FieldResolver(() => ReferralDelivery, { description: "D3: where the delivery to the receiving agency stands" })
  delivery(@Root() referral: CaseReferral, @Ctx() context: DistrictContext): Promise<ReferralDelivery> {
    return context.loaders.caseReferrals.deliveryByOutboxId.load(referral.outboxId);
  }

  @Mutation(() => CaseReferral, {
    description: "A9/D3: refer a case to the agency its 附件4 ticked; the district's subgraph delivers it (needs, description, and the contact from 附件4)",
  })
  async referCase(@Arg("input") input: ReferCaseInput, @Ctx() context: DistrictContext): Promise<CaseReferral> {
    // The policy's write declaration has already found the case in the caller's scope.
    const referral = await referCase(context.dataSource, context.principal, input);
    context.loaders.caseReferrals.byCareCase.clear(referral.careCaseId);
    return referral;
  }
}

@Resolver(() => CareCase)
export class CareCaseReferralsResolver {
  @FieldResolver(() => [CaseReferral], { description: "A9/D3: the referrals the district sent for this case, with their delivery" })
  referrals(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<CaseReferral[]> {
    return context.loaders.caseReferrals.byCareCase.load(careCase.id);
  }
}
