import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../subgraph/context";
import { careStatisticsStubClass, CareStatisticsStub } from "./care-statistics.stub";
import { REFERRAL_METRICS, ReferralMetrics } from "./referrals";
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
  return { CareStatistics, resolver: referralStatisticsResolver(CareStatistics, { prefix, agency, schema, metrics: REFERRAL_METRICS }) };
}

/** One kit's tables on a CareStatistics stub; several kits of one subgraph share the stub (民政局's). */
export interface ReferralStatisticsKit {
  readonly prefix: string;
  readonly agency: string;
  readonly schema: string;
  readonly metrics: ReferralMetrics;
}

export function referralStatisticsResolver(CareStatistics: new (id: string) => CareStatisticsStub, kit: ReferralStatisticsKit): new () => object {
  const { prefix, agency, schema, metrics } = kit;
  // type-graphql pairs a field resolver with its field by method name: each kit's are its own.
  const received = `${prefix}ReferralsReceived`;
  const needs = `${prefix}ReferralNeeds`;
  const outcomes = `${prefix}ReferralOutcomes`;

  @Resolver(() => CareStatistics)
  class ReferralStatisticsResolver {
    @FieldResolver(() => StatisticsTable, {
      name: received,
      nullable: true,
      description: `A12: referrals ${agency} received (MONTH received, DISTRICT referring, UNIT serving)`,
    })
    [received](@Root() statistics: CareStatisticsStub, @Ctx() context: SubgraphContext<unknown>): Promise<StatisticsTable> {
      return readStatisticsTable(context.dataSource, schema, metrics.referralsReceived, statistics.key);
    }

    @FieldResolver(() => StatisticsTable, {
      name: needs,
      nullable: true,
      description: `A12: the needs of the referrals ${agency} received, always by NEED; a referral naming two counts under both (also MONTH, DISTRICT, UNIT)`,
    })
    [needs](@Root() statistics: CareStatisticsStub, @Ctx() context: SubgraphContext<unknown>): Promise<StatisticsTable> {
      return readStatisticsTable(context.dataSource, schema, metrics.referralNeeds, statistics.key);
    }

    @FieldResolver(() => StatisticsTable, {
      name: outcomes,
      nullable: true,
      description: `A12: the referrals ${agency} received, always by STATUS as its kit records it now (RECEIVED: not yet accepted; IN_SERVICE; CLOSED); also MONTH received, DISTRICT, UNIT`,
    })
    [outcomes](@Root() statistics: CareStatisticsStub, @Ctx() context: SubgraphContext<unknown>): Promise<StatisticsTable> {
      return readStatisticsTable(context.dataSource, schema, metrics.referralOutcomes, statistics.key);
    }
  }
  return ReferralStatisticsResolver;
}
