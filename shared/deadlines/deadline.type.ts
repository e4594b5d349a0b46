import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DeadlineState, stateAt } from "./state";
import type { StoredDeadline } from "./table";

registerEnumType(DeadlineState, {
  name: "DeadlineState",
  description: "Issue #8: where a step stands against its deadline (a flag, never a refusal, R2)",
  valuesConfig: {
    DUE: { description: "Open, not yet near its due time" },
    DUE_SOON: { description: "Open, due within the configured threshold" },
    OVERDUE: { description: "Open and past its due time: breached" },
    MET_ON_TIME: { description: "Done at or before its due time" },
    MET_LATE: { description: "Done after its due time; the breach stays recorded" },
    NO_LONGER_DUE: { description: "Issue #9: its case ended before the step was done (endedAt, endReason); neither met nor breached" },
  },
});

/**
 * A step's deadline as the unified view shows it on the step's entity (issue #8). Every owning
 * subgraph serves the same type for its own steps, so it is shareable. `state` is exact at the
 * time of the read, not as of the scheduler's last pass.
 */
@ObjectType("Deadline", { description: "The deadline of one statutory step (D9, issue #8)" })
@Directive("@shareable")
export class Deadline {
  @Field({ description: "The step, e.g. HANDOVER (A4), VISIT (A2), VISIT_RECORD (A6), REFERRAL (A9)" })
  step!: string;

  @Field({ description: "When the step started (the instant its rule counts from)" })
  startedAt!: Date;

  @Field()
  dueAt!: Date;

  @Field(() => DeadlineState)
  state!: DeadlineState;

  @Field(() => Date, { nullable: true })
  metAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "The due time that passed unmet; kept when the step is met later" })
  breachedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "Issue #9: when the case ended before the step was done (state NO_LONGER_DUE)" })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Issue #9: why it is no longer due: the case's closure (e.g. RETURNED_TO_OFFICE)" })
  endReason!: string | null;
}

/**
 * A stored deadline as read at `now`. Between two passes the stored state may lag: the state is
 * recomputed, and a breach the pass has not written yet is shown at its instant (the due time),
 * which is what the pass will store.
 */
export function presentDeadline(deadline: StoredDeadline, now: Date, dueSoonWithinMs: number): Deadline {
  const state = stateAt(deadline, now, dueSoonWithinMs);
  const breached = state === DeadlineState.OVERDUE || state === DeadlineState.MET_LATE;
  return {
    step: deadline.step,
    startedAt: deadline.startedAt,
    dueAt: deadline.dueAt,
    state,
    metAt: deadline.metAt,
    breachedAt: deadline.breachedAt ?? (breached ? deadline.dueAt : null),
    endedAt: deadline.endedAt,
    endReason: deadline.endReason,
  };
}
