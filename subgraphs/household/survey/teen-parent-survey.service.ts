import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { findDistrict } from "../../../shared/domain/districts";
import { badUserInput, conflict } from "../../../shared/errors";
import { CaseType } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { Registration } from "../registration/registration.entity";
import { surveyIsDue } from "./teen-parent-due";
import { TeenParentSurvey } from "./teen-parent-survey.entity";
import { answersOf, referralOf } from "./teen-parent-survey.form";
import { RecordTeenParentSurveyInput } from "./teen-parent-survey.input";

/**
 * B7, R7: records 附表4 (or the applicant's refusal) for a birth registration of the clerk's own
 * office (policy: the registration is the write's target) at which a parent was under 20. Every
 * check runs before the one insert: a bad answer writes nothing.
 */
export async function recordTeenParentSurvey(dataSource: DataSource, input: RecordTeenParentSurveyInput, officeCode: string): Promise<TeenParentSurvey> {
  const office = findDistrict(officeCode);
  if (office === undefined) {
    throw badUserInput("The caller's organisation is not one of Taipei's 12 household offices", "office");
  }
  const registrationId = requireUuid(input.registrationId, "registrationId");
  return dataSource.transaction(async (manager) => {
    const registration = await manager.getRepository(Registration).findOneBy({ id: registrationId });
    if (registration === null) {
      throw badUserInput("No registration has this ID", "registrationId");
    }
    if (registration.caseType !== CaseType.BIRTH) {
      throw badUserInput("附表4 is asked at a birth registration (B7)", "registrationId");
    }
    const answers = answersOf(input, registration.registeredOn);
    const referral = referralOf(input, registration.registeredOn);
    if (!(await surveyIsDue(manager, registration, [answers.father?.birthDate ?? null, answers.mother?.birthDate ?? null]))) {
      throw badUserInput("R7: no parent was under 20 on the registration date, so 附表4 is not asked", "registrationId");
    }
    const survey = Object.assign(new TeenParentSurvey(), {
      id: randomUUID(),
      registrationId,
      officeCode: office.code,
      declined: input.declined,
      ...answers,
      ...referral,
      relayedAt: null,
    });
    try {
      return await manager.getRepository(TeenParentSurvey).save(survey);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict("This registration's survey is already recorded");
      }
      throw error;
    }
  });
}
