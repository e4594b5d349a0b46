import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { markInScope, onlyInScope } from "../../../shared/authz/row-scope";
import { notFound } from "../../../shared/errors";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { CareCase } from "../care-case/care-case.entity";
import { DistrictContext } from "../loaders";
import { HelpTask, HelpTaskKind, HelpTaskState } from "./help-task.entity";
import { completeHelpTask } from "./help-task.service";

const KIND_ORDER = Object.values(HelpTaskKind);
const byKind = (tasks: readonly HelpTask[]): HelpTask[] => [...tasks].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));

@Resolver(() => HelpTask)
export class HelpTaskResolver {
  @FieldResolver(() => CareCase, { description: "The case the help is for, under the case's own policy (A5: the household district sees its residents' cases)" })
  async careCase(@Root() task: HelpTask, @Ctx() context: DistrictContext): Promise<CareCase> {
    const careCase = await context.loaders.careCaseById.load(task.careCaseId);
    if (careCase === null) {
      throw notFound("CareCase");
    }
    return careCase;
  }

  @Query(() => [HelpTask], { description: "A9, A5 (issue #9): the help tasks assigned to the caller's district, oldest first" })
  async helpTasks(
    @Arg("state", () => HelpTaskState, { nullable: true, description: "Only tasks in this state" }) state: HelpTaskState | undefined,
    @Ctx() context: DistrictContext,
  ): Promise<HelpTask[]> {
    let query = onlyInScope(context.dataSource.getRepository(HelpTask).createQueryBuilder("task"), context.loaders.scopeOf("HelpTask", "task"));
    if (state !== undefined && state !== null) {
      query = query.andWhere("task.state = :state", { state });
    }
    const tasks = await query.orderBy("task.created_at", "ASC").addOrderBy("task.id", "ASC").limit(500).getMany();
    return markInScope(tasks);
  }

  @Mutation(() => HelpTask, {
    description: "A9 (issue #9): the assigned district records the help given; the case closes INTERNAL_HELP_DONE once every task is done and no referral is open",
  })
  async completeHelpTask(
    @Arg("taskId", () => ID) taskId: string,
    @Arg("doneOn", () => LocalDateScalar, { description: "When the help was given: not in the future, not before the filing" }) doneOn: string,
    @Arg("note", () => String, { nullable: true, description: "What was done" }) note: string | null | undefined,
    @Ctx() context: DistrictContext,
  ): Promise<HelpTask | null> {
    const task = await completeHelpTask(context.dataSource, context.principal, taskId, doneOn, note);
    context.loaders.careCaseById.clear(task.careCaseId);
    return context.loaders.helpTaskById.clear(task.id).load(task.id);
  }
}

@Resolver(() => CareCase)
export class CareCaseHelpTasksResolver {
  @FieldResolver(() => [HelpTask], { description: "A9: the district's own help tasks for this case (社會課, 人文課)" })
  async helpTasks(@Root() careCase: CareCase, @Ctx() context: DistrictContext): Promise<HelpTask[]> {
    return byKind(await context.loaders.helpTasksByCareCase.load(careCase.id));
  }
}
