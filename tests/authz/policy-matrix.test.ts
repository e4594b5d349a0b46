import { GraphQLFormattedError } from "graphql";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role, ROLES } from "../../shared/auth/roles";
import { taipeiToday } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { precinctsOfDistrict } from "../../shared/domain/police-precincts";
import { MASKS, maskAddress } from "../../shared/masking";
import { AccessTable, readAccessTable } from "../support/access-table";
import { createReferredCase, FIXTURE_CIVIL_AFFAIRS_SUMMARY, FIXTURE_CONTACT_ADDRESS, FIXTURE_REFERRALS, ReferredCase, REFERRAL_CONTACT } from "../support/case-fixture";
import { ChildCareFixture, createChildCareCase } from "../support/child-care";
import { dataOf, postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";
import { tokenFor } from "../support/tokens";

/**
 * Issues #4 and #7: the policy matrix, checked against the committed, reviewed grant tables
 * (subgraphs/<agency>/ACCESS.md), not against the policy code that enforces them (STYLE habit 11).
 * Every role reads every personal field of every type, through the gateway and directly through
 * each subgraph's `_entities`, on a case in its own district and one in another; the answer must be
 * the value, its mask, or null with FORBIDDEN — as the table says and as the row scope (the tests'
 * own reading, below) allows. The expected values are the fixture's, written by hand.
 */
const HOME = "63000050"; // 中正區, served by the WEST care point
const AWAY = "63000110"; // 士林區, served by the NORTH care point
const HOME_VILLAGE = "文北里";
const AWAY_VILLAGE = "天母里";

/**
 * Issue #9: the fixture case referred to 勞動局 too (a partner agency, A9) and referred onward by
 * 民政局 (A11), so PartnerReferral, its service record and OnwardReferral are in the matrix.
 */
interface MatrixCase extends ReferredCase {
  readonly partnerReferralId: string;
  /** Issue #12: a child-care case of the same district, held by its care point. */
  readonly childCare: ChildCareFixture;
  /** Issue #12 (B2): the district's office registered a child ex officio, whereabouts unknown; its precinct found her. */
  readonly exOfficioRecordId: string;
  readonly searchRequestId: string;
  readonly exOfficioChildIdNumber: string;
  /** Issue #12 (B2): the district office's follow-up of the same child, assigned to the matrix's 里幹事 and replied to the office. */
  readonly followUpRequestId: string;
}

/** Issue #12: what the office and the police wrote of the child born ex officio (B2), by hand. */
const EX_OFFICIO = {
  childName: "林小安", childBirthDate: "2026-01-05", childSex: "FEMALE", motherName: "林美玲", investigation: "出生通報地址查無其人",
  contact: { name: "林阿嬤", relation: "外祖母", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" },
  visitNote: "戶籍地無人居住", officerName: "警員林",
  found: { foundAddress: "新北市板橋區文化路一段1號", foundContactName: "林美玲", foundContactPhone: "0912-000-111" },
  followUp: { met: true, whereabouts: "新北市板橋區文化路一段1號", note: "外祖母照顧,已會見孩子", recordedBy: "里幹事林", assignedOfficerName: "里幹事林" },
} as const;
/** The matrix's 里幹事 (tokens below): the follow-ups are assigned to this staff identifier. */
const MATRIX_VILLAGE_OFFICER = "matrix-village_officer";

const LABOUR = "taipei.labour-bureau";
const PARTNER_SUMMARY = "就業媒合諮詢";
const ONWARD = { note: "居留證件疑義", outcome: "移民署已協助換證" } as const;

const ORG: Readonly<Record<Role, string>> = {
  HOUSEHOLD_CLERK: HOME,
  DISTRICT_CASE_OFFICER: HOME,
  VILLAGE_OFFICER: HOME,
  SOCIAL_WORKER: carePointUnitOf(HOME),
  HEALTH_NURSE: HOME,
  POLICE_OFFICER: "TPE-ZHONGZHENG-1",
  CIVIL_AFFAIRS_OFFICER: CITY_ORG,
  CIVIL_AFFAIRS_ANALYST: CITY_ORG,
  AUDITOR: CITY_ORG,
  CALENDAR_ADMIN: CITY_ORG,
  PARTNER_AGENCY_OFFICER: LABOUR,
};

/** The row scopes as the policy comments and DOMAIN describe them, for a case of `fixture`. */
function inScope(typeName: string, role: Role, fixture: MatrixCase): boolean {
  const ownDistrict = fixture.district === ORG[role];
  const ownVillage = ownDistrict && fixture.village === HOME_VILLAGE;
  switch (typeName) {
    case "Person":
    case "ConsentInquiry":
      return (role === Role.HOUSEHOLD_CLERK || role === Role.DISTRICT_CASE_OFFICER) ? ownDistrict : role === Role.VILLAGE_OFFICER && ownVillage;
    case "Household":
      return (role === Role.HOUSEHOLD_CLERK || role === Role.DISTRICT_CASE_OFFICER) && ownDistrict;
    case "CareCase":
      return (
        ((role === Role.HOUSEHOLD_CLERK || role === Role.DISTRICT_CASE_OFFICER || role === Role.HEALTH_NURSE) && ownDistrict) ||
        (role === Role.VILLAGE_OFFICER && ownVillage) ||
        (role === Role.SOCIAL_WORKER && carePointUnitOf(fixture.district) === ORG[role]) ||
        role === Role.CIVIL_AFFAIRS_OFFICER ||
        // Issue #9: the fixture is referred to 勞動局, whose officers see the cases referred to it, city-wide.
        (role === Role.PARTNER_AGENCY_OFFICER && ORG[role] === LABOUR)
      );
    case "SocialReferral":
      return (role === Role.SOCIAL_WORKER && carePointUnitOf(fixture.district) === ORG[role]) || (role === Role.DISTRICT_CASE_OFFICER && ownDistrict) || role === Role.CIVIL_AFFAIRS_OFFICER;
    // Issue #9: 民政局's own cases: the bureau's officers (the city's org) and the referring district.
    case "CivilAffairsReferral":
      return (role === Role.DISTRICT_CASE_OFFICER && ownDistrict) || (role === Role.CIVIL_AFFAIRS_OFFICER && ORG[role] === CITY_ORG);
    // Issue #9: a partner agency's referral: its own officers, the referring district, 民政局 overseeing (A10).
    case "PartnerReferral":
      return (role === Role.PARTNER_AGENCY_OFFICER && ORG[role] === LABOUR) || (role === Role.DISTRICT_CASE_OFFICER && ownDistrict) || (role === Role.CIVIL_AFFAIRS_OFFICER && ORG[role] === CITY_ORG);
    // Issue #12: the social worker of the care point holding it (the household district's), nobody else.
    case "ChildCareCase":
      return role === Role.SOCIAL_WORKER && carePointUnitOf(fixture.district) === ORG[role];
    case "HealthReferral":
      return ((role === Role.HEALTH_NURSE || role === Role.DISTRICT_CASE_OFFICER) && ownDistrict) || role === Role.CIVIL_AFFAIRS_OFFICER;
    // Issue #12 (B2): the precincts of the household district (中正第一分局 for 中正區) and the office that asked.
    case "SearchRequest":
      return (role === Role.POLICE_OFFICER && fixture.district === HOME) || (role === Role.HOUSEHOLD_CLERK && ownDistrict);
    case "ExOfficioRecord":
      return role === Role.HOUSEHOLD_CLERK && ownDistrict;
    // Issue #12 (B2): the household district's office (人文課, and the 里幹事 it assigned, who is of HOME) and the office that asked.
    case "FollowUpRequest":
      return (role === Role.DISTRICT_CASE_OFFICER || role === Role.HOUSEHOLD_CLERK || role === Role.VILLAGE_OFFICER) && ownDistrict;
    default:
      throw new Error(`No scope reading for ${typeName}`);
  }
}

const ADDRESS_SELECTION = "{ districtCode village road number }";

interface Target {
  readonly subgraph: string;
  readonly typeName: string;
  /** The row-scoped type that decides visibility (the type itself, or the parent of a child type). */
  readonly scopedBy: string;
  /** The gateway entry: root field, its operation, and (for a child type) the parent's field. */
  readonly root: string;
  readonly operation: string;
  readonly link?: { typeName: string; field: string; list: boolean };
  readonly idOf: (fixture: MatrixCase) => string;
  /** The entity through which `_entities` reaches it directly. */
  readonly entity: string;
  /** Expected full values of personal fields (address objects as selected by ADDRESS_SELECTION). */
  readonly values: (fixture: MatrixCase) => Readonly<Record<string, unknown>>;
}

const address = (fixture: MatrixCase) => ({ districtCode: fixture.district, village: fixture.village, road: "測試路", number: "18" });

const TARGETS: readonly Target[] = [
  {
    subgraph: "household", typeName: "Person", scopedBy: "Person", root: "person", operation: "Query.person", entity: "Person",
    idOf: (fixture) => fixture.immigrant.id,
    values: (fixture) => ({ name: fixture.immigrant.name, idNumber: fixture.immigrant.idNumber, birthDate: fixture.immigrant.birthDate, mobilePhone: fixture.immigrant.mobilePhone }),
  },
  {
    subgraph: "household", typeName: "Household", scopedBy: "Household", root: "person", operation: "Query.person", entity: "Person",
    link: { typeName: "Person", field: "household", list: false },
    idOf: (fixture) => fixture.immigrant.id,
    values: (fixture) => ({ householdNumber: fixture.householdNumber, address: address(fixture) }),
  },
  {
    subgraph: "household", typeName: "ConsentInquiry", scopedBy: "ConsentInquiry", root: "consentInquiry", operation: "Query.consentInquiry", entity: "ConsentInquiry",
    idOf: (fixture) => fixture.consentInquiryId,
    values: (fixture) => ({
      respondentName: fixture.spouse.name, homePhone: "02-2345-6789", mobilePhone: "0933-111-222", workPhone: null, fax: null, email: "family@example.tw",
      officeRemarks: null, residenceCity: null, visitAddress: address(fixture), householdAddress: address(fixture), newImmigrantPhone: null,
      contactAddress: FIXTURE_CONTACT_ADDRESS,
    }),
  },
  {
    subgraph: "district", typeName: "CareCase", scopedBy: "CareCase", root: "careCase", operation: "Query.careCase", entity: "CareCase",
    idOf: (fixture) => fixture.careCaseId,
    // The fixture case was never returned for correction nor withdrawn (A6): no reason to read.
    values: () => ({ neighbourhood: 7, returnReason: null, withdrawalReason: null }),
  },
  {
    subgraph: "district", typeName: "VisitRecord", scopedBy: "CareCase", root: "careCase", operation: "Query.careCase", entity: "CareCase",
    link: { typeName: "CareCase", field: "visitRecord", list: false },
    idOf: (fixture) => fixture.careCaseId,
    values: (fixture) => ({ ...fixture.visitRecord, mattersRaised: "需要通譯協助", needsOther: null }),
  },
  {
    subgraph: "district", typeName: "UrgentReport", scopedBy: "CareCase", root: "careCase", operation: "Query.careCase", entity: "CareCase",
    link: { typeName: "CareCase", field: "urgentReports", list: true },
    idOf: (fixture) => fixture.careCaseId,
    values: (fixture) => ({ reporterName: fixture.urgentReport.reporterName, recipientName: fixture.urgentReport.recipientName, summary: fixture.urgentReport.summary }),
  },
  {
    // Issue #8: the district's own record of the referral it sent (the social one is sent first).
    subgraph: "district", typeName: "CaseReferral", scopedBy: "CareCase", root: "careCase", operation: "Query.careCase", entity: "CareCase",
    link: { typeName: "CareCase", field: "referrals", list: true },
    idOf: (fixture) => fixture.careCaseId,
    values: () => ({ needs: [...FIXTURE_REFERRALS.SOCIAL_WELFARE_BUREAU], description: FIXTURE_REFERRALS.description }),
  },
  {
    subgraph: "social", typeName: "SocialReferral", scopedBy: "SocialReferral", root: "socialReferral", operation: "Query.socialReferral", entity: "SocialReferral",
    idOf: (fixture) => fixture.socialReferralId,
    values: () => ({ needs: ["FAMILY_RELATIONSHIP"], description: "家暴與產後需求", ...REFERRAL_CONTACT }),
  },
  {
    subgraph: "social", typeName: "SocialServiceRecord", scopedBy: "SocialReferral", root: "socialReferral", operation: "Query.socialReferral", entity: "SocialReferral",
    link: { typeName: "SocialReferral", field: "services", list: true },
    idOf: (fixture) => fixture.socialReferralId,
    values: () => ({ summary: "社工訪視並擬定安全計畫" }),
  },
  {
    subgraph: "health", typeName: "HealthReferral", scopedBy: "HealthReferral", root: "healthReferral", operation: "Query.healthReferral", entity: "HealthReferral",
    idOf: (fixture) => fixture.healthReferralId,
    values: () => ({ needs: ["PRENATAL_POSTNATAL"], description: "家暴與產後需求", ...REFERRAL_CONTACT }),
  },
  {
    subgraph: "health", typeName: "HealthServiceRecord", scopedBy: "HealthReferral", root: "healthReferral", operation: "Query.healthReferral", entity: "HealthReferral",
    link: { typeName: "HealthReferral", field: "services", list: true },
    idOf: (fixture) => fixture.healthReferralId,
    values: () => ({ summary: "產後衛教" }),
  },
  {
    subgraph: "civil-affairs", typeName: "CivilAffairsReferral", scopedBy: "CivilAffairsReferral", root: "civilAffairsReferral", operation: "Query.civilAffairsReferral",
    entity: "CivilAffairsReferral",
    idOf: (fixture) => fixture.civilAffairsReferralId,
    values: () => ({ needs: ["INTERPRETING"], description: "家暴與產後需求", ...REFERRAL_CONTACT }),
  },
  {
    subgraph: "civil-affairs", typeName: "CivilAffairsServiceRecord", scopedBy: "CivilAffairsReferral", root: "civilAffairsReferral", operation: "Query.civilAffairsReferral",
    entity: "CivilAffairsReferral",
    link: { typeName: "CivilAffairsReferral", field: "services", list: true },
    idOf: (fixture) => fixture.civilAffairsReferralId,
    values: () => ({ summary: FIXTURE_CIVIL_AFFAIRS_SUMMARY }),
  },
  {
    // Issue #9 (A11): 民政局's onward referral, reached through its case.
    subgraph: "civil-affairs", typeName: "OnwardReferral", scopedBy: "CivilAffairsReferral", root: "civilAffairsReferral", operation: "Query.civilAffairsReferral",
    entity: "CivilAffairsReferral",
    link: { typeName: "CivilAffairsReferral", field: "onwardReferrals", list: true },
    idOf: (fixture) => fixture.civilAffairsReferralId,
    values: () => ({ ...ONWARD }),
  },
  {
    // Issue #9 (A9, A10): a partner agency's referral, hosted by 民政局's subgraph.
    subgraph: "civil-affairs", typeName: "PartnerReferral", scopedBy: "PartnerReferral", root: "partnerReferral", operation: "Query.partnerReferral", entity: "PartnerReferral",
    idOf: (fixture) => fixture.partnerReferralId,
    values: () => ({ needs: [...FIXTURE_REFERRALS.LABOUR_BUREAU], description: FIXTURE_REFERRALS.description, ...REFERRAL_CONTACT }),
  },
  {
    subgraph: "civil-affairs", typeName: "PartnerServiceRecord", scopedBy: "PartnerReferral", root: "partnerReferral", operation: "Query.partnerReferral", entity: "PartnerReferral",
    link: { typeName: "PartnerReferral", field: "services", list: true },
    idOf: (fixture) => fixture.partnerReferralId,
    values: () => ({ summary: PARTNER_SUMMARY }),
  },
  {
    // Issue #12: social's child-care case and what hangs on it (its notices, B3's matching, the police's FOUND).
    subgraph: "social", typeName: "ChildCareCase", scopedBy: "ChildCareCase", root: "childCareCase", operation: "Query.childCareCase", entity: "ChildCareCase",
    idOf: (fixture) => fixture.childCare.caseId,
    values: (fixture) => {
      const { idNumber, childName, birthDate, motherName, motherIdNumber, assessment, treatment, reviewNote } = fixture.childCare.values;
      return { idNumber, childName, birthDate, motherName, motherIdNumber, assessment, treatment, reviewNote };
    },
  },
  {
    subgraph: "social", typeName: "ChildCareNotice", scopedBy: "ChildCareCase", root: "childCareCase", operation: "Query.childCareCase", entity: "ChildCareCase",
    link: { typeName: "ChildCareCase", field: "notices", list: true },
    idOf: (fixture) => fixture.childCare.caseId,
    values: (fixture) => {
      const { idNumber, childName, birthDate, motherName } = fixture.childCare.values;
      return { idNumber, childName, birthDate, motherName };
    },
  },
  {
    subgraph: "social", typeName: "ChildCareRecordMatch", scopedBy: "ChildCareCase", root: "childCareCase", operation: "Query.childCareCase", entity: "ChildCareCase",
    link: { typeName: "ChildCareCase", field: "recordMatches", list: true },
    idOf: (fixture) => fixture.childCare.caseId,
    values: (fixture) => ({ note: fixture.childCare.values.matchNote }),
  },
  {
    subgraph: "social", typeName: "ChildFound", scopedBy: "ChildCareCase", root: "childCareCase", operation: "Query.childCareCase", entity: "ChildCareCase",
    link: { typeName: "ChildCareCase", field: "found", list: true },
    idOf: (fixture) => fixture.childCare.caseId,
    values: (fixture) => ({ location: fixture.childCare.values.location }),
  },
  {
    // Issue #12 (B10): social's copy of a child-protection report on the case, for the unit that received it (the holding unit).
    subgraph: "social", typeName: "ChildProtectionReport", scopedBy: "ChildCareCase", root: "childCareCase", operation: "Query.childCareCase", entity: "ChildCareCase",
    link: { typeName: "ChildCareCase", field: "protectionReports", list: true },
    idOf: (fixture) => fixture.childCare.caseId,
    values: (fixture) => ({ reporterName: fixture.childCare.values.reporterName, summary: fixture.childCare.values.reportSummary }),
  },
  {
    // Issue #12 (B2): the police's copy of the child and whom to contact, and what the officers found. The persons to
    // contact (SearchContact, ExOfficioContact: no id of their own) are checked whole, as the `contacts` field of their record.
    subgraph: "police", typeName: "SearchRequest", scopedBy: "SearchRequest", root: "searchRequest", operation: "Query.searchRequest", entity: "SearchRequest",
    idOf: (fixture) => fixture.searchRequestId,
    values: (fixture) => ({
      childIdNumber: fixture.exOfficioChildIdNumber, childName: EX_OFFICIO.childName, childBirthDate: EX_OFFICIO.childBirthDate, childSex: EX_OFFICIO.childSex,
      motherName: EX_OFFICIO.motherName, motherIdNumber: null, contacts: [EX_OFFICIO.contact], visitNote: EX_OFFICIO.visitNote, officerName: EX_OFFICIO.officerName, ...EX_OFFICIO.found,
    }),
  },
  {
    // Issue #12 (B2): the office's record, with the police's reply on it.
    subgraph: "household", typeName: "ExOfficioRecord", scopedBy: "ExOfficioRecord", root: "exOfficioRecord", operation: "Query.exOfficioRecord", entity: "ExOfficioRecord",
    idOf: (fixture) => fixture.exOfficioRecordId,
    values: () => ({
      investigation: EX_OFFICIO.investigation, nhiaContactAddress: null, motherName: EX_OFFICIO.motherName, motherIdNumber: null, contacts: [EX_OFFICIO.contact], ...EX_OFFICIO.found,
    }),
  },
  {
    // Issue #12 (B2): the district's reply, on the office's record.
    subgraph: "household", typeName: "ExOfficioFollowUpReply", scopedBy: "ExOfficioRecord", root: "exOfficioRecord", operation: "Query.exOfficioRecord", entity: "ExOfficioRecord",
    link: { typeName: "ExOfficioRecord", field: "followUpReply", list: false },
    idOf: (fixture) => fixture.exOfficioRecordId,
    values: () => ({ met: EX_OFFICIO.followUp.met, whereabouts: EX_OFFICIO.followUp.whereabouts, note: EX_OFFICIO.followUp.note }),
  },
  {
    // Issue #12 (B2): the district's copy of the child and whom to contact, the assignment and the follow-up.
    subgraph: "district", typeName: "FollowUpRequest", scopedBy: "FollowUpRequest", root: "followUpRequest", operation: "Query.followUpRequest", entity: "FollowUpRequest",
    idOf: (fixture) => fixture.followUpRequestId,
    values: (fixture) => ({
      childIdNumber: fixture.exOfficioChildIdNumber, childName: EX_OFFICIO.childName, childBirthDate: EX_OFFICIO.childBirthDate, childSex: EX_OFFICIO.childSex,
      motherName: EX_OFFICIO.motherName, motherIdNumber: null, contacts: [EX_OFFICIO.contact], assignedOfficerId: MATRIX_VILLAGE_OFFICER, ...EX_OFFICIO.followUp,
    }),
  },
  {
    // Issue #12 (B9): the district's follow-up on the child-care case's request.
    subgraph: "social", typeName: "ChildCareReply", scopedBy: "ChildCareCase", root: "childCareCase", operation: "Query.childCareCase", entity: "ChildCareCase",
    link: { typeName: "ChildCareCase", field: "replies", list: true },
    idOf: (fixture) => fixture.childCare.caseId,
    values: (fixture) => ({ whereabouts: fixture.childCare.values.followUpWhereabouts, note: fixture.childCare.values.followUpNote }),
  },
];

/**
 * Issue #12 (B2): the district's clerk registers a child ex officio, whereabouts unknown; household's
 * outbox asks the district's precinct, whose officer visits and finds her; the police's outbox brings
 * the reply back onto the record. Each step by the role that does it.
 */
async function searchedChild(platform: TestPlatform, district: string, seed: string): Promise<Pick<MatrixCase, "exOfficioRecordId" | "searchRequestId" | "exOfficioChildIdNumber" | "followUpRequestId">> {
  const idNumber = generateNationalId(new SeededRandom(seed), Sex.FEMALE, "A");
  const { recordExOfficioBirth } = dataOf(
    await platform.query<{ recordExOfficioBirth: { id: string } }>(`mutation($input: ExOfficioBirthInput!) { recordExOfficioBirth(input: $input) { id } }`, {
      role: Role.HOUSEHOLD_CLERK,
      org: district,
      variables: {
        input: {
          child: { name: EX_OFFICIO.childName, sex: EX_OFFICIO.childSex, birthDate: EX_OFFICIO.childBirthDate, idNumber },
          motherName: EX_OFFICIO.motherName, registeredOn: taipeiToday(), investigation: EX_OFFICIO.investigation, whereabouts: "UNKNOWN", leftCountry: false,
          contacts: [EX_OFFICIO.contact],
        },
      },
    }),
  );
  await platform.runJob("household", "outbox-dispatch");
  const police = { role: Role.POLICE_OFFICER, org: precinctsOfDistrict(district)[0].code };
  const { searchRequests } = dataOf(
    await platform.query<{ searchRequests: { edges: { node: { id: string; childIdNumber: string } }[] } }>(`query { searchRequests(first: 200) { edges { node { id childIdNumber } } } }`, police),
  );
  const searchRequestId = searchRequests.edges.find(({ node }) => node.childIdNumber === idNumber)?.node.id ?? "";
  const today = taipeiToday();
  dataOf(
    await platform.query(`mutation($input: SearchVisitInput!) { recordSearchVisit(input: $input) { id } }`, {
      ...police,
      variables: { input: { searchRequestId, visitedOn: today, note: EX_OFFICIO.visitNote, officerName: EX_OFFICIO.officerName } },
    }),
  );
  dataOf(
    await platform.query(`mutation($input: SearchResultInput!) { recordSearchResult(input: $input) { id } }`, {
      ...police,
      variables: { input: { searchRequestId, outcome: "FOUND", resultOn: today, officerName: EX_OFFICIO.officerName, ...EX_OFFICIO.found } },
    }),
  );
  await platform.runJob("police", "outbox-dispatch");
  const followUpRequestId = await followedUpChild(platform, district, idNumber);
  return { exOfficioRecordId: recordExOfficioBirth.id, searchRequestId, exOfficioChildIdNumber: idNumber, followUpRequestId };
}

/** Issue #12 (B2): 人文課 of the district assigns the office's follow-up to the matrix's 里幹事, who meets the child; the district's outbox replies to the office. */
async function followedUpChild(platform: TestPlatform, district: string, idNumber: string): Promise<string> {
  const office = { role: Role.DISTRICT_CASE_OFFICER, org: district };
  const { followUpRequests } = dataOf(
    await platform.query<{ followUpRequests: { edges: { node: { id: string; childIdNumber: string } }[] } }>(`query { followUpRequests(first: 200) { edges { node { id childIdNumber } } } }`, office),
  );
  const id = followUpRequests.edges.find(({ node }) => node.childIdNumber === idNumber)?.node.id ?? "";
  const { assignedOfficerName, met, whereabouts, note, recordedBy } = EX_OFFICIO.followUp;
  dataOf(
    await platform.query(`mutation($id: ID!, $officer: String!, $name: String!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: $officer, officerName: $name) { id } }`, {
      ...office,
      variables: { id, officer: MATRIX_VILLAGE_OFFICER, name: assignedOfficerName },
    }),
  );
  dataOf(
    await platform.query(`mutation($input: FollowUpResultInput!) { recordFollowUpResult(input: $input) { id } }`, {
      ...office,
      variables: { input: { followUpRequestId: id, met, followedUpOn: taipeiToday(), whereabouts, note, officerName: recordedBy } },
    }),
  );
  await platform.runJob("district", "outbox-dispatch");
  return id;
}

/**
 * The fixture case with 勞動局's box ticked too, its partner referral served by 勞動局's officer and
 * 民政局's case referred onward with an outcome (issue #9), each by the role that does it.
 */
async function createMatrixCase(platform: TestPlatform, district: string, village: string, seed: string): Promise<MatrixCase> {
  const fixture = await createReferredCase(platform, district, village, seed, { needs: ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU"] });
  const today = taipeiToday();
  const { careCase } = dataOf(
    await platform.query<{ careCase: { partnerReferrals: { id: string }[] } }>(`query($id: ID!) { careCase(id: $id) { partnerReferrals { id } } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: district,
      variables: { id: fixture.careCaseId },
    }),
  );
  const [partner] = careCase.partnerReferrals;
  dataOf(
    await platform.query(`mutation($input: PartnerServiceInput!) { recordPartnerService(input: $input) { id } }`, {
      role: Role.PARTNER_AGENCY_OFFICER,
      org: LABOUR,
      variables: { input: { referralId: partner.id, servedOn: today, mode: "PHONE", summary: PARTNER_SUMMARY, officerName: "就業服務員丁" } },
    }),
  );
  const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
  const { referOnward } = dataOf(
    await platform.query<{ referOnward: { id: string } }>(`mutation($input: ReferOnwardInput!) { referOnward(input: $input) { id } }`, {
      ...bureau,
      variables: { input: { referralId: fixture.civilAffairsReferralId, target: "taipei.national-immigration-agency", targetKind: "CENTRAL_AGENCY", referredOn: today, note: ONWARD.note } },
    }),
  );
  dataOf(
    await platform.query(`mutation($id: ID!, $outcome: String!, $on: LocalDate!) { recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $on) { id } }`, {
      ...bureau,
      variables: { id: referOnward.id, outcome: ONWARD.outcome, on: today },
    }),
  );
  const childCare = await createChildCareCase(platform, district, carePointUnitOf(district), seed);
  return { ...fixture, partnerReferralId: partner.id, childCare, ...(await searchedChild(platform, district, `${seed}-ex-officio`)) };
}

const TABLES = new Map<string, AccessTable>();

function tableOf(subgraph: string): AccessTable {
  const table = TABLES.get(subgraph) ?? readAccessTable(subgraph);
  TABLES.set(subgraph, table);
  return table;
}

/** The personal fields the test knows values for (an address object needs a selection). */
function selectionOf(target: Target, fixture: MatrixCase): string {
  const fields = Object.entries(target.values(fixture)).map(([field, value]) => {
    if (Array.isArray(value) && typeof value[0] === "object" && value[0] !== null) {
      // Issue #12: a list of persons to contact, selected by its own fields.
      return `${field} { ${Object.keys(value[0] as object).join(" ")} }`;
    }
    return typeof value === "object" && value !== null && !Array.isArray(value) ? `${field} ${ADDRESS_SELECTION}` : field;
  });
  return `id ${fields.join(" ")}`;
}

function masked(field: string, kind: string | undefined, value: unknown): unknown {
  if (kind === "address") {
    const masks = maskAddress({ districtCode: "", village: "", neighbourhood: null, road: "", section: null, lane: null, alley: null, number: "", floor: null });
    const original = value as Record<string, unknown>;
    return { districtCode: original.districtCode, village: original.village, road: masks.road, number: masks.number };
  }
  if (kind === undefined || typeof value !== "string") {
    throw new Error(`${field} is masked without a string masker`);
  }
  return (MASKS[kind as keyof typeof MASKS] as (input: string) => string)(value);
}

function forbiddenAt(errors: readonly GraphQLFormattedError[] | undefined, field: string): boolean {
  return (errors ?? []).some((error) => error.extensions?.code === "FORBIDDEN" && error.path !== undefined && error.path[error.path.length - 1] === field);
}

interface Observation {
  readonly row: Record<string, unknown> | null | undefined;
  readonly errors: readonly GraphQLFormattedError[] | undefined;
}

/** Asserts one role's view of one row against the committed table and the scope reading. */
function expectView(target: Target, role: Role, fixture: MatrixCase, observed: Observation, label: string): void {
  const table = tableOf(target.subgraph);
  const visible = inScope(target.scopedBy, role, fixture);
  const values = target.values(fixture);
  const text = JSON.stringify(observed.errors ?? []);
  for (const field of Object.keys(values)) {
    const grant = table.field(target.typeName, field, role);
    const access = visible ? grant.access : "deny";
    const actual = observed.row?.[field];
    const context = `${label} ${role} ${target.typeName}.${field}`;
    if (access === "deny") {
      expect({ context, value: actual ?? null }).toEqual({ context, value: null });
      if (observed.row !== null && observed.row !== undefined) {
        expect({ context, forbidden: forbiddenAt(observed.errors, field) }).toEqual({ context, forbidden: true });
      }
    } else if (access === "allow") {
      expect({ context, value: actual }).toEqual({ context, value: values[field] });
    } else {
      const original = values[field];
      expect({ context, value: actual }).toEqual({ context, value: original === null ? null : masked(field, grant.mask, original) });
    }
    // A denial names the path, never the value (issue #4).
    if (typeof values[field] === "string" && access !== "allow") {
      expect(text.includes(values[field] as string)).toBe(false);
    }
  }
}

describe("the access policy matrix", () => {
  let platform: TestPlatform;
  let home: MatrixCase;
  let away: MatrixCase;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 40, seed: "policy-matrix" });
    home = await createMatrixCase(platform, HOME, HOME_VILLAGE, "matrix-home");
    away = await createMatrixCase(platform, AWAY, AWAY_VILLAGE, "matrix-away");
    for (const role of ROLES) {
      tokens.set(role, await tokenFor(role, ORG[role], `matrix-${role.toLowerCase()}`, role === Role.VILLAGE_OFFICER ? [HOME_VILLAGE] : undefined));
    }
    // Two cases with every agency's part and a searched child each, through the gateway: past jest's default minute on a loaded machine.
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  const cases = TARGETS.flatMap((target) => ROLES.map((role) => [target.typeName, role, target] as const));

  it.each(TARGETS.map((target) => [target.typeName, target] as const))("should know a value for every field ACCESS.md marks personal in %s", (_typeName, target) => {
    // A personal field added to a type (and so to its ACCESS.md) must be added to this matrix too.
    expect(Object.keys(target.values(home)).sort()).toEqual(tableOf(target.subgraph).personalFields(target.typeName).sort());
  });

  it.each(cases)("should give %s to %s as ACCESS.md says, through the gateway", async (_typeName, role, target) => {
    const table = tableOf(target.subgraph);
    for (const [label, fixture] of [["home", home], ["away", away]] as const) {
      const selection = selectionOf(target, fixture);
      const inner = target.link === undefined ? selection : `id ${target.link.field} { ${selection} }`;
      const response = await postGraphQL<Record<string, Record<string, unknown> | null>>(
        platform.gatewayUrl,
        `query($id: ID!) { ${target.root}(id: $id) { ${inner} } }`,
        { token: tokens.get(role), variables: { id: target.idOf(fixture) }, headers: { "x-purpose": "policy matrix" } },
      );
      const root = response.data?.[target.root] ?? null;
      if (!table.mayCall(target.operation, role)) {
        expect(root).toBeNull();
        expect(forbiddenAt(response.errors, target.root)).toBe(true);
        continue;
      }
      let row: Record<string, unknown> | null | undefined = root;
      if (target.link !== undefined) {
        const parentVisible = inScope(target.link.typeName, role, fixture) && table.field(target.link.typeName, target.link.field, role).access !== "deny";
        const linked = root?.[target.link.field];
        if (!parentVisible) {
          expect(linked ?? null).toBeNull();
          expect(forbiddenAt(response.errors, target.link.field)).toBe(true);
          continue;
        }
        row = (Array.isArray(linked) ? linked[0] : linked) as Record<string, unknown> | null | undefined;
      }
      expectView(target, role, fixture, { row, errors: response.errors }, label);
    }
  });

  it.each(cases)("should give %s to %s as ACCESS.md says, through the subgraph's _entities", async (_typeName, role, target) => {
    const table = tableOf(target.subgraph);
    for (const [label, fixture] of [["home", home], ["away", away]] as const) {
      const selection = selectionOf(target, fixture);
      const inner = target.link === undefined ? selection : `${target.link.field} { ${selection} }`;
      const response = await postGraphQL<{ _entities: (Record<string, unknown> | null)[] }>(
        platform.subgraphUrl(target.subgraph),
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${target.entity} { ${inner} } } }`,
        { token: tokens.get(role), variables: { representations: [{ __typename: target.entity, id: target.idOf(fixture) }] } },
      );
      const entity = response.data?._entities?.[0] ?? null;
      let row: Record<string, unknown> | null | undefined = entity;
      if (target.link !== undefined) {
        const parentVisible = inScope(target.link.typeName, role, fixture) && table.field(target.link.typeName, target.link.field, role).access !== "deny";
        const linked = entity?.[target.link.field];
        if (!parentVisible) {
          expect(linked ?? null).toBeNull();
          continue;
        }
        row = (Array.isArray(linked) ? linked[0] : linked) as Record<string, unknown> | null | undefined;
      }
      expectView(target, role, fixture, { row, errors: response.errors }, `${label} _entities`);
    }
  });

  /**
   * Issue #12 (B12): programme B's statistics, on each agency's CareStatistics. No personal field, so
   * not among TARGETS: here the grant itself, read from ACCESS.md, must be the analyst's alone
   * (ARCHITECTURE's role table, written by hand), and each subgraph must enforce it on _entities.
   */
  const PROGRAMME_B_STATISTICS = [
    ["social", ["childCareChildren", "childCareExclusions", "childCareCases", "socialVisitTimeliness", "visitReportTimeliness"]],
    ["police", ["policeVisitTimeliness", "investigationReplyTimeliness"]],
    ["health", ["vaccinationCatchUpTimeliness", "vaccinationReferrals"]],
    ["district", ["followUpReplyTimeliness"]],
  ] as const;

  /**
   * Issue #12 (B5): the nurse's list of her centre's insurance statuses. Only the 公衛護士 lists them
   * (ARCHITECTURE's role table: her centre's children; written here by hand), as ACCESS.md must say,
   * and the gateway refuses every other role at the root (the matrix's cases hold no NHIA status:
   * the nurse's list answers empty; tests/gateway/insurance-statuses.test.ts pages real ones).
   */
  it.each(ROLES)("should let only the health nurse list insurance statuses (B5), as ACCESS.md says: %s", async (role) => {
    const nurse = role === Role.HEALTH_NURSE;
    expect(tableOf("health").mayCall("Query.insuranceStatuses", role)).toBe(nurse);
    const response = await postGraphQL<{ insuranceStatuses: { totalCount: number } | null }>(platform.gatewayUrl, `{ insuranceStatuses(first: 5) { totalCount } }`, {
      token: tokens.get(role),
      headers: { "x-purpose": "policy matrix" },
    });
    expect(forbiddenAt(response.errors, "insuranceStatuses")).toBe(!nurse);
    expect(response.data?.insuranceStatuses ?? null).toEqual(nurse ? { totalCount: 0 } : null);
  });

  /**
   * Issue #12 (B8): household's feed runs (戶政司's list of children whose whereabouts are unknown):
   * counts and codes for the office's clerks only (written here by hand), as ACCESS.md must say;
   * the gateway refuses every other role at the root (no run yet: the clerk's list answers empty).
   */
  it.each(ROLES)("should let only the household clerk read household's feed runs (B8), as ACCESS.md says: %s", async (role) => {
    const clerk = role === Role.HOUSEHOLD_CLERK;
    expect(tableOf("household").mayCall("Query.householdFeedRuns", role)).toBe(clerk);
    const response = await postGraphQL<{ householdFeedRuns: { id: string }[] | null }>(platform.gatewayUrl, `{ householdFeedRuns(first: 5) { id } }`, {
      token: tokens.get(role),
      headers: { "x-purpose": "policy matrix" },
    });
    expect(forbiddenAt(response.errors, "householdFeedRuns")).toBe(!clerk);
    expect(response.data?.householdFeedRuns ?? null).toEqual(clerk ? [] : null);
  });

  it.each(PROGRAMME_B_STATISTICS.flatMap(([subgraph, fields]) => ROLES.map((role) => [subgraph, role, fields] as const)))(
    "should give %s's programme B statistics to %s only if the analyst, as ACCESS.md says, through _entities",
    async (subgraph, role, fields) => {
      const table = tableOf(subgraph);
      const analyst = role === Role.CIVIL_AFFAIRS_ANALYST;
      expect(fields.map((field) => [field, table.field("CareStatistics", field, role).access])).toEqual(fields.map((field) => [field, analyst ? "allow" : "deny"]));
      const response = await postGraphQL<{ _entities: (Record<string, unknown> | null)[] }>(
        platform.subgraphUrl(subgraph),
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on CareStatistics { ${fields.map((field) => `${field} { total { count suppressed } }`).join(" ")} } } }`,
        { token: tokens.get(role), variables: { representations: [{ __typename: "CareStatistics", id: "2027-05-01/2027-05-31/UNIT" }] } },
      );
      for (const field of fields) {
        expect({ field, forbidden: forbiddenAt(response.errors, field) }).toEqual({ field, forbidden: !analyst });
      }
      if (analyst) {
        expect(response.errors).toBeUndefined();
      }
    },
  );
});
