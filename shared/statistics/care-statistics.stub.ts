import { Directive, Field, ID, ObjectType } from "type-graphql";
import { parseStatisticsId, StatisticsKey } from "./period";

export interface CareStatisticsStub {
  readonly id: string;
  readonly key: StatisticsKey;
}

/**
 * Federation stub of household's CareStatistics (issue #10) for a receiving agency: only the key,
 * parsed and validated again there (a subgraph trusts no input, D4). A new class per agency:
 * type-graphql files field resolvers under their class, so a class shared by two subgraphs would
 * give each the other's fields.
 */
export function careStatisticsStubClass(): new (id: string) => CareStatisticsStub {
  @ObjectType("CareStatistics")
  @Directive('@key(fields: "id")')
  class CareStatistics implements CareStatisticsStub {
    @Field(() => ID)
    readonly id: string;

    readonly key: StatisticsKey;

    constructor(id: string) {
      this.id = id;
      this.key = parseStatisticsId(id);
    }
  }
  return CareStatistics;
}
