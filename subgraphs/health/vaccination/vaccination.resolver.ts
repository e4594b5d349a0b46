import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { loadTarget } from "../../../shared/authz/guards";
import { markInScope, onlyInScope } from "../../../shared/authz/row-scope";
import { Deadline } from "../../../shared/deadlines/deadline.type";
import { badUserInput } from "../../../shared/errors";
import { VaccinationFollowUp } from "./vaccination-follow-up.entity";
import { VaccinationReminder } from "./vaccination-reminder.entity";
import type { VaccinationContext } from "./vaccination.context";
import { VaccinationReferralCondition } from "./vaccination.enums";
import { CatchUpReminderRule, VaccinationFollowUpFilter, VaccinationOutcomeInput, VaccinationReminderInput } from "./vaccination.input";
import { catchUpRuleOf } from "./vaccination.rule";
import { recordVaccinationOutcome, recordVaccinationReminder, referVaccinationFollowUpToSocial } from "./vaccination.service";

const MAX_FOLLOW_UPS = 200;

/** B4 (issue #12): health's vaccination follow-ups, their reminders, outcome and referral to social. */
@Resolver(() => VaccinationFollowUp)
export class VaccinationFollowUpResolver {
  @Query(() => [VaccinationFollowUp], { description: "B4: the vaccination follow-ups of the nurse's centre, newest first" })
  async vaccinationFollowUps(
    @Arg("filter", () => VaccinationFollowUpFilter, { nullable: true }) filter: VaccinationFollowUpFilter | null | undefined,
    @Ctx() context: VaccinationContext,
  ): Promise<VaccinationFollowUp[]> {
    const first = filter?.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > MAX_FOLLOW_UPS) {
      throw badUserInput(`filter.first must be 1–${MAX_FOLLOW_UPS}`, "filter.first");
    }
    const query = context.dataSource.getRepository(VaccinationFollowUp).createQueryBuilder("follow_up").orderBy("follow_up.createdAt", "DESC").addOrderBy("follow_up.id", "DESC").take(first);
    if (filter?.status !== null && filter?.status !== undefined) {
      query.andWhere("follow_up.status = :status", { status: filter.status });
    }
    const rows = markInScope(await onlyInScope(query, context.loaders.vaccination.scope("follow_up")).getMany());
    for (const row of rows) {
      context.loaders.vaccination.followUpById.prime(row.id, row);
    }
    return rows;
  }

  @Query(() => VaccinationFollowUp, { nullable: true, description: "B4: one follow-up by id (null when there is none; out of the caller's scope, only its id)" })
  vaccinationFollowUp(@Arg("id", () => ID) id: string, @Ctx() context: VaccinationContext): Promise<VaccinationFollowUp | null> {
    return loadTarget(context.loaders.vaccination.followUpById, id, "id");
  }

  @FieldResolver(() => [VaccinationReminder], { description: "B4: the catch-up reminders, oldest first" })
  reminders(@Root() followUp: VaccinationFollowUp, @Ctx() context: VaccinationContext): Promise<VaccinationReminder[]> {
    return context.loaders.vaccination.remindersByFollowUp.load(followUp.id);
  }

  @FieldResolver(() => CatchUpReminderRule, { description: "B4: whether the reminders meet the rule (≥3 within the CDC's window, ≥1 two-way)" })
  async catchUpRule(@Root() followUp: VaccinationFollowUp, @Ctx() context: VaccinationContext): Promise<CatchUpReminderRule> {
    return catchUpRuleOf(followUp, await context.loaders.vaccination.remindersByFollowUp.load(followUp.id));
  }

  @FieldResolver(() => [Deadline], { description: "The 6-month catch-up's deadline on the working-day calendar (B4, R2, D9)" })
  deadlines(@Root() followUp: VaccinationFollowUp, @Ctx() context: VaccinationContext): Promise<Deadline[]> {
    return context.loaders.vaccination.deadlinesByFollowUp.load(followUp.id);
  }

  @Mutation(() => VaccinationFollowUp, { description: "B4: record a catch-up reminder (letter, SMS, phone or home visit; two-way or not)" })
  recordVaccinationReminder(@Arg("input", () => VaccinationReminderInput) input: VaccinationReminderInput, @Ctx() context: VaccinationContext): Promise<VaccinationFollowUp> {
    return recordVaccinationReminder(context.dataSource, context.principal, input);
  }

  @Mutation(() => VaccinationFollowUp, { description: "B4: record what came of the catch-up (once)" })
  recordVaccinationOutcome(@Arg("input", () => VaccinationOutcomeInput) input: VaccinationOutcomeInput, @Ctx() context: VaccinationContext): Promise<VaccinationFollowUp> {
    return recordVaccinationOutcome(context.dataSource, input);
  }

  @Mutation(() => VaccinationFollowUp, { description: "B4 (a)–(d): refer the child to social units (a child-care notice, category OVERDUE_VACCINATION)" })
  referVaccinationFollowUpToSocial(
    @Arg("id", () => ID) id: string,
    @Arg("condition", () => VaccinationReferralCondition) condition: VaccinationReferralCondition,
    @Ctx() context: VaccinationContext,
  ): Promise<VaccinationFollowUp> {
    return referVaccinationFollowUpToSocial(context.dataSource, context.principal, id, condition);
  }
}
