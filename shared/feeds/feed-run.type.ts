import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "../graphql/scalars";
import { FeedRunStatus } from "./table";

registerEnumType(FeedRunStatus, {
  name: "FeedRunStatus",
  description: "Issue #12 (D3, B8): where a feed's run stands",
  valuesConfig: {
    RUNNING: { description: "Taking pages now; its counters show the progress so far" },
    SUCCEEDED: { description: "Read its source to the end" },
    FAILED: { description: "Stopped on a page that failed (errorCode); the next run goes on from its watermark" },
  },
});

@ObjectType("FeedSkipCount", { description: "How many rows a feed run skipped for one reason (never silent, issue #12)" })
@Directive("@shareable")
export class FeedSkipCount {
  @Field({ description: "A code, e.g. OVER_AGE (R7), MALFORMED_ID_NUMBER, ALREADY_TAKEN (a row taken by an earlier run)" })
  reason!: string;

  @Field(() => Int)
  count!: number;
}

/** One run of a feed (issue #12): what it took, skipped and why, and its progress. No personal data. */
@ObjectType("FeedRun", { description: "One run of a feed (D3, B8): a pull job with a watermark; no personal data" })
@Directive("@shareable")
export class FeedRun {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The feed, e.g. cdc-overdue-vaccination" })
  feed!: string;

  @Field(() => FeedRunStatus)
  status!: FeedRunStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: "The day its schedule ran it for (R1); null when run by hand" })
  scheduledFor!: string | null;

  @Field(() => String, { nullable: true, description: "Where the feed stood in its source when the run started (JSON, e.g. {\"file\":…,\"row\":…})" })
  watermarkBefore!: string | null;

  @Field(() => String, { nullable: true, description: "Where it stands after the last page the run wrote (JSON)" })
  watermarkAfter!: string | null;

  @Field(() => Int)
  taken!: number;

  @Field(() => [FeedSkipCount], { description: "Rows skipped, by reason" })
  skipped!: FeedSkipCount[];

  @Field(() => Int, { description: "Rows read so far (taken or skipped)" })
  rowsDone!: number;

  @Field(() => Int, { nullable: true, description: "Rows the source had after the watermark, when it knows" })
  rowsTotal!: number | null;

  @Field()
  startedAt!: Date;

  @Field({ description: "When its last page was written (a RUNNING run without progress past the lease is taken over)" })
  progressAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why it failed: a code, never a message (e.g. INTERRUPTED, HANDLER_FAILED)" })
  errorCode!: string | null;
}
