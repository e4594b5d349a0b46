import { generateNationalId } from "../../../scripts/demo-data/identity";
import { SeededRandom } from "../../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../../shared/auth/roles";
import { Sex } from "../../../shared/domain/enums";
import { createReferredCase, createVisitedCase, ReferredCase, referToLabourFrom } from "../case-fixture";
import { ChildCareFixture, createChildCareCase } from "../child-care";
import { acknowledge, handOver, visitMet } from "../district-work";
import { dataOf } from "../graphql";
import { caseOfForm, handOverAndDeliver, recordForm, returnAndDeliver } from "../household-work";
import { TestPlatform } from "../platform";
import { teenBirthRegistration } from "../teen-parent-survey";
import { cdcFollowUps } from "../vaccination";
import { DRAFT_VISIT_RECORD, SIGN_VISIT_RECORD, SIGNER_NAMES } from "../visit-record-work";

export const ZHONGZHENG = "63000050";
export const SHILIN = "63000110";

export interface Caller {
  readonly role: Role;
  readonly org?: string;
  readonly villages?: readonly string[];
  /** An intake a sending service calls for the user (D3): that service's token. */
  readonly through?: string;
}

export const officer: Caller = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
export const clerk: Caller = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
export const villageOfficer: Caller = { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: ["文北里"] };
export const bureauOfficer: Caller = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
export const labourOfficer: Caller = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.labour-bureau" };
export const westWorker: Caller = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
export const nurse: Caller = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
export const precinctOfficer: Caller = { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" };

/**
 * Issue #14: the rows the corpus's baselines act on, each made through the platform's own write
 * paths (as tests/authz/write-scope.test.ts makes its own): a case of 中正區 referred to every
 * agency (and to 勞動局 and onward by 民政局), a returned form, a child-care case, a CDC follow-up,
 * a police search request and a district follow-up request.
 */
export interface HostileFixture {
  readonly referred: ReferredCase;
  /** A second case of 中正, visited, ticking the district's own box: it has a help task. */
  readonly helped: { careCaseId: string; personId: string; helpTaskId: string };
  /** A case handed over, acknowledged and visited (met) today, with no record yet: its 附件4 is drafted (A8). */
  readonly visitedCaseId: string;
  /** Two more visited cases' records: one handed in and unsigned, one signed at every level it requires and not filed (A8). */
  readonly unsignedRecord: { id: string; level: string };
  readonly signedRecordId: string;
  readonly partnerReferralId: string;
  readonly onwardReferralId: string;
  readonly followUpId: string;
  /** A second child's CDC follow-up, for the step that ends one by referring it to social (B4). */
  readonly followUpToRefer: string;
  readonly childCare: ChildCareFixture;
  readonly searchRequestId: string;
  readonly followUpRequestId: string;
  /** Two forms of 中正 returned for correction by 人文課 (one to correct, one to withdraw), and the clerks' notification of the first. */
  readonly returned: ReturnedForm;
  readonly returnedToWithdraw: ReturnedForm;
  /** A third form's case, handed over and not acknowledged: 人文課 may still return it (A6). */
  readonly unacknowledged: ReturnedForm;
  /** A birth registration of a teenage mother, awaiting its survey 附表4 (B7). */
  readonly teenBirthRegistrationId: string;
  /** The first notification each caller's agency holds about the fixture (a referral's arrival). */
  readonly notificationIds: Readonly<Record<"District" | "Social" | "Health" | "CivilAffairs" | "Partner", string>>;
}

export interface ReturnedForm {
  readonly inquiryId: string;
  readonly personId: string;
  readonly careCaseId: string;
  readonly notificationId: string;
}

const childRequest = (clientKey: string, today: string) => ({
  clientKey, reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH", name: "王小華", birthDate: today, householdDistrict: ZHONGZHENG,
  requestedOn: today, requesterAgency: "HOUSEHOLD", requesterReference: `${clientKey}-record`,
});

async function firstNotification(platform: TestPlatform, field: string, caller: Caller, subjectId: string): Promise<string> {
  const arrivals = dataOf(await platform.query<Record<string, { id: string; subjectId: string }[]>>(`{ ${field} { id subjectId } }`, caller));
  return arrivals[field].find((notification) => notification.subjectId === subjectId)?.id ?? "";
}

async function draftOn(platform: TestPlatform, careCaseId: string, today: string): Promise<{ id: string; requiredLevels: string[] }> {
  const input = { careCaseId, visitedOn: today, visitedPersonName: "黎氏花", visitedPersonAddress: "臺北市中正區重慶南路一段8號", outcome: "ALL_WELL" };
  return dataOf(await platform.query<{ draftVisitRecord: { id: string; requiredLevels: string[] } }>(DRAFT_VISIT_RECORD, { ...villageOfficer, variables: { input } })).draftVisitRecord;
}

async function signedRecord(platform: TestPlatform, today: string): Promise<string> {
  const draft = await draftOn(platform, await visitedToday(platform), today);
  for (const level of draft.requiredLevels) {
    const signer = level === "VILLAGE_OFFICER" ? villageOfficer : officer;
    dataOf(await platform.query(SIGN_VISIT_RECORD, { ...signer, variables: { id: draft.id, level, name: SIGNER_NAMES[level as keyof typeof SIGNER_NAMES] } }));
  }
  return draft.id;
}

async function visitedToday(platform: TestPlatform): Promise<string> {
  const careCaseId = await handOver(platform, ZHONGZHENG, "文北里");
  await acknowledge(platform, ZHONGZHENG, careCaseId);
  await visitMet(platform, ZHONGZHENG, "文北里", careCaseId);
  return careCaseId;
}

export async function createHostileFixture(platform: TestPlatform, today: string): Promise<HostileFixture> {
  const referred = await createReferredCase(platform, ZHONGZHENG, "文北里", "hostile-case", {
    needs: ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU"],
  });
  const partnerReferralId = await referToLabourFrom(platform, referred, "就業媒合");
  const [followUpId, followUpToRefer] = await cdcFollowUps(platform, [
    { district: ZHONGZHENG, idNumber: "A212121213" },
    { district: ZHONGZHENG, idNumber: generateNationalId(new SeededRandom("hostile-follow-up"), Sex.MALE) },
  ]);
  const childCare = await createChildCareCase(platform, ZHONGZHENG, "WEST_CARE_POINT", "hostile");
  const search = dataOf(
    await platform.query<{ receiveSearchRequest: { id: string } }>(`mutation($input: SearchRequestInput!) { receiveSearchRequest(input: $input) { id } }`, {
      ...clerk, through: "household", variables: { input: { ...childRequest("hostile-search-request", today), contacts: [] } },
    }),
  );
  const followUp = dataOf(
    await platform.query<{ receiveFollowUpRequest: { id: string } }>(`mutation($input: FollowUpRequestInput!) { receiveFollowUpRequest(input: $input) { id } }`, {
      ...clerk, through: "household", variables: { input: childRequest("hostile-follow-up-request", today) },
    }),
  );
  const onward = dataOf(
    await platform.query<{ referOnward: { id: string } }>(
      `mutation($id: ID!) { referOnward(input: { referralId: $id, target: "taipei.national-immigration-agency", targetKind: CENTRAL_AGENCY, referredOn: "${today}" }) { id } }`,
      { ...bureauOfficer, variables: { id: referred.civilAffairsReferralId } },
    ),
  );
  const visited = await createVisitedCase(platform, ZHONGZHENG, "文北里", "hostile-task", { needs: ["DISTRICT_HUMANITIES_SECTION"] });
  const tasks = dataOf(await platform.query<{ careCase: { helpTasks: { id: string }[] } }>(`query($id: ID!) { careCase(id: $id) { helpTasks { id } } }`, { ...officer, variables: { id: visited.careCaseId } }));
  const rng = new SeededRandom("hostile-forms");
  const forms = [
    await recordForm(platform, rng, ZHONGZHENG, today, "HOME_VISIT"),
    await recordForm(platform, rng, ZHONGZHENG, today, "HOME_VISIT"),
    await recordForm(platform, rng, ZHONGZHENG, today, "HOME_VISIT"),
  ];
  await handOverAndDeliver(platform, ZHONGZHENG, today);
  const [toCorrect, toWithdraw, unacknowledged] = await Promise.all(forms.map((form) => caseOfForm(platform, ZHONGZHENG, form.inquiryId)));
  await returnAndDeliver(platform, ZHONGZHENG, toCorrect);
  await returnAndDeliver(platform, ZHONGZHENG, toWithdraw);
  const returned = async (index: number, careCaseId: string): Promise<ReturnedForm> => ({
    ...forms[index], careCaseId, notificationId: await firstNotification(platform, "householdNotifications", clerk, forms[index].inquiryId),
  });
  return {
    referred,
    helped: { careCaseId: visited.careCaseId, personId: visited.immigrant.id, helpTaskId: tasks.careCase.helpTasks[0]?.id ?? "" },
    partnerReferralId,
    onwardReferralId: onward.referOnward.id,
    followUpId,
    followUpToRefer,
    childCare,
    searchRequestId: search.receiveSearchRequest.id,
    followUpRequestId: followUp.receiveFollowUpRequest.id,
    returned: await returned(0, toCorrect),
    returnedToWithdraw: await returned(1, toWithdraw),
    unacknowledged: { ...forms[2], careCaseId: unacknowledged, notificationId: "" },
    visitedCaseId: await visitedToday(platform),
    unsignedRecord: await draftOn(platform, await visitedToday(platform), today).then((draft) => ({ id: draft.id, level: draft.requiredLevels[0] })),
    signedRecordId: await signedRecord(platform, today),
    teenBirthRegistrationId: await teenBirthRegistration(platform, rng, ZHONGZHENG, today),
    notificationIds: {
      District: await firstNotification(platform, "districtNotifications", officer, referred.careCaseId),
      Social: await firstNotification(platform, "socialNotifications", westWorker, referred.socialReferralId),
      Health: await firstNotification(platform, "healthNotifications", nurse, referred.healthReferralId),
      CivilAffairs: await firstNotification(platform, "civilAffairsNotifications", bureauOfficer, referred.civilAffairsReferralId),
      Partner: await firstNotification(platform, "partnerNotifications", labourOfficer, partnerReferralId),
    },
  };
}
