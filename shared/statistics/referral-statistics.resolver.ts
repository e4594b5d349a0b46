import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../subgraph/context";
import { careStatisticsStubClass, CareStatisticsStub } from "./care-statistics.stub";
import { REFERRAL_METRICS } from "./referrals";
import { readStatisticsTable } from "./report";
import { StatisticsTable } from "./statistics.types";

/** What a receiving agency's index.ts lists: its CareStatistics stub (orphaned type, reference) and its resolver. */
export interface ReferralStatisticsSchema {
  readonly CareStatistics: new (id: string) => CareStatisticsStub;
  readonly resolver: new () => object;
}

/**
 * A receiving agency's tables on CareStatistics (issue #10, A12), named after the agency
 * (`socialReferralsReceived`, `healthReferralNeeds`): each agency's fields are its own in the
 * composed entity, and one resolver serves them all (the agencies differ only by schema and name).
 */
export function referralStatisticsSchema(prefix: string, agency: string, schema: string): ReferralStatisticsSchema {
  const CareStatistics = careStatisticsStubClass();

  @Resolver(() => CareStatistics)
  class ReferralStatisticsResolver {
    @FieldResolver(() => StatisticsTable, {
      name: `${prefix}ReferralsReceived`,
      nullable: true,
      description: `A12: referrals ${agency} received (MONTH received, DISTRICT referring, UNIT serving)`,
    })
    referralsReceived(@Root() statistics: CareStatisticsStub, @Ctx() context: SubgraphContext<unknown>): Promise<StatisticsTable> {
      return readStatisticsTable(context.dataSource, schema, REFERRAL_METRICS.referralsReceived, statistics.key);
    }

    @FieldResolver(() => StatisticsTable, {
      name: `${prefix}ReferralNeeds`,
      nullable: true,
      description: `A12: the needs of the referrals ${agency} received, always by NEED; a referral naming two counts under both (also MONTH, DISTRICT, UNIT)`,
    })
    referralNeeds(@Root() statistics: CareStatisticsStub, @Ctx() context: SubgraphContext<unknown>): Promise<StatisticsTable> {
      return readStatisticsTable(context.dataSource, schema, REFERRAL_METRICS.referralNeeds, statistics.key);
    }
  }
  return { CareStatistics, resolver: ReferralStatisticsResolver };
}
