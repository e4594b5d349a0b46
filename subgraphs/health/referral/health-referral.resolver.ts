import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../../shared/errors";
import { connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import { requireUuid } from "../../../shared/graphql/ids";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { CareCase } from "../care-case/care-case.stub";
import { HealthContext } from "../loaders";
import { Person } from "../person/person.stub";
import { HealthServiceInput } from "../service-record/health-service-record.input";
import { HealthServiceRecord } from "../service-record/health-service-record.entity";
import { recordHealthService } from "../service-record/health-service-record.service";
import { HealthReferralFilter, HealthReferralInput } from "./health-referral.input";
import { HealthReferral } from "./health-referral.entity";
import { closeHealthReferral, listHealthReferrals, receiveHealthReferral } from "./health-referral.service";

export const HealthReferralConnection = connectionOf("HealthReferral", HealthReferral);

@Resolver(() => HealthReferral)
export class HealthReferralResolver {
  @Query(() => HealthReferral, { description: "One health referral by ID" })
  async healthReferral(@Arg("id", () => ID) id: string, @Ctx() context: HealthContext): Promise<HealthReferral> {
    const found = await context.loaders.referralById.load(requireUuid(id, "id"));
    if (found === null) {
      throw notFound("HealthReferral");
    }
    return found;
  }

  @Query(() => HealthReferralConnection, { description: "Health referrals, a page at a time (Relay connection), ordered by ID" })
  async healthReferrals(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "The previous page's endCursor" }) after: string | undefined,
    @Arg("filter", () => HealthReferralFilter, { nullable: true }) filter: HealthReferralFilter | undefined,
    @Ctx() context: HealthContext,
  ): Promise<InstanceType<typeof HealthReferralConnection>> {
    const page = await listHealthReferrals(
      context.dataSource,
      filter ?? {},
      pageSize(first ?? undefined),
      after ?? undefined,
      context.loaders.scopeOf("HealthReferral", "healthReferral"),
    );
    page.edges.forEach(({ node }) => context.loaders.referralById.prime(node.id, node));
    return page;
  }

  @FieldResolver(() => CareCase, { description: "The care case of the referring district" })
  careCase(@Root() referral: HealthReferral): CareCase {
    return new CareCase(referral.careCaseId);
  }

  @FieldResolver(() => Person, { description: "The person served" })
  person(@Root() referral: HealthReferral): Person {
    return new Person(referral.personId);
  }

  @FieldResolver(() => [HealthServiceRecord], { description: "Contacts in date order" })
  services(@Root() referral: HealthReferral, @Ctx() context: HealthContext): Promise<HealthServiceRecord[]> {
    return context.loaders.contactsByReferral.load(referral.id);
  }

  @Mutation(() => HealthReferral, { description: "A9/D3: receive a district's referral to 衛生局 (a retry with the same clientKey is safe)" })
  async receiveHealthReferral(@Arg("input") input: HealthReferralInput, @Ctx() context: HealthContext): Promise<HealthReferral | null> {
    const referral = await receiveHealthReferral(context.dataSource, input);
    // Read back through the caller's row scope: what they may see of what they wrote.
    return context.loaders.referralById.load(referral.id);
  }

  @Mutation(() => HealthReferral, { description: "A10: record a nurse's contact; the first one moves RECEIVED to IN_SERVICE" })
  async recordHealthService(@Arg("input") input: HealthServiceInput, @Ctx() context: HealthContext): Promise<HealthReferral | null> {
    const referral = await recordHealthService(context.dataSource, input);
    return context.loaders.referralById.clear(referral.id).load(referral.id);
  }

  @Mutation(() => HealthReferral, { description: "A10: 結案 when a reassessment finds no further need" })
  async closeHealthReferral(
    @Arg("referralId", () => ID) referralId: string,
    @Arg("closedOn", () => LocalDateScalar) closedOn: string,
    @Ctx() context: HealthContext,
  ): Promise<HealthReferral | null> {
    const referral = await closeHealthReferral(context.dataSource, referralId, closedOn);
    return context.loaders.referralById.clear(referral.id).load(referral.id);
  }
}
