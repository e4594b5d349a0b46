import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { CITY_ORG, Role } from "../../../shared/auth/roles";
import { ChildCareCategory } from "../../../shared/domain/child-care";
import { TAIPEI_CITY } from "../../../shared/domain/cities";
import { findDistrict } from "../../../shared/domain/districts";
import type { SurveyPersonInput, TeenParentSurveyRelayInput } from "../../../shared/graphql/teen-parent-survey";
import { enqueue } from "../../../shared/outbox/enqueue";

/** Social's intake of programme B's notices (docs/programme-b.md), by operation name in 民政局's outbox rows. */
export const RECEIVE_CHILD_CARE_NOTICE = "ReceiveChildCareNotice";

export const CHILD_CARE_NOTICE_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CHILD_CARE_NOTICE]: `mutation ${RECEIVE_CHILD_CARE_NOTICE}($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { id } }`,
};

/** The forwarding acts for the bureau, not for a person: 民政局's relay of B7. */
export const TEEN_PARENT_FORWARDER: Principal = { subject: "system:teen-parent-survey-relay", role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG, villages: [] };

/**
 * The child's household district as social routes by it: the survey's 戶籍地 when it is one of
 * Taipei's districts, else the referring office's (a birth is registered at a Taipei office).
 */
function householdDistrictOf(survey: TeenParentSurveyRelayInput): string {
  const address = survey.householdAddress;
  return (address.city === TAIPEI_CITY ? findDistrict(address.district)?.code : undefined) ?? survey.officeCode;
}

/** What social's notice carries of one baby (programme-b.md): the child, the mother when known, and the survey's key. */
function noticeOf(survey: TeenParentSurveyRelayInput, baby: SurveyPersonInput, clientKey: string, noticedOn: string) {
  return {
    input: {
      clientKey,
      category: ChildCareCategory.TEEN_PARENT,
      idNumber: baby.idNumber ?? null,
      name: baby.name,
      birthDate: baby.birthDate ?? null,
      motherName: survey.mother?.name ?? null,
      motherIdNumber: survey.mother?.idNumber ?? null,
      householdDistrict: householdDistrictOf(survey),
      noticedOn,
      surveyId: survey.surveyId,
    },
  };
}

/**
 * B7, D3: each baby of a relayed survey becomes one child-care notice to social (category
 * TEEN_PARENT, with the survey's id), queued in the transaction that stores the survey. Returns how many.
 */
export async function forwardToSocial(manager: EntityManager, survey: TeenParentSurveyRelayInput, noticedOn: string, at: Date): Promise<number> {
  for (const baby of survey.babies) {
    await enqueue(
      manager,
      { kind: "teen-parent-notice", operation: RECEIVE_CHILD_CARE_NOTICE, actor: TEEN_PARENT_FORWARDER, variables: (clientKey) => noticeOf(survey, baby, clientKey, noticedOn) },
      { now: at },
    );
  }
  return survey.babies.length;
}
