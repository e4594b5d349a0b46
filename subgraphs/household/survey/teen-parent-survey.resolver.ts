import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { notFound } from "../../../shared/errors";
import { CaseType } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { HouseholdContext } from "../loaders";
import { Person } from "../person/person.entity";
import { Registration } from "../registration/registration.entity";
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
    const parents = await context.loaders.personById.loadMany(knownParentIds(registration));
    return registration.caseType === CaseType.BIRTH && parents.some((parent) => parent instanceof Person && isUnderLimitOn(parent.birthDate, registration.registeredOn));
  }

  @FieldResolver(() => TeenParentSurvey, { nullable: true, description: "附表4, when recorded" })
  teenParentSurvey(@Root() registration: Registration, @Ctx() context: HouseholdContext): Promise<TeenParentSurvey | null> {
    return context.loaders.teenParentSurveyByRegistration.load(registration.id);
  }
}
