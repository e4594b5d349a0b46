import { Arg, ClassType, Ctx, Int, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import { FeedRun } from "./feed-run.type";
import { DEFAULT_FEED_RUNS, MAX_FEED_RUNS, queryFeedRuns } from "./runs";

/**
 * The root field `<agency>FeedRuns(feed, first): [FeedRun!]!` of one subgraph, named per agency
 * like `<agency>SchedulerRuns` (a root field resolves in one subgraph only). Who may call it is the
 * subgraph's policy table's business (D4).
 */
export function feedRunsResolverFor(agency: string, schema: string): ClassType {
  @Resolver(() => FeedRun)
  class FeedRunsResolver {
    @Query(() => [FeedRun], { name: `${agency}FeedRuns`, description: `The last runs of ${agency}'s feeds, newest first (issue #12: what each took, skipped and why)` })
    feedRuns(
      @Arg("feed", () => String, { nullable: true, description: "Only this feed, e.g. cdc-overdue-vaccination" }) feed: string | null | undefined,
      @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_FEED_RUNS, description: `1–${MAX_FEED_RUNS}` }) first: number | null | undefined,
      @Ctx() context: { readonly dataSource: DataSource },
    ): Promise<FeedRun[]> {
      return queryFeedRuns(context.dataSource, schema, { feed, first });
    }
  }
  return FeedRunsResolver;
}

/** For the subgraphs' policies: the feed run types' fields, none of them personal data. */
export const FEED_RUN_FIELDS = [
  "id", "feed", "status", "scheduledFor", "watermarkBefore", "watermarkAfter", "taken", "skipped", "rowsDone", "rowsTotal", "startedAt", "progressAt", "finishedAt", "errorCode",
] as const;
export const FEED_SKIP_COUNT_FIELDS = ["reason", "count"] as const;
