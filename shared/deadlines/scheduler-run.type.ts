import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import type { SchedulerRunRecord } from "./runs";

/** One count of what a run changed, e.g. { what: "breaches", count: 3 }. */
@ObjectType("SchedulerChange")
@Directive("@shareable")
export class SchedulerChange {
  @Field({ description: "overdue, breaches, dueSoon (a pass); moved too (a recompute after a calendar change)" })
  what!: string;

  @Field(() => Int)
  count!: number;
}

/** A scheduler run as an operator sees it (issue #8: last run, duration, what it changed). */
@ObjectType("SchedulerRun", { description: "One run of an agency's scheduled job (issue #8)" })
@Directive("@shareable")
export class SchedulerRun {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The subgraph whose job ran" })
  agency!: string;

  @Field()
  job!: string;

  @Field({ description: "The process that ran it (host:pid unless configured)" })
  replica!: string;

  @Field()
  startedAt!: Date;

  @Field()
  finishedAt!: Date;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => [SchedulerChange])
  changed!: SchedulerChange[];
}

export function presentRun(agency: string, run: SchedulerRunRecord): SchedulerRun {
  return {
    id: run.id,
    agency,
    job: run.job,
    replica: run.replica,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    durationMs: run.durationMs,
    changed: Object.entries(run.changed)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([what, count]) => ({ what, count })),
  };
}
