import { generateNationalId } from "../../../scripts/demo-data/identity";
import { SeededRandom } from "../../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../../shared/auth/roles";
import { TAIPEI_DISTRICTS } from "../../../shared/domain/districts";
import { Sex } from "../../../shared/domain/enums";
import { dataOf } from "../graphql";
import { TestPlatform } from "../platform";
import { taipeiInput } from "../service-directory";
import { bureauOfficer, Caller, clerk, HostileFixture, labourOfficer, nurse, officer, precinctOfficer, villageOfficer, westWorker, ZHONGZHENG } from "./fixture";

/**
 * Issue #14: one valid call of each mutation, by a caller allowed to make it, on a row in its
 * scope: the corpus changes one leaf of it at a time, so a refusal is about that leaf. The corpus
 * ends each mutation by making this call as it is, which must be accepted (the baseline was valid);
 * `usedUp` names why it may not be, where an accepted hostile value has taken its place.
 * In run order: a step that ends a row's workflow comes after the steps on it.
 */
export interface Baseline {
  readonly caller: Caller;
  /** The call's variables; a step on a row an earlier baseline's run made looks the row up (`platform`). */
  readonly args: (fixture: HostileFixture, today: string, platform: TestPlatform) => Record<string, unknown> | Promise<Record<string, unknown>>;
  readonly usedUp?: string;
}

const ids = new SeededRandom("hostile-baselines");
const personIdNumber = generateNationalId(ids, Sex.FEMALE);
const exOfficioChild = generateNationalId(ids, Sex.MALE);
const importedChildren = [generateNationalId(ids, Sex.MALE), generateNationalId(ids, Sex.FEMALE), generateNationalId(ids, Sex.MALE), generateNationalId(ids, Sex.FEMALE)];
const ZHONGZHENG_PREFIX = TAIPEI_DISTRICTS.find((district) => district.code === ZHONGZHENG)?.householdNumberPrefix ?? "";
const LEDGER_ID = "00000000-0000-4000-8000-0000000e1001";
const LEDGER_FORM = "00000000-0000-4000-8000-0000000e1002";
const LEDGER_PERSON = "00000000-0000-4000-8000-0000000e1003";
const randomPersonId = "00000000-0000-4000-8000-0000000e1004";
const childRequestInput = (clientKey: string, today: string) => ({
  clientKey, reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH", name: "王小華", birthDate: today, householdDistrict: ZHONGZHENG, requestedOn: today, requesterAgency: "HOUSEHOLD", requesterReference: `${clientKey}-record`,
});
const HOLD_ONCE = "a hold in force on the subject makes a second one a CONFLICT";

/** The hold in force that the agency's place…LegalHold run left: its lift's target. */
async function holdInForce(platform: TestPlatform, agency: string, caller: Caller): Promise<string> {
  const field = `${agency.charAt(0).toLowerCase()}${agency.slice(1)}LegalHolds`;
  const holds = dataOf(await platform.query<Record<string, { id: string; liftedBy: string | null }[]>>(`{ ${field} { id liftedBy } }`, caller))[field];
  return holds.find((held) => held.liftedBy === null)?.id ?? "";
}

const lift = (agency: string, caller: Caller): Baseline => ({
  caller,
  args: async (_f, _today, platform) => ({ holdId: await holdInForce(platform, agency, caller), reason: "調查結束" }),
  usedUp: "a hold is lifted once",
});

/** The referral the receive…Referral baseline made for the helped case, as its serving unit lists it. */
async function referralOfHelped(platform: TestPlatform, field: "socialReferrals" | "healthReferrals", caller: Caller, careCaseId: string): Promise<string> {
  const connection = dataOf(await platform.query<Record<string, { edges: { node: { id: string; careCaseId: string } }[] }>>(`{ ${field}(first: 200) { edges { node { id careCaseId } } } }`, caller))[field];
  return connection.edges.find((edge) => edge.node.careCaseId === careCaseId)?.node.id ?? "";
}

const referralInput = (f: HostileFixture, today: string, clientKey: string, needs: readonly string[]) => ({
  clientKey, careCaseId: f.helped.careCaseId, personId: f.helped.personId, needs, referringDistrict: ZHONGZHENG, referredOn: today,
});

