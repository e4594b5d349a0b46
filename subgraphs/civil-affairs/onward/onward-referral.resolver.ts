import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import type { CivilAffairsContext } from "../loaders";
import { CivilAffairsReferral } from "../referral/civil-affairs-referral.entity";
import { OnwardReferral } from "./onward-referral.entity";
import { ReferOnwardInput } from "./onward-referral.input";
import { recordOnwardOutcome, referOnward } from "./onward-referral.service";

/** A11 (issue #9): 民政局's onward referrals, and the list of them on its referral (A10: the district sees them). */
@Resolver(() => CivilAffairsReferral)
export class OnwardReferralResolver {
  @FieldResolver(() => [OnwardReferral], { description: "A11: where 民政局 referred the case onward, oldest first, with each outcome" })
  onwardReferrals(@Root() referral: CivilAffairsReferral, @Ctx() context: CivilAffairsContext): Promise<OnwardReferral[]> {
    return context.loaders.onward.byReferral.load(referral.id);
  }

  @Mutation(() => OnwardReferral, { description: "A11: refer an open 民政局 case onward to a central agency (移民署, 陸委會) or an NGO (海基會)" })
  referOnward(@Arg("input", () => ReferOnwardInput) input: ReferOnwardInput, @Ctx() context: CivilAffairsContext): Promise<OnwardReferral> {
    return referOnward(context.dataSource, input);
  }

  @Mutation(() => OnwardReferral, { description: "A11: the target's outcome of an onward referral, once" })
  recordOnwardOutcome(
    @Arg("id", () => ID) id: string,
    @Arg("outcome") outcome: string,
    @Arg("outcomeOn", () => LocalDateScalar) outcomeOn: string,
    @Ctx() context: CivilAffairsContext,
  ): Promise<OnwardReferral> {
    return recordOnwardOutcome(context.dataSource, id, outcome, outcomeOn);
  }
}
