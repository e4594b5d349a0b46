import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { SocialContext } from "../loaders";
import { SocialReferral } from "../referral/social-referral.entity";
import { Person } from "./person.stub";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [SocialReferral], { nullable: true, description: "Referrals 社會局 received for this person, by referral date" })
  socialReferrals(@Root() person: Person, @Ctx() context: SocialContext): Promise<SocialReferral[]> {
    return context.loaders.referralsByPerson.load(person.id);
  }
}
