import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { markInScope, onlyInScope } from "../../../shared/authz/row-scope";
import { taipeiToday } from "../../../shared/clock";
import { notFound } from "../../../shared/errors";
import { CaseType } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { HouseholdContext } from "../loaders";
import { Person } from "../person/person.entity";
import { Registration } from "../registration/registration.entity";
import { HOUSEHOLD_SCHEMA } from "../schema-name";
import { isUnderLimitOn, knownParentIds } from "./teen-parent-due";
import { TeenParentSurvey } from "./teen-parent-survey.entity";
import { RecordTeenParentSurveyInput } from "./teen-parent-survey.input";
import { recordTeenParentSurvey } from "./teen-parent-survey.service";

@Resolver(() => TeenParentSurvey)
export class TeenParentSurveyResolver {
  @Query(() => TeenParentSurvey, { description: "B7: a survey 附表4 of the clerk's office" })
  async teenParentSurvey(@Arg("id", () => ID) id: string, @Ctx() context: HouseholdContext): Promise<TeenParentSurvey> {
    const survey = await context.loaders.teenParentSurveyById.load(requireUuid(id, "id"));
    if (survey === null) {
      throw notFound("TeenParentSurvey");
    }
    return survey;
  }

  @Query(() => [Registration], { description: "B7, R7: the office's birth registrations of the last 60 days at which 附表4 is due and not yet recorded" })
  async teenParentSurveysDue(@Ctx() context: HouseholdContext): Promise<Registration[]> {
    const query = context.dataSource
      .getRepository(Registration)
      .createQueryBuilder("registration")
      .where("registration.caseType = :birth", { birth: CaseType.BIRTH })
      .andWhere("registration.registeredOn >= (:today::date - 60)", { today: taipeiToday() })
      .andWhere(`NOT EXISTS (SELECT 1 FROM "${HOUSEHOLD_SCHEMA}"."teen_parent_surveys" s WHERE s.registration_id = registration.id)`)
      .orderBy("registration.registeredOn", "DESC")
      .addOrderBy("registration.id", "ASC");
    const births = markInScope(await onlyInScope(query, context.loaders.scopeOf("Registration", "registration")).getMany());
    const parents = await Promise.all([...new Set(births.flatMap(knownParentIds))].map((id) => context.loaders.personById.load(id)));
    const birthDates = new Map(parents.flatMap((parent) => (parent instanceof Person ? [[parent.id, parent.birthDate] as const] : [])));
    return births.filter((birth) => knownParentIds(birth).some((id) => isUnderLimitOn(birthDates.get(id) ?? null, birth.registeredOn)));
  }

  @FieldResolver(() => Registration, { nullable: true, description: "The birth registration it was asked at" })
  registration(@Root() survey: TeenParentSurvey, @Ctx() context: HouseholdContext): Promise<Registration | null> {
    return context.loaders.registrationById.load(survey.registrationId);
  }

  @Mutation(() => TeenParentSurvey, { description: "B7, R7: record 附表4 (or the applicant's refusal) at a birth registration with a parent under 20" })
  async recordTeenParentSurvey(@Arg("input") input: RecordTeenParentSurveyInput, @Ctx() context: HouseholdContext): Promise<TeenParentSurvey | null> {
    const survey = await recordTeenParentSurvey(context.dataSource, input, context.principal.org);
    return context.loaders.teenParentSurveyById.load(survey.id);
  }
}

/** B7 on the registration: whether 附表4 is due (R7) and the one recorded. */
@Resolver(() => Registration)
export class RegistrationSurveyResolver {
  @FieldResolver(() => Boolean, { description: "R7: a parent was under 20 on the registration date of this birth, so 附表4 is asked" })
  async teenParentSurveyDue(@Root() registration: Registration, @Ctx() context: HouseholdContext): Promise<boolean> {
    // Batched by the person loader (STYLE 3): only the parents' birth dates are read, never returned.
    const parents = await Promise.all(knownParentIds(registration).map((id) => context.loaders.personById.load(id)));
    return registration.caseType === CaseType.BIRTH && parents.some((parent) => parent instanceof Person && isUnderLimitOn(parent.birthDate, registration.registeredOn));
  }

  @FieldResolver(() => TeenParentSurvey, { nullable: true, description: "附表4, when recorded" })
  teenParentSurvey(@Root() registration: Registration, @Ctx() context: HouseholdContext): Promise<TeenParentSurvey | null> {
    return context.loaders.teenParentSurveyByRegistration.load(registration.id);
  }
}
