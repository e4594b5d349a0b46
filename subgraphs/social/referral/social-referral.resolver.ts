import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../../shared/errors";
import { connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import { requireUuid } from "../../../shared/graphql/ids";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { CareCase, careCaseStub } from "../care-case/care-case.stub";
import { SocialContext } from "../loaders";
import { Person, personStub } from "../person/person.stub";
import { SocialServiceInput } from "../service-record/social-service-record.input";
import { SocialServiceRecord } from "../service-record/social-service-record.entity";
import { recordSocialService } from "../service-record/social-service-record.service";
import { SocialReferralFilter, SocialReferralInput } from "./social-referral.input";
import { SocialReferral } from "./social-referral.entity";
import { closeSocialReferral, listSocialReferrals, receiveSocialReferral } from "./social-referral.service";

export const SocialReferralConnection = connectionOf("SocialReferral", SocialReferral);

@Resolver(() => SocialReferral)
export class SocialReferralResolver {
  @Query(() => SocialReferral)
  async socialReferral(@Arg("id", () => ID) id: string, @Ctx() context: SocialContext): Promise<SocialReferral> {
    const referral = await context.loaders.referralById.load(requireUuid(id, "id"));
    if (referral === null) {
      throw notFound("SocialReferral");
    }
    return referral;
  }

  @Query(() => SocialReferralConnection, { description: "Referrals received by 社會局, a page at a time, ordered by ID" })
  async socialReferrals(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
    @Arg("filter", () => SocialReferralFilter, { nullable: true }) filter: SocialReferralFilter | undefined,
    @Ctx() context: SocialContext,
  ): Promise<InstanceType<typeof SocialReferralConnection>> {
    const connection = await listSocialReferrals(
      context.dataSource,
      filter ?? {},
      pageSize(first ?? undefined),
      after ?? undefined,
      context.loaders.scopeOf("SocialReferral", "referral"),
    );
    for (const edge of connection.edges) {
      context.loaders.referralById.prime(edge.node.id, edge.node);
    }
    return connection;
  }

  @FieldResolver(() => CareCase, { description: "The referring district's care case" })
  careCase(@Root() referral: SocialReferral): CareCase {
    return careCaseStub(referral.careCaseId);
  }

  @FieldResolver(() => Person)
  person(@Root() referral: SocialReferral): Person {
    return personStub(referral.personId);
  }

  @FieldResolver(() => [SocialServiceRecord], { description: "Service contacts, by service date" })
  services(@Root() referral: SocialReferral, @Ctx() context: SocialContext): Promise<SocialServiceRecord[]> {
    return context.loaders.servicesByReferral.load(referral.id);
  }

  @Mutation(() => SocialReferral, { description: "A9/D3: a district refers a family to 社會局; idempotent by clientKey" })
  async receiveSocialReferral(@Arg("input") input: SocialReferralInput, @Ctx() context: SocialContext): Promise<SocialReferral | null> {
    const referral = await receiveSocialReferral(context.dataSource, input);
    // Read back through the caller's row scope: what they may see of what they wrote.
    return context.loaders.referralById.load(referral.id);
  }

  @Mutation(() => SocialReferral, { description: "A10/A13: record a social worker's contact; the first puts the referral in service" })
  async recordSocialService(@Arg("input") input: SocialServiceInput, @Ctx() context: SocialContext): Promise<SocialReferral | null> {
    const referral = await recordSocialService(context.dataSource, input);
    return context.loaders.referralById.clear(referral.id).load(referral.id);
  }

  @Mutation(() => SocialReferral, { description: "A10: close after a reassessment found no further need" })
  async closeSocialReferral(
    @Arg("referralId", () => ID) referralId: string,
    @Arg("closedOn", () => LocalDateScalar) closedOn: string,
    @Ctx() context: SocialContext,
  ): Promise<SocialReferral | null> {
    const referral = await closeSocialReferral(context.dataSource, referralId, closedOn);
    return context.loaders.referralById.clear(referral.id).load(referral.id);
  }
}
