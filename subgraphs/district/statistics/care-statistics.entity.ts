import { Directive, Field, ID, ObjectType } from "type-graphql";
import { parseStatisticsId, StatisticsKey } from "../../../shared/statistics/period";

/**
 * Federation stub of household's CareStatistics (issue #10): only the key, parsed and validated
 * again here (a subgraph trusts no input, D4); the district adds its tables by field resolvers.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class CareStatistics {
  @Field(() => ID)
  readonly id: string;

  readonly key: StatisticsKey;

  constructor(id: string) {
    this.id = id;
    this.key = parseStatisticsId(id);
  }
}
