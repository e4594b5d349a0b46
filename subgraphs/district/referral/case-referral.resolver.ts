import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { CareCase } from "../care-case/care-case.entity";
import { PRINTED_FORM } from "../directory/printed-form";
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

/** The printed form's order of the boxes (A8); a box the city added comes after them, by code. */
const printedPosition = (target: string): number => {
  const box = PRINTED_FORM.boxes.find((candidate) => candidate.code === target);
  return box === undefined ? Number.MAX_SAFE_INTEGER : box.order;
};

@Resolver(() => CareCase)
export class CareCaseReferralsResolver {
  @FieldResolver(() => [CaseReferral], { description: "A9/D3: the referrals the district sent for this case, with their delivery" })
  async referrals(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<CaseReferral[]> {
    const referrals = await context.loaders.caseReferrals.byCareCase.load(careCase.id);
    // First sent first; referred in the same instant, in 附件4's order of the boxes (A8).
    return [...referrals].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime() || printedPosition(a.target) - printedPosition(b.target) || a.target.localeCompare(b.target));
  }
}
