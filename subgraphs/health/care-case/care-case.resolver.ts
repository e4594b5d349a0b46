import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { HealthContext } from "../loaders";
import { HealthReferral } from "../referral/health-referral.entity";
import { CareCase } from "./care-case.stub";

@Resolver(() => CareCase)
export class CareCaseResolver {
  @FieldResolver(() => [HealthReferral], { nullable: true, description: "D3: this case's referrals as 衛生局 holds them" })
  healthReferrals(@Root() careCase: CareCase, @Ctx() context: HealthContext): Promise<HealthReferral[]> {
    return context.loaders.referralsByCareCase.load(careCase.id);
  }
}
