import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { StatisticsDimension } from "../../../shared/statistics/dimensions";
import { statisticsId, StatisticsKey } from "../../../shared/statistics/period";

/**
 * 民政局's statistics for one period and breakdown (A11, issue #10): an entity keyed by both (`id`,
 * see shared/statistics/period.ts), owned here, which every reporting agency extends with the
 * tables it computes over its own data (D1); the gateway composes them into one answer.
 */
@ObjectType({ description: "A11: 民政局's statistics for a period and breakdown; each agency adds its own tables" })
@Directive('@key(fields: "id")')
export class CareStatistics {
  @Field(() => ID, { description: "The period and breakdown, e.g. 2015-06-01/2018-12-31/MONTH+CASE_TYPE" })
  id: string;

  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;

  @Field(() => [StatisticsDimension])
  groupBy: StatisticsDimension[];

  readonly key: StatisticsKey;

  constructor(key: StatisticsKey) {
    this.key = key;
    this.id = statisticsId(key);
    this.from = key.from;
    this.to = key.to;
    this.groupBy = [...key.groupBy];
  }
}
