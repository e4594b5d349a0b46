import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { listInScope } from "../../../shared/authz/scoped-listing";
import { connectionOf, PAGE_SIZE_DESCRIPTION, pageSize } from "../../../shared/graphql/connection";
import type { SubgraphContext } from "../../../shared/subgraph/context";
import { InsuranceStatus } from "./insurance-status.entity";
import type { InsuranceLoaders } from "./insurance.loaders";

const InsuranceStatusConnection = connectionOf("InsuranceStatus", InsuranceStatus);

/** What B5's list needs of health's context (loaders.ts builds it). */
type InsuranceContext = SubgraphContext<{ readonly insurance: InsuranceLoaders }>;

/**
 * B5 (issue #12): the 公衛護士's list of the NHIA's uninsured children of her 健康服務中心, a page at
 * a time (ordered by the row's key, so a page never shifts when a list arrives). Row scope first:
 * another centre's statuses are neither shown nor counted (insurance.policy.ts).
 */
@Resolver(() => InsuranceStatus)
export class InsuranceStatusResolver {
  @Query(() => InsuranceStatusConnection, { description: "B5: the insurance statuses of the nurse's health centre's children (the NHIA's lists), a page at a time" })
  async insuranceStatuses(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION }) first: number | undefined,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page" }) after: string | undefined,
    @Ctx() context: InsuranceContext,
  ): Promise<InstanceType<typeof InsuranceStatusConnection>> {
    const page = { limit: pageSize(first ?? undefined), after: after ?? undefined };
    const connection = await listInScope(context.dataSource, InsuranceStatus, {}, page, context.loaders.insurance.scope);
    for (const { node } of connection.edges) {
      context.loaders.insurance.statusByNoticeKey.prime(node.noticeKey, node);
    }
    return connection;
  }
}
