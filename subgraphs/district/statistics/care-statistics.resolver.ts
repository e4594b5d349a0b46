import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { readStatisticsTable } from "../../../shared/statistics/report";
import { StatisticsTable } from "../../../shared/statistics/statistics.types";
import type { DistrictContext } from "../loaders";
import { DISTRICT_SCHEMA } from "../schema-name";
import { CareStatistics } from "./care-statistics.entity";
import { DISTRICT_METRICS, FOLLOW_UP_REPLY_STEP, timelinessMetric } from "./district-statistics";

const BY = "(MONTH of the hand-over, DISTRICT, CASE_TYPE)";

@Resolver(() => CareStatistics)
export class CareStatisticsResolver {
  @FieldResolver(() => StatisticsTable, { nullable: true, description: `A4: cases the districts received ${BY}` })
  casesReceived(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, DISTRICT_METRICS.casesReceived, statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: `R6: cases with at least one visit attempt, home or phone ${BY}` })
  casesVisited(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, DISTRICT_METRICS.casesVisited, statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: `A7: cases closed after two missed visits ${BY}` })
  closedAfterTwoMissedVisits(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, DISTRICT_METRICS.closedAfterTwoMissedVisits, statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: "A9: urgent reports (MONTH reported, DISTRICT, CASE_TYPE)" })
  urgentReports(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, DISTRICT_METRICS.urgentReports, statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: "A4, B12: acknowledgement of receipt by outcome (MONTH due, DISTRICT)" })
  acknowledgementTimeliness(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, timelinessMetric("ACKNOWLEDGEMENT"), statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: "A2, B12: the visit within the promised window by outcome (MONTH due, DISTRICT)" })
  homeVisitTimeliness(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, timelinessMetric("HOME_VISIT"), statistics.key);
  }

  @FieldResolver(() => StatisticsTable, { nullable: true, description: "A6, B12: 附件4 handed in within 2 days by outcome (MONTH due, DISTRICT)" })
  visitRecordTimeliness(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, timelinessMetric("VISIT_RECORD"), statistics.key);
  }

  @FieldResolver(() => StatisticsTable, {
    nullable: true,
    description: "B2, B9, B12: the 里幹事's follow-up replied within 1 month by outcome (MONTH due, DISTRICT household)",
  })
  followUpReplyTimeliness(@Root() statistics: CareStatistics, @Ctx() context: DistrictContext): Promise<StatisticsTable> {
    return readStatisticsTable(context.dataSource, DISTRICT_SCHEMA, timelinessMetric(FOLLOW_UP_REPLY_STEP), statistics.key);
  }
}
