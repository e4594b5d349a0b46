import { Arg, ClassType, Ctx, Int, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import { DEFAULT_RUNS_PAGE, MAX_RUNS_PAGE, querySchedulerRuns } from "./runs";
import { presentRun, SchedulerRun } from "./scheduler-run.type";

/** What the operator query needs from a subgraph's context (SubgraphContext has it). */
export interface SchedulerRunsContext {
  readonly dataSource: DataSource;
}

/**
 * The root field `<agency>SchedulerRuns(job, first): [SchedulerRun!]!` for one subgraph, named per
 * agency like `<agency>AuditLog` (federation resolves a root field in one subgraph only). Who may
 * call it belongs in the subgraph's policy table (D4), not here.
 */
export function schedulerRunsResolverFor(agency: string, schema: string): ClassType {
  @Resolver(() => SchedulerRun)
  class SchedulerRunsResolver {
    @Query(() => [SchedulerRun], { name: `${agency}SchedulerRuns`, description: `The last runs of ${agency}'s scheduled jobs, newest first` })
    async schedulerRuns(
      @Arg("job", () => String, { nullable: true, description: "Only this job, e.g. deadline-pass" }) job: string | null | undefined,
      @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_RUNS_PAGE, description: `1–${MAX_RUNS_PAGE}` }) first: number | null | undefined,
      @Ctx() context: SchedulerRunsContext,
    ): Promise<SchedulerRun[]> {
      const runs = await querySchedulerRuns(context.dataSource, schema, { job, first });
      return runs.map((run) => presentRun(agency, run));
    }
  }
  return SchedulerRunsResolver;
}
