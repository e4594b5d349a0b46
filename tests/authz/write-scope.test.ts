import { randomUUID } from "crypto";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { taipeiToday } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { readAccessTable } from "../support/access-table";
import { createReferredCase, createVisitedCase, ReferredCase, referToLabourFrom } from "../support/case-fixture";
import { createChildCareCase } from "../support/child-care";
import { dataSnapshot } from "../support/data-snapshot";
import { errorCodes } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, recordForm, returnAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { cdcFollowUp } from "../support/vaccination";

const ZHONGZHENG = "63000050";
const SHILIN = "63000110";
const WANHUA = "63000070";
const TODAY = "2030-01-01";

interface Caller {
  readonly role: Role;
  readonly org?: string;
  readonly villages?: readonly string[];
  /** An intake a sending service calls for the user (D3): that service's token. */
  readonly through?: string;
}

/**
 * A mutation that changes an existing row (issue #7, ACCESS.md "target"): the in-scope caller, a
 * caller of another district or unit, and the operation with the target's key as `$id`.
 */
interface Guarded {
  readonly mutation: string;
  readonly document: string;
  readonly variables: (id: string) => Record<string, unknown>;
  readonly targetOf: (fixture: ReferredCase) => string;
  readonly caller: Caller;
  readonly outsider: Caller;
}