const closureNotice = (clientKey: string) => ({
  input: { clientKey, date: "2026-12-10", action: "DECLARED", scope: "CITY", reason: "颱風停止上班", announcedAt: "2026-12-01T02:00:00.000Z", version: 9 },
});
const fromCalendar: Caller = { role: Role.CALENDAR_ADMIN, org: CITY_ORG, through: "calendar" };
const fromDistrict: Caller = { ...officer, through: "district" };
const calendarAdmin: Caller = { role: Role.CALENDAR_ADMIN, org: CITY_ORG };

const childRow = (rowKey: string, idNumber: string) => ({
  rowKey, listedOn: "2026-11-01", idNumber, name: "王小明", birthDate: "2021-03-01", sex: "MALE", motherName: "陳美玲", householdDistrict: ZHONGZHENG,
});

const hold = (caller: Caller, subjectOf: (fixture: HostileFixture) => string): Baseline => ({ caller, args: (f) => ({ subjectId: subjectOf(f), reason: "調查中" }), usedUp: HOLD_ONCE });

export const BASELINES: Readonly<Record<string, Baseline>> = {
  // 戶政: the office's own rows.
  registerHousehold: {
    caller: clerk,
    args: () => ({ input: { householdNumber: `${ZHONGZHENG_PREFIX}1234567`, address: { districtCode: ZHONGZHENG, village: "文北里", neighbourhood: 4, road: "重慶南路", section: 1, number: "20" } } }),
    usedUp: "a household number is registered once",
  },
  registerPerson: {
    caller: clerk,
    args: (f) => ({ input: { name: "測試者", sex: "FEMALE", birthDate: "1990-01-01", idNumber: personIdNumber, householdId: f.referred.householdId } }),
    usedUp: "an ID number is registered once",
  },
  recordExOfficioMove: {
    caller: clerk,
    args: (f, today) => ({ input: { personId: f.referred.immigrant.id, movedOn: today, relativesQueried: ["MOTHER"], whereabouts: "UNKNOWN", leftCountry: false, contacts: [] } }),
  },
  recordExOfficioBirth: {
    caller: clerk,
    args: (f, today) => ({
      input: { child: { name: "王小明", sex: "MALE", birthDate: today, idNumber: exOfficioChild }, householdId: f.referred.householdId, registeredOn: today, whereabouts: "UNKNOWN", leftCountry: false, contacts: [] },
    }),
    usedUp: "a child's ID number is registered once",
  },
  recordTeenParentSurvey: {
    caller: clerk,
    args: (f, today) => ({ input: { registrationId: f.teenBirthRegistrationId, declined: true, clerkName: "戶政承辦", clerkPhone: "02-2341-0000", referredOn: today } }),
    usedUp: "a registration has one survey",
  },
  markHouseholdNotificationsSeen: { caller: clerk, args: (f) => ({ ids: [f.returned.notificationId] }) },
  correctConsentInquiry: { caller: clerk, args: (f) => ({ input: { consentInquiryId: f.returned.inquiryId, decision: "PHONE_VISIT" } }), usedUp: "a returned form is corrected once" },
  setHouseholdRetention: { caller: clerk, args: () => ({ org: ZHONGZHENG, periodMonths: 24 }) },
  placeHouseholdLegalHold: hold(clerk, (f) => f.referred.consentInquiryId),
  // 人文課 and the village officer: the referred case.
  assignVillageOfficer: { caller: officer, args: (f) => ({ careCaseId: f.referred.careCaseId, officerId: "other-officer", officerName: "里幹事乙" }) },
  recordVisitAttempt: { caller: villageOfficer, args: (f, today) => ({ input: { careCaseId: f.referred.careCaseId, attemptedOn: today, mode: "PHONE", met: false } }) },
  recordUrgentReport: {
    caller: villageOfficer,
    args: (f, today) => ({ input: { clientKey: "hostile-urgent", careCaseId: f.referred.careCaseId, kind: "URGENT_PHONE_REPORT", target: "SOCIAL_BUREAU", reportedAt: `${today}T09:00:00+08:00`, reporterName: "里幹事甲" } }),
  },
  recordUrgentReportOutcome: {
    caller: officer,
    args: (f, today) => ({ reportId: f.referred.urgentReport.id, outcome: "CASE_OPENED", recordedAt: `${today}T11:00:00+08:00` }),
    usedUp: "a report's outcome is recorded once",
  },
  markDistrictNotificationsSeen: { caller: officer, args: (f) => ({ ids: [f.notificationIds.District] }) },
  completeHelpTask: { caller: officer, args: (f, today) => ({ taskId: f.helped.helpTaskId, doneOn: today }), usedUp: "a task is completed once" },
  setDistrictRetention: { caller: officer, args: () => ({ org: ZHONGZHENG, periodMonths: 24 }) },
  placeDistrictLegalHold: hold(officer, (f) => f.referred.careCaseId),
  assignFollowUpOfficer: { caller: officer, args: (f) => ({ followUpRequestId: f.followUpRequestId, officerId: "test-village_officer", officerName: "里幹事" }) },
  recordFollowUpResult: {
    caller: officer,
    args: (f, today) => ({ input: { followUpRequestId: f.followUpRequestId, met: false, followedUpOn: today, officerName: "里幹事" } }),
    usedUp: "a follow-up's result is recorded once",
  },
  // 社會局: the referral's serving unit.
  recordSocialService: {
    caller: westWorker,
    args: (f, today) => ({ input: { referralId: f.referred.socialReferralId, servedOn: today, mode: "PHONE", summary: "電訪", socialWorkerName: "社工丙" } }),
  },
  markSocialNotificationsSeen: { caller: westWorker, args: (f) => ({ ids: [f.notificationIds.Social] }) },
  setSocialRetention: { caller: westWorker, args: () => ({ org: "WEST_CARE_POINT", periodMonths: 24 }) },
  placeSocialLegalHold: hold(westWorker, (f) => f.referred.socialReferralId),
  recordChildCareRecordMatch: { caller: westWorker, args: (f, today) => ({ input: { caseId: f.childCare.caseId, source: "VACCINATION", found: true, matchedOn: today } }) },
  recordChildCareVisit: { caller: westWorker, args: (f, today) => ({ input: { caseId: f.childCare.caseId, visitedOn: today, assessment: "評估", treatment: "處遇" } }) },
  requestChildCareFollowUp: { caller: westWorker, args: (f, today) => ({ caseId: f.childCare.caseId, requestedOn: today }) },
  requestChildCareSearch: { caller: westWorker, args: (f, today) => ({ caseId: f.childCare.caseId, reason: "DIFFICULT_VISIT", requestedOn: today }) },
  // 衛生局: the referral's health centre and the CDC follow-up.
  recordHealthService: {
    caller: nurse,
    args: (f, today) => ({ input: { referralId: f.referred.healthReferralId, servedOn: today, mode: "PHONE", summary: "衛教", nurseName: "護理師丙" } }),
  },
  markHealthNotificationsSeen: { caller: nurse, args: (f) => ({ ids: [f.notificationIds.Health] }) },
  setHealthRetention: { caller: nurse, args: () => ({ org: ZHONGZHENG, periodMonths: 24 }) },
  placeHealthLegalHold: hold(nurse, (f) => f.referred.healthReferralId),
  recordVaccinationReminder: { caller: nurse, args: (f, today) => ({ input: { followUpId: f.followUpId, remindedOn: today, mode: "SMS", twoWay: false } }) },
  referVaccinationFollowUpToSocial: { caller: nurse, args: (f) => ({ id: f.followUpToRefer, condition: "A_PROTECTION_CONCERN" }), usedUp: "a follow-up is referred once" },
  recordVaccinationOutcome: { caller: nurse, args: (f, today) => ({ input: { followUpId: f.followUpId, outcome: "REFUSED_NOT_SIGNED", outcomeOn: today } }), usedUp: "a follow-up has one outcome" },
  // 民政局 and the partner agency.
  recordCivilAffairsService: {
    caller: bureauOfficer,
    args: (f, today) => ({ input: { referralId: f.referred.civilAffairsReferralId, servedOn: today, mode: "PHONE", summary: "通譯", officerName: "承辦人" } }),
  },
  markCivilAffairsNotificationsSeen: { caller: bureauOfficer, args: (f) => ({ ids: [f.notificationIds.CivilAffairs] }) },
  setCivilAffairsRetention: { caller: bureauOfficer, args: () => ({ org: bureauOfficer.org, periodMonths: 24 }) },
  placeCivilAffairsLegalHold: hold(bureauOfficer, (f) => f.referred.civilAffairsReferralId),
  referOnward: {
    caller: bureauOfficer,
    args: (f, today) => ({ input: { referralId: f.referred.civilAffairsReferralId, target: "taipei.straits-exchange-foundation", targetKind: "NGO", referredOn: today } }),
  },
  recordOnwardOutcome: { caller: bureauOfficer, args: (f, today) => ({ id: f.onwardReferralId, outcome: "已處理", outcomeOn: today }), usedUp: "an onward referral's outcome is recorded once" },
  recordPartnerService: {
    caller: labourOfficer,
    args: (f, today) => ({ input: { referralId: f.partnerReferralId, servedOn: today, mode: "PHONE", summary: "就業媒合", officerName: "就服員" } }),
  },
  markPartnerNotificationsSeen: { caller: labourOfficer, args: (f) => ({ ids: [f.notificationIds.Partner] }) },
  setPartnerRetention: { caller: labourOfficer, args: () => ({ org: labourOfficer.org, periodMonths: 24 }) },
  placePartnerLegalHold: hold(labourOfficer, (f) => f.partnerReferralId),
  // 警察局: the search request to the precinct.
  recordSearchVisit: { caller: precinctOfficer, args: (f, today) => ({ input: { searchRequestId: f.searchRequestId, visitedOn: today, officerName: "警員" } }) },
  recordSearchResult: {
    caller: precinctOfficer,
    args: (f, today) => ({ input: { searchRequestId: f.searchRequestId, outcome: "NOT_FOUND", resultOn: today, officerName: "警員" } }),
    usedUp: "a search has one result",
  },
  recordRegistration: {
    caller: clerk,
    args: (f, today) => ({
      input: {
        caseType: "MOVE", registeredOn: today, registrantId: f.referred.spouse.id, newImmigrantId: f.referred.immigrant.id, newImmigrantRelation: "REGISTRANT_SPOUSE",
        consentInquiry: {
          respondentName: "王大明", respondentHonorific: "MR", decision: "HOME_VISIT", immigrantConsents: true, immigrantAcceptsMaterials: true, appliedOn: today, clerkName: "戶政承辦", clerkPhone: "02-2341-0000",
        },
      },
    }),
  },
  handOverConsentInquiries: { caller: clerk, args: (_f, today) => ({ date: today }) },
  receiveCorrectionRequest: {
    caller: { ...officer, through: "district" },
    usedUp: "a form has one correction open",
    args: (f) => ({ input: { clientKey: "hostile-return", consentInquiryId: f.unacknowledged.inquiryId, careCaseId: f.unacknowledged.careCaseId, district: ZHONGZHENG, reason: "里別誤填", returnedAt: "2026-12-01T02:00:00.000Z" } }),
  },
  receiveCaseClosed: {
    caller: { ...officer, through: "district" },
    usedUp: "a form's case closes once",
    args: (f, today) => ({ input: { clientKey: "hostile-closed", consentInquiryId: f.referred.consentInquiryId, careCaseId: f.referred.careCaseId, closedOn: today, closure: "NO_FURTHER_NEED" } }),
  },
  receiveSearchRequest: { caller: { ...clerk, through: "household" }, args: (_f, today) => ({ input: { ...childRequestInput("hostile-search-2", today), contacts: [] } }) },
  receiveFollowUpRequest: { caller: { ...clerk, through: "household" }, args: (_f, today) => ({ input: childRequestInput("hostile-follow-up-2", today) }) },
  receiveHandoverLedger: {
    caller: { ...clerk, through: "household" },
    usedUp: "a form is handed over under one ledger",
    args: (_f, today) => ({
      input: {
        clientKey: "hostile-ledger", ledgerId: LEDGER_ID, office: ZHONGZHENG, receivingDistrict: ZHONGZHENG, ledgerDate: today, handedOverAt: "2026-12-01T02:00:00.000Z",
        entries: [{ consentInquiryId: LEDGER_FORM, personId: LEDGER_PERSON, caseType: "MARRIAGE", visitDistrict: ZHONGZHENG, village: "文北里", neighbourhood: 3, householdDistrict: ZHONGZHENG, requestedMode: "HOME", appliedOn: today }],
      },
    }),
  },
  acknowledgeHandoverLedger: { caller: officer, args: () => ({ ledgerId: LEDGER_ID }) },
  receiveChildCareNotice: {
    caller: { ...clerk, through: "household" },
    args: (_f, today) => {
      const { rowKey, listedOn, ...child } = childRow("hostile-notice", importedChildren[3]);
      return { input: { clientKey: `${rowKey}-${listedOn}`, category: "EX_OFFICIO_MOVE", noticedOn: today, ...child } };
    },
  },
  setSignOffLevels: { caller: officer, args: () => ({ levels: ["VILLAGE_OFFICER", "HUMANITIES_SECTION"] }) },
  draftVisitRecord: {
    caller: villageOfficer,
    usedUp: "a case has one visit record handed in",
    args: (f, today) => ({ input: { careCaseId: f.visitedCaseId, visitedOn: today, visitedPersonName: "黎氏花", visitedPersonAddress: "臺北市中正區重慶南路一段8號", outcome: "ALL_WELL" } }),
  },
  signVisitRecord: {
    caller: villageOfficer,
    args: (f) => ({ id: f.unsignedRecord.id, level: f.unsignedRecord.level, signerName: "里幹事甲" }),
    usedUp: "a level signs a record once",
  },
  fileVisitRecord: { caller: officer, args: (f, today) => ({ id: f.signedRecordId, filedOn: today }), usedUp: "a record is filed once" },
  fileProtectionReport: {
    caller: nurse,
    args: () => ({ input: { clientKey: "hostile-protection", personId: randomPersonId, article: "ART53", reportedAt: "2026-12-01T02:00:00.000Z", reporterName: "護理師王", summary: "家訪見幼童身上多處瘀傷" } }),
  },
  receiveSocialReferral: { caller: fromDistrict, args: (f, today) => ({ input: referralInput(f, today, "hostile-social", ["ECONOMIC"]) }) },
  receiveHealthReferral: { caller: fromDistrict, args: (f, today) => ({ input: referralInput(f, today, "hostile-health", ["PRENATAL_POSTNATAL"]) }) },
  receiveCivilAffairsReferral: { caller: fromDistrict, args: (f, today) => ({ input: referralInput(f, today, "hostile-civil", ["INTERPRETING"]) }) },
  receivePartnerReferral: { caller: fromDistrict, args: (f, today) => ({ input: { ...referralInput(f, today, "hostile-partner", ["JOBS"]), agencyCode: "taipei.labour-bureau" } }) },
  closeSocialReferral: {
    caller: westWorker,
    args: async (f, today, platform) => ({ referralId: await referralOfHelped(platform, "socialReferrals", westWorker, f.helped.careCaseId), closedOn: today }),
    usedUp: "a referral closes once",
  },
  closeHealthReferral: {
    caller: nurse,
    args: async (f, today, platform) => ({ referralId: await referralOfHelped(platform, "healthReferrals", nurse, f.helped.careCaseId), closedOn: today }),
    usedUp: "a referral closes once",
  },
  // 人事處's calendar and the agencies' copies of its closures.
  declareOfficeClosure: { caller: calendarAdmin, args: () => ({ input: { date: "2026-12-10", reason: "颱風停止上班", scope: "CITY" } }), usedUp: "a date is closed once" },
  withdrawOfficeClosure: { caller: calendarAdmin, args: () => ({ date: "2026-12-10" }), usedUp: "a closure is withdrawn once" },
  receiveDistrictOfficeClosure: { caller: fromCalendar, args: () => closureNotice("hostile-closure-district") },
  receiveHouseholdOfficeClosure: { caller: fromCalendar, args: () => closureNotice("hostile-closure-household") },
  receivePoliceOfficeClosure: { caller: fromCalendar, args: () => closureNotice("hostile-closure-police") },
  // Social's screening imports and the child-care case's review.
  importEntryExitRecords: { caller: westWorker, args: () => ({ rows: [{ rowKey: "hostile-ee-1", idNumber: importedChildren[0], direction: "EXIT", crossedOn: "2025-05-01" }] }) },
  importNotEnrolledChildren: { caller: westWorker, args: () => ({ rows: [{ ...childRow("hostile-b11-1", importedChildren[1]), assignedSchool: "市立忠孝國小" }] }) },
  importChildrenInCustody: { caller: westWorker, args: () => ({ rows: [{ ...childRow("hostile-r8-1", importedChildren[2]), custodyKind: "ON_PAROLE" }] }) },
  sendChildCareCaseForReview: { caller: westWorker, args: (f) => ({ caseId: f.childCare.caseId }), usedUp: "a case is sent for review once" },
  reviewChildCareClosing: { caller: westWorker, args: (f, today) => ({ input: { caseId: f.childCare.caseId, decision: "RETURN", reviewedOn: today, note: "補充訪視紀錄" } }), usedUp: "a case in review is decided once" },
  undoChildCareMerge: { caller: westWorker, args: (f) => ({ mergeId: f.childCare.mergeId }), usedUp: "a merge is undone once" },
  liftHouseholdLegalHold: lift("Household", clerk),
  liftDistrictLegalHold: lift("District", officer),
  liftSocialLegalHold: lift("Social", westWorker),
  liftHealthLegalHold: lift("Health", nurse),
  liftCivilAffairsLegalHold: lift("CivilAffairs", bureauOfficer),
  liftPartnerLegalHold: lift("Partner", labourOfficer),
  // Steps that end a workflow, after every step on the same row.
  transferSocialReferral: {
    caller: westWorker,
    args: (f, today) => ({ referralId: f.referred.socialReferralId, toUnit: "FAMILY_SERVICE_CENTRE", reason: "重大案件", transferredOn: today }),
    usedUp: "a transferred referral is served by the unit it went to",
  },
  transferHealthReferral: {
    caller: nurse,
    args: (f, today) => ({ referralId: f.referred.healthReferralId, toUnit: "COMMUNITY_MENTAL_HEALTH_CENTRE", reason: "符合心衛中心收案標準", transferredOn: today }),
    usedUp: "a transferred referral is served by the unit it went to",
  },
  closeCivilAffairsReferral: { caller: bureauOfficer, args: (f, today) => ({ referralId: f.referred.civilAffairsReferralId, closedOn: today }), usedUp: "a referral closes once" },
  closePartnerReferral: { caller: labourOfficer, args: (f, today) => ({ referralId: f.partnerReferralId, closedOn: today }), usedUp: "a referral closes once" },
  withdrawConsentInquiry: { caller: clerk, args: (f) => ({ consentInquiryId: f.returnedToWithdraw.inquiryId, reason: "重複登錄" }), usedUp: "a returned form is corrected or withdrawn once" },
  returnCaseForCorrection: { caller: officer, args: (f) => ({ careCaseId: f.unacknowledged.careCaseId, reason: "里別誤填" }), usedUp: "a case is returned once" },
  receiveCaseWithdrawn: {
    caller: { ...clerk, through: "household" },
    usedUp: "a returned case is withdrawn once",
    args: (f, today) => ({ input: { clientKey: "hostile-withdrawn", careCaseId: f.returnedToWithdraw.careCaseId, consentInquiryId: f.returnedToWithdraw.inquiryId, office: ZHONGZHENG, reason: "重複登錄", withdrawnOn: today } }),
  },
  receiveCorrectedCase: {
    caller: { ...clerk, through: "household" },
    args: (f, today) => ({
      input: {
        clientKey: "hostile-corrected", careCaseId: f.returned.careCaseId, office: ZHONGZHENG,
        entry: { consentInquiryId: f.returned.inquiryId, personId: f.returned.personId, caseType: "MARRIAGE", visitDistrict: ZHONGZHENG, village: "文北里", householdDistrict: ZHONGZHENG, requestedMode: "HOME", appliedOn: today },
      },
    }),
    usedUp: "a returned case is corrected once",
  },
  // Last: a new version of the city's directory, which every later referral would be checked against.
  publishServiceDirectory: { caller: bureauOfficer, args: (_f, today) => ({ input: taipeiInput(today, "02-2720-8889") }), usedUp: "a version date is published once" },
};
