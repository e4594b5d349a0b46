import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../subgraph/context";
import type { CareStatisticsStub } from "./care-statistics.stub";
import { MetricSpec, readStatisticsTable } from "./report";
import { StatisticsTable } from "./statistics.types";

/** One table of an agency's on 民政局's CareStatistics: its field, what it counts, and its metric. */
export interface StatisticsTableField {
  readonly field: string;
  readonly description: string;
  readonly spec: MetricSpec;
}

/**
 * Issue #12: an agency's tables on its CareStatistics stub, one resolver class per table (type-graphql
 * pairs a field resolver with its field by method name, so each is named after its field); each
 * reads the agency's own aggregates (D1), suppressed as every table is (report.ts).
 */
export function statisticsTableResolvers(CareStatistics: new (id: string) => CareStatisticsStub, schema: string, fields: readonly StatisticsTableField[]): (new () => object)[] {
  return fields.map(({ field, description, spec }) => {
    @Resolver(() => CareStatistics)
    class StatisticsTableResolver {
      @FieldResolver(() => StatisticsTable, { name: field, nullable: true, description })
      [field](@Root() statistics: CareStatisticsStub, @Ctx() context: SubgraphContext<unknown>): Promise<StatisticsTable> {
        return readStatisticsTable(context.dataSource, schema, spec, statistics.key);
      }
    }
    return StatisticsTableResolver;
  });
}