const officer: Caller = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
/** Issue #8: the fixture's hand-over notified 中正區's 人文課, its referrals the serving units; read in beforeAll. */
let arrivalNotificationId = "";
/** Issue #8 (A6): a second form of 中正, returned for correction, which notified the office's clerks; made in beforeAll. */
let returned = { inquiryId: "", careCaseId: "", notificationId: "" };
const clerk: Caller = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
const shilinClerk: Caller = { role: Role.HOUSEHOLD_CLERK, org: SHILIN };
const correctedEntry = (fixture: ReferredCase) => ({
  consentInquiryId: fixture.consentInquiryId, personId: fixture.immigrant.id, caseType: "MARRIAGE", visitDistrict: ZHONGZHENG, village: "文北里",
  householdDistrict: ZHONGZHENG, requestedMode: "HOME", appliedOn: TODAY,
});
const referralNotificationIds = { Social: "", Health: "", CivilAffairs: "", Partner: "" };
/** Issue #9 (A9): legal holds on the fixture's case (中正's 人文課) and referrals (their serving units); placed in beforeAll. */
const fixtureHoldIds = { Household: "", District: "", Social: "", Health: "", CivilAffairs: "", Partner: "" };
/** Issue #9 (A9): the 人文課 task of a second case of 中正, ticking the district's own box; made in beforeAll. */
let helpTaskId = "";
/** Issue #9: the fixture's referral to 勞動局 and 民政局's onward referral of its own; made in beforeAll. */
let partnerReferralId = "";
let onwardReferralId = "";
/** Issue #12 (B4): a child of 中正區 from the CDC's feed, followed up by its health centre; made in beforeAll. */
let followUpId = "";
/** Issue #12 (B2): a search request to 中正區's precincts, delivered as household's outbox would; made in beforeAll. */
let searchRequestId = "";
/** Issue #12 (B2): the same office's follow-up request to 中正區公所, delivered likewise; made in beforeAll. */
let followUpRequestId = "";
const precinctOfficer: Caller = { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" };
const otherPrecinct: Caller = { role: Role.POLICE_OFFICER, org: "TPE-SHILIN" };
const exOfficioChild = generateNationalId(new SeededRandom("write-scope-ex-officio"), Sex.MALE, "A");
const bureauOfficer: Caller = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
/** A 民政局 role on a token of another organisation: not the bureau's (scope.ts). */
const notTheBureau: Caller = { role: Role.CIVIL_AFFAIRS_OFFICER, org: "63000050" };
const labourOfficer: Caller = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.labour-bureau" };
const educationOfficer: Caller = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.education-bureau" };
const shilinOfficer: Caller = { role: Role.DISTRICT_CASE_OFFICER, org: SHILIN };
const villageOfficer: Caller = { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: ["文北里"] };

const westWorker: Caller = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
const northWorker: Caller = { role: Role.SOCIAL_WORKER, org: "NORTH_CARE_POINT" };
const nurse: Caller = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
const shilinNurse: Caller = { role: Role.HEALTH_NURSE, org: SHILIN };

/** Issue #12: a child-care case of 中正區 (held by the west care point) and its merge; made in beforeAll. */
const childCare = { caseId: "", mergeId: "" };

/** Issue #12: the holding unit's 社工 works the case; another unit's (north) does not. */
const childCareWork = (mutation: string, document: string, variables: (id: string) => Record<string, unknown>, targetOf: () => string = () => childCare.caseId): Guarded => ({
  mutation, document, variables, targetOf, caller: westWorker, outsider: northWorker,
});

const GUARDED: readonly Guarded[] = [
  childCareWork("Mutation.undoChildCareMerge", `mutation($id: ID!) { undoChildCareMerge(mergeId: $id) { id } }`, (id) => ({ id }), () => childCare.mergeId),
  childCareWork(
    "Mutation.recordChildCareRecordMatch",
    `mutation($id: ID!) { recordChildCareRecordMatch(input: { caseId: $id, source: VACCINATION, found: true, matchedOn: "${TODAY}" }) { id } }`,
    (id) => ({ id }),
  ),
  childCareWork("Mutation.requestChildCareFollowUp", `mutation($id: ID!) { requestChildCareFollowUp(caseId: $id, requestedOn: "${TODAY}") { id } }`, (id) => ({ id })),
  childCareWork("Mutation.requestChildCareSearch", `mutation($id: ID!) { requestChildCareSearch(caseId: $id, reason: DIFFICULT_VISIT, requestedOn: "${TODAY}") { id } }`, (id) => ({ id })),
  childCareWork(
    "Mutation.recordChildCareVisit",
    `mutation($id: ID!) { recordChildCareVisit(input: { caseId: $id, visitedOn: "${TODAY}", assessment: "評估", treatment: "處遇" }) { id } }`,
    (id) => ({ id }),
  ),
  childCareWork("Mutation.sendChildCareCaseForReview", `mutation($id: ID!) { sendChildCareCaseForReview(caseId: $id) { id } }`, (id) => ({ id })),
  childCareWork("Mutation.reviewChildCareClosing", `mutation($id: ID!) { reviewChildCareClosing(input: { caseId: $id, decision: APPROVE, reviewedOn: "${TODAY}" }) { id } }`, (id) => ({ id })),
  // Issue #12 (B2, B3, B9): the police's steps on a request to their precinct; household's ex-officio acts on its own rows.
  {
    mutation: "Mutation.recordSearchVisit",
    document: `mutation($id: ID!) { recordSearchVisit(input: { searchRequestId: $id, visitedOn: "${TODAY}", officerName: "警員" }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => searchRequestId,
    caller: precinctOfficer,
    outsider: otherPrecinct,
  },
  {
    mutation: "Mutation.recordSearchResult",
    document: `mutation($id: ID!) { recordSearchResult(input: { searchRequestId: $id, outcome: NOT_FOUND, resultOn: "${TODAY}", officerName: "警員" }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => searchRequestId,
    caller: precinctOfficer,
    outsider: otherPrecinct,
  },
  // Issue #12 (B2, B9): 人文課 of the household district assigns and records its follow-ups; another district's is FORBIDDEN.
  {
    mutation: "Mutation.assignFollowUpOfficer",
    document: `mutation($id: ID!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: "test-village_officer", officerName: "里幹事") { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => followUpRequestId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.recordFollowUpResult",
    document: `mutation($id: ID!) { recordFollowUpResult(input: { followUpRequestId: $id, met: false, followedUpOn: "${TODAY}", officerName: "里幹事" }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => followUpRequestId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    // Issue #12 (B7): the survey 附表4 is recorded on a registration of the clerk's own office.
    mutation: "Mutation.recordTeenParentSurvey",
    document: `mutation($id: ID!) { recordTeenParentSurvey(input: { registrationId: $id, declined: true, clerkName: "戶政承辦", clerkPhone: "02-2341-0000", referredOn: "${TODAY}" }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.registrationId,
    caller: clerk,
    outsider: shilinClerk,
  },
  {
    mutation: "Mutation.recordExOfficioBirth",
    document: `mutation($id: ID) { recordExOfficioBirth(input: { child: { name: "王小明", sex: MALE, birthDate: "2029-12-01", idNumber: "${exOfficioChild}" }, householdId: $id,
      registeredOn: "${TODAY}", whereabouts: UNKNOWN, leftCountry: false, contacts: [] }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.householdId,
    caller: clerk,
    outsider: shilinClerk,
  },
  {
    mutation: "Mutation.recordExOfficioMove",
    document: `mutation($id: ID!) { recordExOfficioMove(input: { personId: $id, movedOn: "${TODAY}", relativesQueried: [MOTHER], whereabouts: UNKNOWN, leftCountry: false, contacts: [] }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.immigrant.id,
    caller: clerk,
    outsider: shilinClerk,
  },
  // Issue #9: 民政局's own cases, its onward referrals, and the partner agencies' referrals it hosts.
  {
    mutation: "Mutation.recordCivilAffairsService",
    document: `mutation($input: CivilAffairsServiceInput!) { recordCivilAffairsService(input: $input) { id } }`,
    variables: (id) => ({ input: { referralId: id, servedOn: TODAY, mode: "PHONE", summary: "通譯", officerName: "承辦人" } }),
    targetOf: (fixture) => fixture.civilAffairsReferralId,
    caller: bureauOfficer,
    outsider: notTheBureau,
  },
  {
    mutation: "Mutation.closeCivilAffairsReferral",
    document: `mutation($id: ID!) { closeCivilAffairsReferral(referralId: $id, closedOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.civilAffairsReferralId,
    caller: bureauOfficer,
    outsider: notTheBureau,
  },
  {
    mutation: "Mutation.markCivilAffairsNotificationsSeen",
    document: `mutation($id: ID!) { markCivilAffairsNotificationsSeen(ids: [$id]) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => referralNotificationIds.CivilAffairs,
    caller: bureauOfficer,
    outsider: notTheBureau,
  },
  {
    mutation: "Mutation.referOnward",
    document: `mutation($id: ID!) { referOnward(input: { referralId: $id, target: "taipei.straits-exchange-foundation", targetKind: NGO, referredOn: "${TODAY}" }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.civilAffairsReferralId,
    caller: bureauOfficer,
    outsider: notTheBureau,
  },
  {
    mutation: "Mutation.recordOnwardOutcome",
    document: `mutation($id: ID!) { recordOnwardOutcome(id: $id, outcome: "已處理", outcomeOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => onwardReferralId,
    caller: bureauOfficer,
    outsider: notTheBureau,
  },
  {
    mutation: "Mutation.recordPartnerService",
    document: `mutation($input: PartnerServiceInput!) { recordPartnerService(input: $input) { id } }`,
    variables: (id) => ({ input: { referralId: id, servedOn: TODAY, mode: "PHONE", summary: "就業媒合", officerName: "就服員" } }),
    targetOf: () => partnerReferralId,
    caller: labourOfficer,
    outsider: educationOfficer,
  },
  {
    mutation: "Mutation.closePartnerReferral",
    document: `mutation($id: ID!) { closePartnerReferral(referralId: $id, closedOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => partnerReferralId,
    caller: labourOfficer,
    outsider: educationOfficer,
  },
  {
    mutation: "Mutation.markPartnerNotificationsSeen",
    document: `mutation($id: ID!) { markPartnerNotificationsSeen(ids: [$id]) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => referralNotificationIds.Partner,
    caller: labourOfficer,
    outsider: educationOfficer,
  },
  {
    // A9, issue #8: 人文課 refers a case of its district only.
    mutation: "Mutation.referCase",
    document: `mutation($id: ID!) { referCase(input: { careCaseId: $id, target: "HEALTH_BUREAU", needs: ["MEDICAL"] }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.markSocialNotificationsSeen",
    document: `mutation($id: ID!) { markSocialNotificationsSeen(ids: [$id]) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => referralNotificationIds.Social,
    caller: westWorker,
    outsider: northWorker,
  },
  {
    mutation: "Mutation.markHealthNotificationsSeen",
    document: `mutation($id: ID!) { markHealthNotificationsSeen(ids: [$id]) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => referralNotificationIds.Health,
    caller: nurse,
    outsider: shilinNurse,
  },
  {
    mutation: "Mutation.markDistrictNotificationsSeen",
    document: `mutation($id: ID!) { markDistrictNotificationsSeen(ids: [$id]) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => arrivalNotificationId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.registerPerson",
    document: `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`,
    variables: (id) => ({ input: { name: "測試者", sex: "FEMALE", birthDate: "1990-01-01", idNumber: generateNationalId(new SeededRandom("write-guard"), Sex.FEMALE), householdId: id } }),
    targetOf: (fixture) => fixture.householdId,
    caller: { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG },
    outsider: { role: Role.HOUSEHOLD_CLERK, org: SHILIN },
  },
  {
    mutation: "Mutation.returnCaseForCorrection",
    document: `mutation($id: ID!) { returnCaseForCorrection(careCaseId: $id, reason: "里別誤填") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.correctConsentInquiry",
    document: `mutation($id: ID!) { correctConsentInquiry(input: { consentInquiryId: $id, decision: PHONE_VISIT }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => returned.inquiryId,
    caller: clerk,
    outsider: shilinClerk,
  },
  {
    // A6 (issue #9): the clerk withdraws a returned case of their own office only.
    mutation: "Mutation.withdrawConsentInquiry",
    document: `mutation($id: ID!) { withdrawConsentInquiry(consentInquiryId: $id, reason: "重複登錄") { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => returned.inquiryId,
    caller: clerk,
    outsider: shilinClerk,
  },
  {
    mutation: "Mutation.markHouseholdNotificationsSeen",
    document: `mutation($id: ID!) { markHouseholdNotificationsSeen(ids: [$id]) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => returned.notificationId,
    caller: clerk,
    outsider: shilinClerk,
  },
  {
    // D3, A6: the district's service, for 人文課 of the form's visit district; 士林's officer has no such form.
    mutation: "Mutation.receiveCorrectionRequest",
    document: `mutation($id: ID!) { receiveCorrectionRequest(input: { clientKey: "write-guard-return", consentInquiryId: $id, careCaseId: "00000000-0000-4000-8000-000000000042", district: "${ZHONGZHENG}", reason: "x", returnedAt: "2030-01-01T02:00:00.000Z" }) { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.consentInquiryId,
    caller: { ...officer, through: "district" },
    outsider: { ...shilinOfficer, through: "district" },
  },
  {
    // D3, A6: household's service, for a clerk of the office that handed the case over.
    mutation: "Mutation.receiveCorrectedCase",
    document: `mutation($input: CorrectedCaseInput!) { receiveCorrectedCase(input: $input) { id } }`,
    variables: (id) => ({ input: { clientKey: "write-guard-corrected", careCaseId: id, office: ZHONGZHENG, entry: { consentInquiryId: randomUUID(), personId: randomUUID(), caseType: "MARRIAGE", visitDistrict: ZHONGZHENG, village: "文北里", householdDistrict: ZHONGZHENG, requestedMode: "HOME", appliedOn: TODAY } } }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: { ...clerk, through: "household" },
    outsider: { ...shilinClerk, through: "household" },
  },
  {
    // D3, A6 (issue #9): household's service, for a clerk of the office that handed the case over.
    mutation: "Mutation.receiveCaseWithdrawn",
    document: `mutation($input: CaseWithdrawnInput!) { receiveCaseWithdrawn(input: $input) { id } }`,
    variables: (id) => ({ input: { clientKey: "write-guard-withdrawn", careCaseId: id, consentInquiryId: randomUUID(), office: ZHONGZHENG, reason: "重複登錄", withdrawnOn: TODAY } }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: { ...clerk, through: "household" },
    outsider: { ...shilinClerk, through: "household" },
  },
  {
    // A9, A5 (issue #9): the district a help task is assigned to completes it; no other district.
    mutation: "Mutation.completeHelpTask",
    document: `mutation($id: ID!) { completeHelpTask(taskId: $id, doneOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => helpTaskId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    // Issue #9 (A9): 人文課 holds a case of its own scope from the purge.
    mutation: "Mutation.placeDistrictLegalHold",
    document: `mutation($id: ID!) { placeDistrictLegalHold(subjectId: $id, reason: "訴訟中") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    // Issue #9: and lifts it, the hold's case in its scope.
    mutation: "Mutation.liftDistrictLegalHold",
    document: `mutation($id: ID!) { liftDistrictLegalHold(holdId: $id, reason: "判決確定") { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => fixtureHoldIds.District,
    caller: officer,
    outsider: shilinOfficer,
  },
  ...(["Household", "Social", "Health", "CivilAffairs", "Partner"] as const).flatMap((agency): Guarded[] => {
    // Issue #9 (A9): the office holds a form of its own, the serving unit a referral of its scope (民政局: the bureau's; a partner agency: its own), and each lifts its hold.
    const [caller, outsider] = {
      Household: [clerk, shilinClerk],
      Social: [westWorker, northWorker],
      Health: [nurse, shilinNurse],
      CivilAffairs: [bureauOfficer, notTheBureau],
      Partner: [labourOfficer, educationOfficer],
    }[agency];
    return [
      {
        mutation: `Mutation.place${agency}LegalHold`,
        document: `mutation($id: ID!) { place${agency}LegalHold(subjectId: $id, reason: "調查中") { id } }`,
        variables: (id) => ({ id }),
        targetOf: (fixture) =>
          ({ Household: fixture.consentInquiryId, Social: fixture.socialReferralId, Health: fixture.healthReferralId, CivilAffairs: fixture.civilAffairsReferralId, Partner: partnerReferralId })[agency],
        caller,
        outsider,
      },
      {
        mutation: `Mutation.lift${agency}LegalHold`,
        document: `mutation($id: ID!) { lift${agency}LegalHold(holdId: $id, reason: "調查結束") { id } }`,
        variables: (id) => ({ id }),
        targetOf: () => fixtureHoldIds[agency],
        caller,
        outsider,
      },
    ];
  }),
  {
    // D3, A10 (issue #9): social's service reports a closing for a unit whose scope holds the case only.
    mutation: "Mutation.receiveReferralClosed",
    document: `mutation($input: ReferralClosedInput!) { receiveReferralClosed(input: $input) { id } }`,
    variables: (id) => ({ input: { clientKey: "write-guard-closed", careCaseId: id, referralKey: "write-guard-referral", closedOn: TODAY } }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: { ...westWorker, through: "social" },
    outsider: { ...northWorker, through: "social" },
  },
  {
    mutation: "Mutation.acknowledgeHandoverLedger",
    document: `mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.handoverLedgerId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.assignVillageOfficer",
    document: `mutation($id: ID!) { assignVillageOfficer(careCaseId: $id, officerId: "other-officer", officerName: "里幹事乙") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.recordVisitAttempt",
    document: `mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`,
    variables: (id) => ({ input: { careCaseId: id, attemptedOn: TODAY, mode: "PHONE", met: false } }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: villageOfficer,
    outsider: { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: ["幸福里"] },
  },
  {
    mutation: "Mutation.draftVisitRecord",
    document: `mutation($input: VisitRecordInput!) { draftVisitRecord(input: $input) { id } }`,
    variables: (id) => ({ input: { careCaseId: id, visitedOn: TODAY, visitedPersonName: "某人", visitedPersonAddress: "某處", outcome: "ALL_WELL" } }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: villageOfficer,
    outsider: shilinOfficer,
  },
  {
    // Issue #9 (A8): a record is signed and filed where its case is in scope.
    mutation: "Mutation.signVisitRecord",
    document: `mutation($id: ID!) { signVisitRecord(id: $id, level: VILLAGE_OFFICER, signerName: "里幹事甲") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.visitRecordId,
    caller: villageOfficer,
    outsider: { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: ["幸福里"] },
  },
  {
    mutation: "Mutation.fileVisitRecord",
    document: `mutation($id: ID!) { fileVisitRecord(id: $id, filedOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.visitRecordId,
    caller: officer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.recordUrgentReport",
    document: `mutation($input: UrgentReportInput!) { recordUrgentReport(input: $input) { id } }`,
    variables: (id) => ({
      input: { clientKey: "write-guard-urgent", careCaseId: id, kind: "URGENT_PHONE_REPORT", target: "SOCIAL_BUREAU", reportedAt: `${TODAY}T09:00:00+08:00`, reporterName: "里幹事甲" },
    }),
    targetOf: (fixture) => fixture.careCaseId,
    caller: villageOfficer,
    outsider: shilinOfficer,
  },
  {
    mutation: "Mutation.recordUrgentReportOutcome",
    document: `mutation($id: ID!) { recordUrgentReportOutcome(reportId: $id, outcome: CASE_OPENED, recordedAt: "${TODAY}T09:00:00+08:00") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.urgentReport.id,
    caller: officer,
    outsider: { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: ["幸福里"] },
  },
  {
    mutation: "Mutation.recordSocialService",
    document: `mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { id } }`,
    variables: (id) => ({ input: { referralId: id, servedOn: TODAY, mode: "PHONE", summary: "電訪", socialWorkerName: "社工丙" } }),
    targetOf: (fixture) => fixture.socialReferralId,
    caller: { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" },
    outsider: { role: Role.SOCIAL_WORKER, org: "NORTH_CARE_POINT" },
  },
  {
    mutation: "Mutation.closeSocialReferral",
    document: `mutation($id: ID!) { closeSocialReferral(referralId: $id, closedOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.socialReferralId,
    caller: { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" },
    outsider: { role: Role.SOCIAL_WORKER, org: "NORTH_CARE_POINT" },
  },
  {
    // Issue #9 (A10): only the unit serving the referral now passes it on.
    mutation: "Mutation.transferSocialReferral",
    document: `mutation($id: ID!) { transferSocialReferral(referralId: $id, toUnit: FAMILY_SERVICE_CENTRE, reason: "重大案件", transferredOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.socialReferralId,
    caller: { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" },
    outsider: { role: Role.SOCIAL_WORKER, org: "NORTH_CARE_POINT" },
  },
  {
    mutation: "Mutation.recordHealthService",
    document: `mutation($input: HealthServiceInput!) { recordHealthService(input: $input) { id } }`,
    variables: (id) => ({ input: { referralId: id, servedOn: TODAY, mode: "PHONE", summary: "衛教", nurseName: "護理師丙" } }),
    targetOf: (fixture) => fixture.healthReferralId,
    caller: { role: Role.HEALTH_NURSE, org: ZHONGZHENG },
    outsider: { role: Role.HEALTH_NURSE, org: SHILIN },
  },
  {
    mutation: "Mutation.closeHealthReferral",
    document: `mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.healthReferralId,
    caller: { role: Role.HEALTH_NURSE, org: ZHONGZHENG },
    outsider: { role: Role.HEALTH_NURSE, org: SHILIN },
  },
  {
    mutation: "Mutation.transferHealthReferral",
    document: `mutation($id: ID!) { transferHealthReferral(referralId: $id, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: "符合心衛中心收案標準", transferredOn: "${TODAY}") { id } }`,
    variables: (id) => ({ id }),
    targetOf: (fixture) => fixture.healthReferralId,
    caller: { role: Role.HEALTH_NURSE, org: ZHONGZHENG },
    outsider: { role: Role.HEALTH_NURSE, org: SHILIN },
  },
  // Issue #12 (B4): the follow-ups of the CDC's children, their household district's centre's.
  {
    mutation: "Mutation.recordVaccinationReminder",
    document: `mutation($input: VaccinationReminderInput!) { recordVaccinationReminder(input: $input) { id } }`,
    variables: (id) => ({ input: { followUpId: id, remindedOn: taipeiToday(), mode: "SMS", twoWay: false } }),
    targetOf: () => followUpId,
    caller: nurse,
    outsider: shilinNurse,
  },
  {
    mutation: "Mutation.recordVaccinationOutcome",
    document: `mutation($input: VaccinationOutcomeInput!) { recordVaccinationOutcome(input: $input) { id } }`,
    variables: (id) => ({ input: { followUpId: id, outcome: "REFUSED_NOT_SIGNED", outcomeOn: taipeiToday() } }),
    targetOf: () => followUpId,
    caller: nurse,
    outsider: shilinNurse,
  },
  {
    mutation: "Mutation.referVaccinationFollowUpToSocial",
    document: `mutation($id: ID!) { referVaccinationFollowUpToSocial(id: $id, condition: A_PROTECTION_CONCERN) { id } }`,
    variables: (id) => ({ id }),
    targetOf: () => followUpId,
    caller: nurse,
    outsider: shilinNurse,
  },
];

/** A mutation that acts for an organisation named in its input (ACCESS.md "acting organisation"), named wrongly. */
interface ActingFor {
  readonly mutation: string;
  readonly document: string;
  readonly variables: (fixture: ReferredCase) => Record<string, unknown>;
  readonly caller: Caller;
}

const ACTING_FOR_ANOTHER: readonly ActingFor[] = [
  {
    mutation: "Mutation.receiveCivilAffairsReferral",
    document: `mutation($input: CivilAffairsReferralInput!) { receiveCivilAffairsReferral(input: $input) { id } }`,
    variables: (fixture) => ({
      input: { clientKey: "write-guard-civil", careCaseId: fixture.careCaseId, personId: fixture.immigrant.id, needs: ["INTERPRETING"], referringDistrict: SHILIN, referredOn: TODAY },
    }),
    caller: officer,
  },
  {
    mutation: "Mutation.receivePartnerReferral",
    document: `mutation($input: PartnerReferralInput!) { receivePartnerReferral(input: $input) { id } }`,
    variables: (fixture) => ({
      input: {
        clientKey: "write-guard-partner", agencyCode: "taipei.labour-bureau", careCaseId: fixture.careCaseId, personId: fixture.immigrant.id, needs: ["JOBS"], referringDistrict: SHILIN,
        referredOn: TODAY,
      },
    }),
    caller: officer,
  },
  {
    // 戶籍法: a household is registered at the office of its address; 中正's clerk, a 萬華 address.
    mutation: "Mutation.registerHousehold",
    document: `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`,
    variables: () => ({ input: { householdNumber: "G0000001", address: { districtCode: WANHUA, village: "福星里", road: "測試街", number: "1" } } }),
    caller: { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG },
  },
  {
    mutation: "Mutation.receiveCorrectionRequest",
    document: `mutation($input: CorrectionRequestInput!) { receiveCorrectionRequest(input: $input) { id } }`,
    variables: (fixture) => ({
      input: { clientKey: "write-guard-return-2", consentInquiryId: fixture.consentInquiryId, careCaseId: fixture.careCaseId, district: SHILIN, reason: "x", returnedAt: "2030-01-01T02:00:00.000Z" },
    }),
    caller: { ...officer, through: "district" },
  },
  {
    mutation: "Mutation.receiveCorrectedCase",
    document: `mutation($input: CorrectedCaseInput!) { receiveCorrectedCase(input: $input) { id } }`,
    variables: (fixture) => ({ input: { clientKey: "write-guard-corrected-2", careCaseId: fixture.careCaseId, office: SHILIN, entry: correctedEntry(fixture) } }),
    caller: { ...clerk, through: "household" },
  },
  {
    mutation: "Mutation.receiveCaseWithdrawn",
    document: `mutation($input: CaseWithdrawnInput!) { receiveCaseWithdrawn(input: $input) { id } }`,
    variables: (fixture) => ({ input: { clientKey: "write-guard-withdrawn-2", careCaseId: fixture.careCaseId, consentInquiryId: fixture.consentInquiryId, office: SHILIN, reason: "x", withdrawnOn: TODAY } }),
    caller: { ...clerk, through: "household" },
  },
  {
    // Issue #8: household's ledger intake, for another office (and with a user token, which alone is refused).
    mutation: "Mutation.receiveHandoverLedger",
    document: `mutation($input: HandoverLedgerInput!) { receiveHandoverLedger(input: $input) { id } }`,
    variables: (fixture) => ({
      input: {
        clientKey: "write-guard-ledger", ledgerId: randomUUID(), office: SHILIN, receivingDistrict: ZHONGZHENG, ledgerDate: TODAY, handedOverAt: "2030-01-01T02:00:00.000Z",
        entries: [{ consentInquiryId: fixture.consentInquiryId, personId: fixture.immigrant.id, caseType: "MARRIAGE", visitDistrict: ZHONGZHENG, village: "文北里", householdDistrict: ZHONGZHENG, requestedMode: "HOME", appliedOn: TODAY }],
      },
    }),
    caller: { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG },
  },
  {
    mutation: "Mutation.receiveSocialReferral",
    document: `mutation($input: SocialReferralInput!) { receiveSocialReferral(input: $input) { id } }`,
    variables: (fixture) => ({
      input: { clientKey: "write-guard-social", careCaseId: fixture.careCaseId, personId: fixture.immigrant.id, needs: ["ECONOMIC"], referringDistrict: SHILIN, referredOn: TODAY },
    }),
    caller: officer,
  },
  {
    // Issue #9 (A9): 人文課 sets its own district's retention only.
    mutation: "Mutation.setDistrictRetention",
    document: `mutation($org: String!) { setDistrictRetention(org: $org, periodMonths: 24) { org } }`,
    variables: () => ({ org: SHILIN }),
    caller: officer,
  },
  {
    mutation: "Mutation.setHouseholdRetention",
    document: `mutation($org: String!) { setHouseholdRetention(org: $org, periodMonths: 24) { org } }`,
    variables: () => ({ org: SHILIN }),
    caller: clerk,
  },
  {
    mutation: "Mutation.setSocialRetention",
    document: `mutation($org: String!) { setSocialRetention(org: $org, periodMonths: 24) { org } }`,
    variables: () => ({ org: "NORTH_CARE_POINT" }),
    caller: westWorker,
  },
  {
    // Issue #9 (A9): 民政局's officers set the bureau's (the city's) period only; a partner agency's officer its own agency's.
    mutation: "Mutation.setCivilAffairsRetention",
    document: `mutation($org: String!) { setCivilAffairsRetention(org: $org, periodMonths: 24) { org } }`,
    variables: () => ({ org: SHILIN }),
    caller: bureauOfficer,
  },
  {
    mutation: "Mutation.setPartnerRetention",
    document: `mutation($org: String!) { setPartnerRetention(org: $org, periodMonths: 24) { org } }`,
    variables: () => ({ org: "taipei.education-bureau" }),
    caller: labourOfficer,
  },
  {
    mutation: "Mutation.setHealthRetention",
    document: `mutation($org: String!) { setHealthRetention(org: $org, periodMonths: 24) { org } }`,
    variables: () => ({ org: SHILIN }),
    caller: nurse,
  },
  {
    mutation: "Mutation.receiveHealthReferral",
    document: `mutation($input: HealthReferralInput!) { receiveHealthReferral(input: $input) { id } }`,
    variables: (fixture) => ({
      input: { clientKey: "write-guard-health", careCaseId: fixture.careCaseId, personId: fixture.immigrant.id, needs: ["PRENATAL_POSTNATAL"], referringDistrict: SHILIN, referredOn: TODAY },
    }),
    caller: officer,
  },
];

/** The mutations whose committed declaration has `column` (target or acting organisation). */
function declaredWith(column: "target" | "actingOrg"): string[] {
  return ["household", "district", "social", "health", "civil-affairs", "police"]
    .flatMap((agency) => [...readAccessTable(agency).writes].filter(([, row]) => row[column] !== "—").map(([mutation]) => mutation))
    .sort();
}

/**
 * Issue #4: row scope holds for writes — a caller changes only rows it may see, and acts only for
 * its own office or district (D3). A refused write changes nothing.
 */
describe("write scope", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 20, seed: "write-scope" });
    fixture = await createReferredCase(platform, "63000050", "文北里", "write-scope-case", {
      needs: ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU"],
    });
    partnerReferralId = await referToLabourFrom(platform, fixture, "就業媒合");
    followUpId = await cdcFollowUp(platform, ZHONGZHENG, "A212121213");
    const childCareCase = await createChildCareCase(platform, ZHONGZHENG, "WEST_CARE_POINT", "write-scope");
    childCare.caseId = childCareCase.caseId;
    childCare.mergeId = childCareCase.mergeId;
    const search = await platform.query<{ receiveSearchRequest: { id: string } }>(`mutation($input: SearchRequestInput!) { receiveSearchRequest(input: $input) { id } }`, {
      ...clerk,
      through: "household",
      variables: {
        input: {
          clientKey: "write-scope-search-request", reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH", name: "王小華", birthDate: taipeiToday(), contacts: [], householdDistrict: ZHONGZHENG,
          requestedOn: taipeiToday(), requesterAgency: "HOUSEHOLD", requesterReference: "write-scope-record",
        },
      },
    });
    searchRequestId = search.data?.receiveSearchRequest.id ?? "";
    const followUp = await platform.query<{ receiveFollowUpRequest: { id: string } }>(`mutation($input: FollowUpRequestInput!) { receiveFollowUpRequest(input: $input) { id } }`, {
      ...clerk,
      through: "household",
      variables: {
        input: {
          clientKey: "write-scope-follow-up-request", reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH", name: "王小華", birthDate: taipeiToday(), householdDistrict: ZHONGZHENG,
          requestedOn: taipeiToday(), requesterAgency: "HOUSEHOLD", requesterReference: "write-scope-record",
        },
      },
    });
    followUpRequestId = followUp.data?.receiveFollowUpRequest.id ?? "";
    const onward = await platform.query<{ referOnward: { id: string } }>(
      `mutation($id: ID!) { referOnward(input: { referralId: $id, target: "taipei.national-immigration-agency", targetKind: CENTRAL_AGENCY, referredOn: "${taipeiToday()}" }) { id } }`,
      { ...bureauOfficer, variables: { id: fixture.civilAffairsReferralId } },
    );
    onwardReferralId = onward.data?.referOnward.id ?? "";
    const notifications = await platform.query<{ districtNotifications: { id: string; subjectId: string }[] }>(`{ districtNotifications { id subjectId } }`, officer);
    arrivalNotificationId = notifications.data?.districtNotifications.find((notification) => notification.subjectId === fixture.careCaseId)?.id ?? "";
    const holds = [
      { agency: "Household", caller: clerk, subjectId: fixture.consentInquiryId },
      { agency: "District", caller: officer, subjectId: fixture.careCaseId },
      { agency: "Social", caller: westWorker, subjectId: fixture.socialReferralId },
      { agency: "Health", caller: nurse, subjectId: fixture.healthReferralId },
      { agency: "CivilAffairs", caller: bureauOfficer, subjectId: fixture.civilAffairsReferralId },
      { agency: "Partner", caller: labourOfficer, subjectId: partnerReferralId },
    ] as const;
    for (const { agency, caller, subjectId } of holds) {
      const field = `place${agency}LegalHold`;
      const hold = await platform.query<Record<string, { id: string }>>(`mutation($id: ID!) { ${field}(subjectId: $id, reason: "訴訟中") { id } }`, { ...caller, variables: { id: subjectId } });
      fixtureHoldIds[agency] = hold.data?.[field].id ?? "";
    }
    const helped = await createVisitedCase(platform, ZHONGZHENG, "文北里", "write-scope-task", { needs: ["DISTRICT_HUMANITIES_SECTION"] });
    const tasks = await platform.query<{ careCase: { helpTasks: { id: string }[] } }>(`query($id: ID!) { careCase(id: $id) { helpTasks { id } } }`, { ...officer, variables: { id: helped.careCaseId } });
    helpTaskId = tasks.data?.careCase.helpTasks[0]?.id ?? "";
    const form = await recordForm(platform, new SeededRandom("write-scope-return"), ZHONGZHENG, taipeiToday(), "HOME_VISIT");
    await handOverAndDeliver(platform, ZHONGZHENG, taipeiToday());
    const careCaseId = await caseOfForm(platform, ZHONGZHENG, form.inquiryId);
    await returnAndDeliver(platform, ZHONGZHENG, careCaseId);
    const office = await platform.query<{ householdNotifications: { id: string; subjectId: string }[] }>(`{ householdNotifications { id subjectId } }`, clerk);
    returned = { inquiryId: form.inquiryId, careCaseId, notificationId: office.data?.householdNotifications.find((notification) => notification.subjectId === form.inquiryId)?.id ?? "" };
    for (const [agency, caller, referralId] of [
      ["Social", westWorker, fixture.socialReferralId],
      ["Health", nurse, fixture.healthReferralId],
      ["CivilAffairs", bureauOfficer, fixture.civilAffairsReferralId],
      ["Partner", labourOfficer, partnerReferralId],
    ] as const) {
      const field = `${agency.charAt(0).toLowerCase()}${agency.slice(1)}Notifications`;
      const arrivals = await platform.query<Record<string, { id: string; subjectId: string }[]>>(`{ ${field} { id subjectId } }`, caller);
      referralNotificationIds[agency] = arrivals.data?.[field].find((notification) => notification.subjectId === referralId)?.id ?? "";
    }
    // A case, its referrals, a returned form and a search request, each through the gateway: past jest's default minute on a loaded machine.
  }, 180_000);

  afterAll(async () => {
    await platform.stop();
  });

  async function attempts(): Promise<number> {
    const response = await platform.query<{ careCase: { visitAttempts: unknown[] } }>(`query($id: ID!) { careCase(id: $id) { visitAttempts { attemptNumber } } }`, {
      variables: { id: fixture.careCaseId },
    });
    return response.data!.careCase.visitAttempts.length;
  }

  it("should refuse another district's officer acting on a case, and change nothing", async () => {
    const before = await attempts();
    const visit = await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: SHILIN,
      variables: { input: { careCaseId: fixture.careCaseId, attemptedOn: "2026-01-01", mode: "PHONE", met: false } },
    });
    expect(errorCodes(visit)).toEqual(["FORBIDDEN"]);
    const assign = await platform.query(`mutation($id: ID!) { assignVillageOfficer(careCaseId: $id, officerId: "x", officerName: "y") { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: SHILIN,
      variables: { id: fixture.careCaseId },
    });
    expect(errorCodes(assign)).toEqual(["FORBIDDEN"]);
    expect(await attempts()).toBe(before);
  });

  it("should refuse a village officer outside the case's village", async () => {
    const response = await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
      role: Role.VILLAGE_OFFICER,
      villages: ["幸福里"],
      variables: { input: { careCaseId: fixture.careCaseId, attemptedOn: "2026-01-01", mode: "PHONE", met: false } },
    });
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
  });

  it("should refuse another unit serving or closing a referral", async () => {
    const serve = await platform.query(`mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { id } }`, {
      role: Role.SOCIAL_WORKER,
      org: "NORTH_CARE_POINT",
      variables: { input: { referralId: fixture.socialReferralId, servedOn: "2026-01-01", mode: "PHONE", summary: "x", socialWorkerName: "y" } },
    });
    expect(errorCodes(serve)).toEqual(["FORBIDDEN"]);
    const close = await platform.query(`mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-01-01") { id } }`, {
      role: Role.HEALTH_NURSE,
      org: SHILIN,
      variables: { id: fixture.healthReferralId },
    });
    expect(errorCodes(close)).toEqual(["FORBIDDEN"]);
    const services = await platform.query<{ socialReferral: { status: string; services: unknown[] } }>(
      `query($id: ID!) { socialReferral(id: $id) { status services { servedOn } } }`,
      { variables: { id: fixture.socialReferralId } },
    );
    expect(services.data?.socialReferral.services).toHaveLength(1);
  });

  it("should refuse a sender acting for another office or district", async () => {
    const referral = await platform.query(`mutation($input: SocialReferralInput!) { receiveSocialReferral(input: $input) { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      variables: {
        input: { clientKey: "write-scope-social-1", careCaseId: fixture.careCaseId, personId: fixture.immigrant.id, needs: ["ECONOMIC"], referringDistrict: "shilin", referredOn: "2026-01-01" },
      },
    });
    expect(errorCodes(referral)).toEqual(["FORBIDDEN"]);
    // Household's service acting for 中正's clerk, delivering a ledger of 士林's office (D3).
    const handover = await platform.query(`mutation($input: HandoverLedgerInput!) { receiveHandoverLedger(input: $input) { id } }`, {
      ...clerk,
      through: "household",
      variables: {
        input: {
          clientKey: "write-scope-ledger-1", ledgerId: randomUUID(), office: "shilin", receivingDistrict: ZHONGZHENG, ledgerDate: TODAY, handedOverAt: "2030-01-01T02:00:00.000Z",
          entries: [correctedEntry(fixture)],
        },
      },
    });
    expect(errorCodes(handover)).toEqual(["FORBIDDEN"]);
  });

  it("should refuse a clerk placing a person in another district's household", async () => {
    const response = await platform.query(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
      role: Role.HOUSEHOLD_CLERK,
      org: SHILIN,
      variables: { input: { name: "測試者", sex: "FEMALE", birthDate: "1990-01-01", idNumber: "A223456781", householdId: fixture.householdId } },
    });
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
  });

  it("should cover every mutation that ACCESS.md declares with a target or an acting organisation", () => {
    expect(GUARDED.map((guarded) => guarded.mutation).sort()).toEqual(declaredWith("target"));
    expect(ACTING_FOR_ANOTHER.map((acting) => acting.mutation).sort()).toEqual(declaredWith("actingOrg"));
  });

  async function expectNothingWritten(attempt: () => Promise<string[]>, expected: string[]): Promise<void> {
    const before = await dataSnapshot(platform);
    expect(await attempt()).toEqual(expected);
    expect(await dataSnapshot(platform)).toEqual(before);
  }

  const byName = <Entry extends { mutation: string }>(list: readonly Entry[]) => list.map((entry) => [entry.mutation, entry] as const);

  it.each(byName(GUARDED))("should answer NOT_FOUND for %s on a target that does not exist, and write nothing", async (_name, guarded) => {
    await expectNothingWritten(async () => errorCodes(await platform.query(guarded.document, { ...guarded.caller, variables: guarded.variables(randomUUID()) })), ["NOT_FOUND"]);
  });

  it.each(byName(GUARDED))("should answer FORBIDDEN for %s on a target outside the caller's scope, and write nothing", async (_name, guarded) => {
    await expectNothingWritten(
      async () => errorCodes(await platform.query(guarded.document, { ...guarded.outsider, variables: guarded.variables(guarded.targetOf(fixture)) })),
      ["FORBIDDEN"],
    );
  });

  it.each(byName(GUARDED))("should answer BAD_USER_INPUT for %s on a malformed ID, and write nothing", async (_name, guarded) => {
    await expectNothingWritten(async () => errorCodes(await platform.query(guarded.document, { ...guarded.caller, variables: guarded.variables("case-42") })), ["BAD_USER_INPUT"]);
  });

  // Issue #9 (C1): an agency the city adds to its directory gets PARTNER_AGENCY_OFFICER tokens of its own code; they reach only the referrals to it.
  it.each(byName(GUARDED.filter((guarded) => guarded.caller === labourOfficer)))(
    "should answer FORBIDDEN for %s by the officer of an agency the directory added, on 勞動局's referral, and write nothing",
    async (_name, guarded) => {
      const added: Caller = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.harmony-family-foundation" };
      await expectNothingWritten(async () => errorCodes(await platform.query(guarded.document, { ...added, variables: guarded.variables(guarded.targetOf(fixture)) })), ["FORBIDDEN"]);
    },
  );

  it.each(byName(ACTING_FOR_ANOTHER))("should answer FORBIDDEN for %s acting for another office or district, and write nothing", async (_name, acting) => {
    await expectNothingWritten(async () => errorCodes(await platform.query(acting.document, { ...acting.caller, variables: acting.variables(fixture) })), ["FORBIDDEN"]);
  });

  it("should see a write that is allowed in the same snapshot (so an unchanged one means nothing was written)", async () => {
    const before = await dataSnapshot(platform);
    const assign = await platform.query(`mutation($id: ID!) { assignVillageOfficer(careCaseId: $id, officerId: "officer-2", officerName: "里幹事乙") { id } }`, {
      ...officer,
      variables: { id: fixture.careCaseId },
    });
    expect(assign.errors).toBeUndefined();
    const after = await dataSnapshot(platform);
    expect(after["district.care_cases"].rows).toBe(before["district.care_cases"].rows);
    expect(after["district.care_cases"].digest).not.toBe(before["district.care_cases"].digest);
  });
});
