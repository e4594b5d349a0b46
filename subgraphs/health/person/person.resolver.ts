import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { HealthContext } from "../loaders";
import { HealthReferral } from "../referral/health-referral.entity";
import { Person } from "./person.stub";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [HealthReferral], { nullable: true, description: "衛生局's referrals for this person, oldest first" })
  healthReferrals(@Root() person: Person, @Ctx() context: HealthContext): Promise<HealthReferral[]> {
    return context.loaders.referralsByPerson.load(person.id);
  }
}
