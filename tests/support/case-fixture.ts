import { generateNationalId, generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { now, taipeiToday } from "../../shared/clock";
import { findDistrict } from "../../shared/domain/districts";
import { Sex } from "../../shared/domain/enums";
import { GraphQLResponse } from "./graphql";
import { TestPlatform } from "./platform";
import { carePointUnitOf } from "./scope-oracle";
import { draftSignAndFile } from "./visit-record-work";

/** What a fixture case wrote, so tests can compare what each role reads back with it. */
export interface ReferredCase extends VisitedCase {
  readonly socialReferralId: string;
  readonly healthReferralId: string;
  /** Issue #9: 民政局's own case (A11: interpreting). */
  readonly civilAffairsReferralId: string;
}

/**
 * A case visited and its 附件4 signed and filed with needs for 社會局, 衛生局 and 民政局 (A8): filing
 * sent the referrals to social and health (issue #9), which the district's outbox has not delivered yet.
 */
export interface VisitedCase {
  readonly district: string;
  readonly village: string;
  readonly householdId: string;
  readonly householdNumber: string;
  readonly spouse: { id: string; name: string; idNumber: string };
  readonly immigrant: { id: string; name: string; idNumber: string; birthDate: string; mobilePhone: string };
  readonly registrationId: string;
  readonly consentInquiryId: string;
  /** 附件3: the ledger that handed the form over (issue #8). */
  readonly handoverLedgerId: string;
  readonly careCaseId: string;
  /** 附件4 (issue #9: signed and filed). */
  readonly visitRecordId: string;
  readonly visitRecord: { visitedPersonName: string; visitedPersonPhone: string; visitedPersonAddress: string; handling: string };
  /** A13: the district's report to the 家庭暴力防治中心 (outcome still pending). */
  readonly urgentReport: { id: string; reporterName: string; recipientName: string; summary: string };
}

/** Whom the receiving unit should contact: the district's service sends 附件4's visited person (issue #8). */
/** 附件1's 聯絡地址 of the fixture's new immigrant (issue #9): one line, with 號之 and 樓之. */
export const FIXTURE_CONTACT_ADDRESS = "臺北市中正區測試路二段18號之3 5樓之1";

export const REFERRAL_CONTACT = { contactName: "阮氏梅", contactPhone: "0912-345-678", contactAddress: "臺北市測試路二段18號3樓" } as const;

/** What the fixture's 人文課 refers (A9): one need at each agency, one description. */
export const FIXTURE_REFERRALS = {
  SOCIAL_WELFARE_BUREAU: ["FAMILY_RELATIONSHIP"],
  HEALTH_BUREAU: ["PRENATAL_POSTNATAL"],
  CIVIL_AFFAIRS_BUREAU: ["INTERPRETING"],
  LABOUR_BUREAU: ["JOBS"],
  EDUCATION_BUREAU: ["SCHOOLING"],
  description: "家暴與產後需求",
} as const;

function must<Data>(step: string, response: GraphQLResponse<Data>): Data {
  if (response.errors !== undefined || response.data === undefined || response.data === null) {
    throw new Error(`${step} failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/**
 * Replays programme A through the gateway, each step by the role that does it: the office
 * registers a family and its 附件1 (A1–A3) and hands it over (A4, D3); the district acknowledges
 * and assigns (A6); the 里幹事 visits and files 附件4 with needs for 社會局, 衛生局 and 民政局 (A8);
 * the district refers to social, health and 民政局 (A9), who each record a service (A10).
 */
export interface CaseFixtureOptions {
  /** Runs after the visit and before 附件4 is filed, e.g. to move a fake clock past a deadline. */
  readonly beforeFiling?: () => Promise<void> | void;
  /** 附件4's "needs help" boxes (A8); by default 社會局, 衛生局 and 民政局. */
  readonly needs?: readonly string[];
  /** Each referred agency's own need values, where not FIXTURE_REFERRALS'; a box the city added to the directory is referred with the needs given here (issue #9, C1). */
  readonly needsOf?: Readonly<Partial<Record<string, readonly string[]>>>;
}

const PRINTED_TARGETS = ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU", "EDUCATION_BUREAU"] as const;

/**
 * A9 (issue #9): the referrals the fixture's draft plans, one per ticked box the platform refers
 * (FIXTURE_REFERRALS), then one per ticked box the directory added that `needsOf` names (C1).
 */
export function fixtureReferralsFor(needs: readonly string[], options: Pick<CaseFixtureOptions, "needsOf"> = {}): { target: string; needs: readonly string[]; description: string }[] {
  const printed = PRINTED_TARGETS.filter((target) => needs.includes(target)).map((target) => ({ target, needs: options.needsOf?.[target] ?? FIXTURE_REFERRALS[target] }));
  const added = Object.entries(options.needsOf ?? {})
    .filter(([target]) => needs.includes(target) && !(PRINTED_TARGETS as readonly string[]).includes(target))
    .map(([target, values]) => ({ target, needs: values ?? [] }));
  return [...printed, ...added].map((plan) => ({ ...plan, description: FIXTURE_REFERRALS.description }));
}

export async function createReferredCase(
  platform: TestPlatform,
  district: string,
  village: string,
  seed: string,
  options: CaseFixtureOptions = {},
): Promise<ReferredCase> {
  const visited = await createVisitedCase(platform, district, village, seed, options);
  const { socialReferralId, healthReferralId, civilAffairsReferralId } = await referToAgenciesFrom(platform, visited);
  const today = taipeiToday();
  must(
    "recordSocialService",
    await platform.query(`mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { id } }`, {
      role: Role.SOCIAL_WORKER,
      org: carePointUnitOf(district),
      variables: { input: { referralId: socialReferralId, servedOn: today, mode: "HOME_VISIT", summary: "社工訪視並擬定安全計畫", socialWorkerName: "社工甲" } },
    }),
  );
  must(
    "recordHealthService",
    await platform.query(`mutation($input: HealthServiceInput!) { recordHealthService(input: $input) { id } }`, {
      role: Role.HEALTH_NURSE,
      org: district,
      variables: { input: { referralId: healthReferralId, servedOn: today, mode: "PHONE", summary: "產後衛教", nurseName: "護理師乙" } },
    }),
  );
  must(
    "recordCivilAffairsService",
    await platform.query(`mutation($input: CivilAffairsServiceInput!) { recordCivilAffairsService(input: $input) { id } }`, {
      role: Role.CIVIL_AFFAIRS_OFFICER,
      org: CITY_ORG,
      variables: { input: { referralId: civilAffairsReferralId, servedOn: today, mode: "PHONE", summary: FIXTURE_CIVIL_AFFAIRS_SUMMARY, officerName: "承辦人丙" } },
    }),
  );
  return { ...visited, socialReferralId, healthReferralId, civilAffairsReferralId };
}

/** The fixture up to 附件4 and the urgent report (A8, A9, A13): the case waits for its referrals. */
export async function createVisitedCase(
  platform: TestPlatform,
  district: string,
  village: string,
  seed: string,
  options: CaseFixtureOptions = {},
): Promise<VisitedCase> {
  const rng = new SeededRandom(seed);
  // The platform's clock (a test may have set it): every date of the case is "today" there.
  const today = taipeiToday();
  const clerk = { role: Role.HOUSEHOLD_CLERK, org: district };
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: district };
  const villageOfficer = { role: Role.VILLAGE_OFFICER, org: district, villages: [village] };

  // 戶號: the district office's letter and seven digits (issue #7 checks both).
  const householdNumber = `${findDistrict(district)?.householdNumberPrefix ?? ""}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`;
  const { registerHousehold } = must(
    "registerHousehold",
    await platform.query<{ registerHousehold: { id: string } }>(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
      ...clerk,
      variables: { input: { householdNumber, address: { districtCode: district, village, neighbourhood: 7, road: "測試路", section: 2, number: "18", floor: 3 } } },
    }),
  );
  const register = async (person: Record<string, unknown>): Promise<string> =>
    must(
      "registerPerson",
      await platform.query<{ registerPerson: { id: string } }>(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
        ...clerk,
        variables: { input: { ...person, householdId: registerHousehold.id } },
      }),
    ).registerPerson.id;
  const spouse = { name: "陳志明", idNumber: generateNationalId(rng, Sex.MALE), sex: "MALE", birthDate: "1980-02-03" };
  const immigrant = { name: "阮氏梅", idNumber: generateResidentCertificateNumber(rng, Sex.FEMALE), sex: "FEMALE", birthDate: "1994-05-06", mobilePhone: "0912-345-678" };
  const spouseId = await register(spouse);
  const immigrantId = await register({ ...immigrant, originCountry: "VIETNAM" });

  const { recordRegistration } = must(
    "recordRegistration",
    await platform.query<{ recordRegistration: { id: string; consentInquiry: { id: string } } }>(
      `mutation($input: RecordRegistrationInput!) { recordRegistration(input: $input) { id consentInquiry { id } } }`,
      {
        ...clerk,
        variables: {
          input: {
            caseType: "MARRIAGE",
            registeredOn: today,
            registrantId: spouseId,
            newImmigrantId: immigrantId,
            newImmigrantRelation: "REGISTRANT_SPOUSE",
            welcomeHandbook: "BOOK",
            consentInquiry: {
              respondentName: spouse.name,
              respondentHonorific: "MR",
              homePhone: "02-2345-6789",
              mobilePhone: "0933-111-222",
              email: "family@example.tw",
              decision: "HOME_VISIT",
              immigrantConsents: true,
              immigrantAcceptsMaterials: true,
              contactAddress: FIXTURE_CONTACT_ADDRESS,
              appliedOn: today,
              clerkName: "戶政承辦",
              clerkPhone: "02-2341-0000",
            },
          },
        },
      },
    ),
  );
  // Issue #8: the office hands the day's consenting forms over as 附件3 ledgers; household's
  // dispatcher delivers them to the district (D3); 人文課 acknowledges the ledger (A4).
  must(
    "handOverConsentInquiries",
    await platform.query(`mutation($date: LocalDate!) { handOverConsentInquiries(date: $date) { id } }`, { ...clerk, variables: { date: today } }),
  );
  await platform.runJob("household", "outbox-dispatch");
  const { consentInquiry } = must(
    "consentInquiry",
    await platform.query<{ consentInquiry: { handoverLedger: { id: string } | null; careCase: { id: string } | null } }>(
      `query($id: ID!) { consentInquiry(id: $id) { handoverLedger { id } careCase { id } } }`,
      { ...clerk, variables: { id: recordRegistration.consentInquiry.id } },
    ),
  );
  if (consentInquiry.handoverLedger === null || consentInquiry.careCase === null) {
    throw new Error("The consent inquiry was not handed over");
  }
  const careCaseId = consentInquiry.careCase.id;
  must(
    "acknowledgeHandoverLedger",
    await platform.query(`mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { id } }`, { ...officer, variables: { id: consentInquiry.handoverLedger.id } }),
  );
  must(
    "assignVillageOfficer",
    await platform.query(`mutation($id: ID!) { assignVillageOfficer(careCaseId: $id, officerId: "test-village_officer", officerName: "里幹事甲") { id } }`, {
      ...officer,
      variables: { id: careCaseId },
    }),
  );
  must(
    "recordVisitAttempt",
    await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
      ...villageOfficer,
      variables: { input: { careCaseId, attemptedOn: today, mode: "HOME", met: true } },
    }),
  );
  await options.beforeFiling?.();
  const visitRecord = {
    visitedPersonName: immigrant.name,
    visitedPersonPhone: immigrant.mobilePhone,
    visitedPersonAddress: "臺北市測試路二段18號3樓",
    handling: "案主表示遭受家庭暴力，已通報家防中心；已轉介民政局",
  };
  // A8 (issue #9): the 里幹事 hands 附件4 in, the levels sign in order, 人文課 files it; filing refers.
  const needs = options.needs ?? ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU"];
  const visitRecordId = await draftSignAndFile(
    platform,
    { drafter: villageOfficer, officer },
    { careCaseId, visitedOn: today, ...visitRecord, outcome: "NEEDS_HELP", needs, referrals: fixtureReferralsFor(needs, options), mattersRaised: "需要通譯協助" },
    today,
  );
  // A13: the disclosed violence is also reported to the 家庭暴力防治中心, as its own record (A9).
  const urgentReport = { reporterName: "里幹事甲", recipientName: "家防中心值班社工", summary: "案主表示遭配偶施暴，已電話通報家防中心" };
  const { recordUrgentReport } = must(
    "recordUrgentReport",
    await platform.query<{ recordUrgentReport: { id: string } }>(`mutation($input: UrgentReportInput!) { recordUrgentReport(input: $input) { id } }`, {
      ...officer,
      variables: {
        input: { clientKey: `fixture:urgent:${careCaseId}`, careCaseId, kind: "OUTSIDE_BODY_REPORT", target: "DOMESTIC_VIOLENCE_CENTRE", reportedAt: now().toISOString(), ...urgentReport },
      },
    }),
  );
  return {
    district,
    village,
    householdId: registerHousehold.id,
    householdNumber,
    spouse: { id: spouseId, name: spouse.name, idNumber: spouse.idNumber },
    immigrant: { id: immigrantId, name: immigrant.name, idNumber: immigrant.idNumber, birthDate: immigrant.birthDate, mobilePhone: immigrant.mobilePhone },
    registrationId: recordRegistration.id,
    consentInquiryId: recordRegistration.consentInquiry.id,
    handoverLedgerId: consentInquiry.handoverLedger.id,
    careCaseId,
    visitRecordId,
    visitRecord,
    urgentReport: { id: recordUrgentReport.id, ...urgentReport },
  };
}

/** Issue #9: what 民政局's officer recorded on the fixture's interpreting case (personal: a service summary). */
export const FIXTURE_CIVIL_AFFAIRS_SUMMARY = "安排越南語通譯";

/**
 * A9/D3 (issue #9): the district's dispatcher delivers the referrals the filing sent (filing 附件4
 * refers every ticked box) to social, health and 民政局; returns the receivers' ids as the case shows them back.
 */
export async function referToAgenciesFrom(
  platform: TestPlatform,
  visited: Pick<VisitedCase, "district" | "careCaseId">,
): Promise<{ socialReferralId: string; healthReferralId: string; civilAffairsReferralId: string }> {
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: visited.district };
  await platform.runJob("district", "outbox-dispatch");
  const { careCase } = must(
    "careCase referrals",
    await platform.query<{ careCase: { socialReferrals: { id: string }[]; healthReferrals: { id: string }[]; civilAffairsReferrals: { id: string }[] } }>(
      `query($id: ID!) { careCase(id: $id) { socialReferrals { id } healthReferrals { id } civilAffairsReferrals { id } } }`,
      { ...officer, variables: { id: visited.careCaseId } },
    ),
  );
  const [social] = careCase.socialReferrals;
  const [health] = careCase.healthReferrals;
  const [civilAffairs] = careCase.civilAffairsReferrals;
  if (social === undefined || health === undefined || civilAffairs === undefined) {
    throw new Error("The district's referrals were not delivered");
  }
  return { socialReferralId: social.id, healthReferralId: health.id, civilAffairsReferralId: civilAffairs.id };
}

/**
 * Issue #9: the referral a case's filed 附件4 sent to 勞動局 (its box ticked) is delivered (received
 * for it by 民政局's subgraph), and 勞動局's officer records a handling; returns the referral's id.
 */
export async function referToLabourFrom(platform: TestPlatform, visited: Pick<VisitedCase, "district" | "careCaseId">, summary: string): Promise<string> {
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: visited.district };
  const labour = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.labour-bureau" };
  await platform.runJob("district", "outbox-dispatch");
  const { careCase } = must(
    "careCase partnerReferrals",
    await platform.query<{ careCase: { partnerReferrals: { id: string }[] } }>(`query($id: ID!) { careCase(id: $id) { partnerReferrals { id } } }`, {
      ...officer,
      variables: { id: visited.careCaseId },
    }),
  );
  const [referral] = careCase.partnerReferrals;
  if (referral === undefined) {
    throw new Error("The district's referral to 勞動局 was not delivered");
  }
  must(
    "recordPartnerService",
    await platform.query(`mutation($input: PartnerServiceInput!) { recordPartnerService(input: $input) { id } }`, {
      ...labour,
      variables: { input: { referralId: referral.id, servedOn: taipeiToday(), mode: "PHONE", summary, officerName: "就業服務員丁" } },
    }),
  );
  return referral.id;
}

export const REFER_CASE = `mutation($input: ReferCaseInput!) { referCase(input: $input) { id target delivery } }`;
