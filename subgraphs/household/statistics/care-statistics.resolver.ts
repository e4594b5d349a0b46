import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { StatisticsDimension } from "../../../shared/statistics/dimensions";
import { statisticsKey } from "../../../shared/statistics/period";
import { readStatisticsTable } from "../../../shared/statistics/report";
import { StatisticsTable } from "../../../shared/statistics/statistics.types";
import type { HouseholdContext } from "../loaders";
import { HOUSEHOLD_SCHEMA } from "../schema-name";
import { CareStatistics } from "./care-statistics.entity";
import { HOUSEHOLD_METRICS } from "./household-statistics";

@Resolver(() => CareStatistics)
export class CareStatisticsResolver {
  @Query(() => CareStatistics, { nullable: true, description: "A11 (issue #10): 民政局's statistics for whole months from..to, small cells suppressed" })
  careStatistics(
    @Arg("from", () => LocalDateScalar) from: string,
    @Arg("to", () => LocalDateScalar) to: string,
    @Arg("groupBy", () => [StatisticsDimension], { nullable: true }) groupBy: StatisticsDimension[] | null,
  ): CareStatistics {
    return new CareStatistics(statisticsKey(from, to, groupBy));
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: "A12 table 1: cases recorded, by registration date (MONTH, OFFICE, CASE_TYPE, ORIGIN)" })
  casesRecorded(@Root() statistics: CareStatistics, @Ctx() context: HouseholdContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, HOUSEHOLD_SCHEMA, HOUSEHOLD_METRICS.casesRecorded, statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: "附件1: consent decisions, always by DECISION (also MONTH, OFFICE, CASE_TYPE, ORIGIN)" })
  consentDecisions(@Root() statistics: CareStatistics, @Ctx() context: HouseholdContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, HOUSEHOLD_SCHEMA, HOUSEHOLD_METRICS.consentDecisions, statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: "A4, B12: the handover step by outcome, by due month (MONTH, OFFICE)" })
  handoverTimeliness(@Root() statistics: CareStatistics, @Ctx() context: HouseholdContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, HOUSEHOLD_SCHEMA, HOUSEHOLD_METRICS.handoverTimeliness, statistics.key);
  }
}
