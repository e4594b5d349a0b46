import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { SocialContext } from "../loaders";
import { SocialReferral } from "../referral/social-referral.entity";
import { CareCase } from "./care-case.stub";

@Resolver(() => CareCase)
export class CareCaseResolver {
  @FieldResolver(() => [SocialReferral], { nullable: true, description: "D3: the case's referrals as 社會局 received them" })
  socialReferrals(@Root() careCase: CareCase, @Ctx() context: SocialContext): Promise<SocialReferral[]> {
    return context.loaders.referralsByCareCase.load(careCase.id);
  }
}
