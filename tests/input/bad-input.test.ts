import { generateNationalId, generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { acknowledge } from "../support/district-work";
import { errorCodes, GraphQLResponse } from "../support/graphql";
import { caseOfForm, handOverAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #7: bad input writes nothing. Each case of the corpus is sent through the gateway as a
 * new user would; it must be refused with the expected code, never INTERNAL_SERVER_ERROR, must not
 * echo the value it refuses, and must leave every table of household and district as it was.
 *
 * Today is 2026-12-01 in Taipei (fake clock, 11:00 local). Case B was handed over on 2026-11-20
 * and visited (somebody met) on 2026-11-25; case O was handed over today and not visited yet.
 */
const NOW = new Date("2026-12-01T03:00:00Z");
const TODAY = "2026-12-01";
const TOMORROW = "2026-12-02";
const ZHONGZHENG = "63000050";
const VILLAGE = "文北里";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
/** Issue #8: the ledger intake is household's service's, acting for the clerk (D3). */
const clerkViaHousehold = { ...clerk, through: "household" };

/** Identity numbers with valid check digits, so a refusal is for the field under test, not the ID. */
const ids = new SeededRandom("bad-input-ids");
const nationalId = (): string => generateNationalId(ids, Sex.MALE);
const residentNumber = (): string => generateResidentCertificateNumber(ids, Sex.FEMALE);
const SPARE_IDS = [nationalId(), nationalId(), residentNumber()] as const;

const REGISTER_HOUSEHOLD = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`;
const REGISTER_PERSON = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id mobilePhone } }`;
const RECORD_REGISTRATION = `mutation($input: RecordRegistrationInput!) { recordRegistration(input: $input) { id consentInquiry { id } } }`;
const LEDGER = `mutation($input: HandoverLedgerInput!) { receiveHandoverLedger(input: $input) { id } }`;
const ATTEMPT = `mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id status closure } }`;
const DRAFT_RECORD = `mutation($input: VisitRecordInput!) { draftVisitRecord(input: $input) { id } }`;

interface OpenCase {
  readonly careCaseId: string;
  readonly consentInquiryId: string;
  readonly immigrantId: string;
  readonly spouseId: string;
  readonly householdId: string;
}

function must<Data>(step: string, response: GraphQLResponse<Data>): Data {
  if (response.errors !== undefined || response.data === undefined || response.data === null) {
    throw new Error(`${step} failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** A family registered today by the 中正 office, handed over and acknowledged (A1–A4). */
async function openCase(platform: TestPlatform, householdNumber: string, day: string): Promise<OpenCase> {
  const { registerHousehold } = must(
    "registerHousehold",
    await platform.query<{ registerHousehold: { id: string } }>(REGISTER_HOUSEHOLD, {
      ...clerk,
      variables: { input: { householdNumber, address: { districtCode: ZHONGZHENG, village: VILLAGE, neighbourhood: 3, road: "重慶南路", section: 1, number: "8" } } },
    }),
  );
  const person = async (input: Record<string, unknown>): Promise<string> =>
    must("registerPerson", await platform.query<{ registerPerson: { id: string } }>(REGISTER_PERSON, { ...clerk, variables: { input: { ...input, householdId: registerHousehold.id } } }))
      .registerPerson.id;
  const spouseId = await person({ name: "王大明", sex: "MALE", birthDate: "1985-01-02", idNumber: nationalId() });
  const immigrantId = await person({ name: "黎氏花", sex: "FEMALE", birthDate: "1995-03-04", idNumber: residentNumber(), originCountry: "VIETNAM" });
  const { recordRegistration } = must(
    "recordRegistration",
    await platform.query<{ recordRegistration: { consentInquiry: { id: string } } }>(RECORD_REGISTRATION, {
      ...clerk,
      variables: {
        input: {
          caseType: "MARRIAGE",
          registeredOn: day,
          registrantId: spouseId,
          newImmigrantId: immigrantId,
          newImmigrantRelation: "REGISTRANT_SPOUSE",
          consentInquiry: {
            respondentName: "王大明", respondentHonorific: "MR", decision: "HOME_VISIT", immigrantConsents: true, immigrantAcceptsMaterials: true,
            appliedOn: day, clerkName: "戶政承辦", clerkPhone: "02-2341-0000",
          },
        },
      },
    }),
  );
  const consentInquiryId = recordRegistration.consentInquiry.id;
  // Issue #8: the office hands the day over as a ledger (A4, D3); 人文課 acknowledges it.
  await handOverAndDeliver(platform, ZHONGZHENG, day);
  const careCaseId = await caseOfForm(platform, ZHONGZHENG, consentInquiryId);
  await acknowledge(platform, ZHONGZHENG, careCaseId);
  return { careCaseId, consentInquiryId, immigrantId, spouseId, householdId: registerHousehold.id };
}

/** A one-form 附件3 ledger as household's dispatcher would post it (D3), with the entry's fields overridden. */
function ledger(clientKey: string, consentInquiryId: string, personId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    input: {
      clientKey, ledgerId: "00000000-0000-4000-8000-00000000b001", office: ZHONGZHENG, receivingDistrict: ZHONGZHENG, ledgerDate: TODAY, handedOverAt: NOW.toISOString(),
      entries: [
        { consentInquiryId, personId, caseType: "MARRIAGE", visitDistrict: ZHONGZHENG, village: VILLAGE, neighbourhood: 3, householdDistrict: ZHONGZHENG, requestedMode: "HOME", appliedOn: TODAY, ...overrides },
      ],
    },
  };
}

interface Fixtures {
  readonly referred: ReferredCase;
  /** Handed over 2026-11-20, visited (met) 2026-11-25, no record yet. */
  readonly visited: OpenCase;
  /** Handed over today, no attempt yet. */
  readonly fresh: OpenCase;
}

interface BadInput {
  readonly name: string;
  readonly as: { role: Role; org: string };
  readonly query: string;
  readonly variables?: (fixtures: Fixtures) => Record<string, unknown>;
  readonly expected: "BAD_USER_INPUT" | "FORBIDDEN" | "CONFLICT" | "NOT_FOUND";
  /** A value the error must not echo (personal data or the caller's typing). */
  readonly secret?: string;
  /** The input field the refusal names: refused for the field under test, not another. */
  readonly field?: string;
}

const registration = (fixtures: Fixtures, overrides: Record<string, unknown>, inquiry: Record<string, unknown> = {}) => ({
  input: {
    caseType: "MOVE",
    registeredOn: TODAY,
    registrantId: fixtures.fresh.spouseId,
    newImmigrantId: fixtures.fresh.immigrantId,
    newImmigrantRelation: "REGISTRANT_SPOUSE",
    consentInquiry: {
      respondentName: "王大明", respondentHonorific: "MR", decision: "HOME_VISIT", immigrantConsents: true, immigrantAcceptsMaterials: true,
      appliedOn: TODAY, clerkName: "戶政承辦", clerkPhone: "02-2341-0000", ...inquiry,
    },
    ...overrides,
  },
});
const person = (overrides: Record<string, unknown>) => ({ input: { name: "測試者", sex: "FEMALE", birthDate: "1990-01-01", idNumber: SPARE_IDS[0], ...overrides } });
const household = (householdNumber: string, address: Record<string, unknown> = {}) => ({
  input: { householdNumber, address: { districtCode: ZHONGZHENG, village: VILLAGE, neighbourhood: 4, road: "重慶南路", section: 1, number: "20", ...address } },
});
const attempt = (careCaseId: string, attemptedOn: string) => ({ input: { careCaseId, attemptedOn, mode: "HOME", met: true } });
const record = (careCaseId: string, overrides: Record<string, unknown>) => ({
  input: { careCaseId, visitedOn: "2026-11-25", visitedPersonName: "黎氏花", visitedPersonAddress: "臺北市中正區重慶南路一段8號", outcome: "ALL_WELL", ...overrides },
});

const CORPUS: readonly BadInput[] = [
  // Impossible or malformed dates, as variables and as literals: BAD_USER_INPUT at the gateway.
  { name: "an impossible date (2026-02-30) in a variable", as: officer, query: ATTEMPT, variables: (f) => attempt(f.fresh.careCaseId, "2026-02-30"), expected: "BAD_USER_INPUT", secret: "2026-02-30" },
  { name: "a 13th month in a variable", as: officer, query: ATTEMPT, variables: (f) => attempt(f.fresh.careCaseId, "2026-13-01"), expected: "BAD_USER_INPUT", secret: "2026-13-01" },
  { name: "a word for a date", as: officer, query: ATTEMPT, variables: (f) => attempt(f.fresh.careCaseId, "yesterday"), expected: "BAD_USER_INPUT", secret: "yesterday" },
  { name: "an ROC date where the API takes Gregorian", as: officer, query: ATTEMPT, variables: (f) => attempt(f.fresh.careCaseId, "115-12-01"), expected: "BAD_USER_INPUT", secret: "115-12-01" },
  { name: "29 February of a common year", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, { registeredOn: "2026-02-29" }), expected: "BAD_USER_INPUT" },
  {
    name: "an impossible birth date as a literal", as: clerk, expected: "BAD_USER_INPUT", secret: "1990-02-30",
    query: `mutation { registerPerson(input: { name: "測試者", sex: FEMALE, birthDate: "1990-02-30", idNumber: "${SPARE_IDS[1]}" }) { id } }`,
  },
  {
    name: "an ROC date as a literal", as: officer, expected: "BAD_USER_INPUT",
    query: `mutation { recordVisitAttempt(input: { careCaseId: "00000000-0000-4000-8000-000000000001", attemptedOn: "115/12/01", mode: HOME, met: true }) { id } }`,
  },
  { name: "a number for a date", as: officer, query: ATTEMPT, variables: (f) => ({ input: { careCaseId: f.fresh.careCaseId, attemptedOn: 20261201, mode: "HOME", met: true } }), expected: "BAD_USER_INPUT" },

  // Dates of events that have happened cannot be in the future, nor before the case (R2, A4, A6–A8).
  { name: "a birth tomorrow", field: "birthDate", as: clerk, query: REGISTER_PERSON, variables: () => person({ birthDate: TOMORROW }), expected: "BAD_USER_INPUT" },
  { name: "a registration tomorrow", field: "registeredOn", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, { registeredOn: TOMORROW }, { appliedOn: TOMORROW }), expected: "BAD_USER_INPUT" },
  { name: "an application tomorrow", field: "consentInquiry.appliedOn", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { appliedOn: TOMORROW }), expected: "BAD_USER_INPUT" },
  { name: "an application before the registration (A1)", field: "consentInquiry.appliedOn", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, { registeredOn: TODAY }, { appliedOn: "2026-11-30" }), expected: "BAD_USER_INPUT" },
  { name: "a registration before the persons it names were born", field: "registeredOn", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, { registeredOn: "1984-06-01" }, { appliedOn: "1984-06-01" }), expected: "BAD_USER_INPUT" },
  { name: "a visit attempt tomorrow", field: "attemptedOn", as: officer, query: ATTEMPT, variables: (f) => attempt(f.fresh.careCaseId, TOMORROW), expected: "BAD_USER_INPUT" },
  { name: "a visit attempt before the hand-over (A4)", field: "attemptedOn", as: officer, query: ATTEMPT, variables: (f) => attempt(f.fresh.careCaseId, "2026-11-30"), expected: "BAD_USER_INPUT" },
  { name: "a visit attempt before the previous one", field: "attemptedOn", as: officer, query: ATTEMPT, variables: (f) => attempt(f.visited.careCaseId, "2026-11-24"), expected: "BAD_USER_INPUT" },
  { name: "a visit record's visit tomorrow", field: "visitedOn", as: officer, query: DRAFT_RECORD, variables: (f) => record(f.visited.careCaseId, { visitedOn: TOMORROW }), expected: "BAD_USER_INPUT" },
  { name: "a visit record on a day with no visit (A8)", field: "visitedOn", as: officer, query: DRAFT_RECORD, variables: (f) => record(f.visited.careCaseId, { visitedOn: "2026-11-22" }), expected: "BAD_USER_INPUT" },
  { name: "a visit record before the hand-over", field: "visitedOn", as: officer, query: DRAFT_RECORD, variables: (f) => record(f.visited.careCaseId, { visitedOn: "2026-11-19" }), expected: "BAD_USER_INPUT" },
  { name: "ALL_WELL with no visit recorded (A6, A8)", as: officer, query: DRAFT_RECORD, variables: (f) => record(f.fresh.careCaseId, { visitedOn: TODAY }), expected: "CONFLICT" },
  {
    name: "MISSED where no visit was missed (A7)", as: officer, query: DRAFT_RECORD, expected: "CONFLICT",
    variables: (f) => record(f.visited.careCaseId, { outcome: "MISSED", visitedOn: null, firstMissedOn: "2026-11-25" }),
  },
  // A9 (issue #9): the draft plans one referral per ticked box the platform refers, with that agency's own needs, and no other.
  ...(
    [
      ["a ticked 社會局 box without its referral", { needs: ["SOCIAL_WELFARE_BUREAU"] }],
      ["a referral to an agency whose box is not ticked", { needs: ["SOCIAL_WELFARE_BUREAU"], referrals: [{ target: "SOCIAL_WELFARE_BUREAU", needs: ["ECONOMIC"] }, { target: "HEALTH_BUREAU", needs: ["MEDICAL"] }] }],
      ["two referrals to one agency", { needs: ["SOCIAL_WELFARE_BUREAU"], referrals: [{ target: "SOCIAL_WELFARE_BUREAU", needs: ["ECONOMIC"] }, { target: "SOCIAL_WELFARE_BUREAU", needs: ["FAMILY_RELATIONSHIP"] }] }],
      ["a referral naming another agency's need", { needs: ["HEALTH_BUREAU"], referrals: [{ target: "HEALTH_BUREAU", needs: ["ECONOMIC"] }] }],
      ["a referral with no need", { needs: ["HEALTH_BUREAU"], referrals: [{ target: "HEALTH_BUREAU", needs: [] }] }],
      ["a referral from a record that needs nothing", { outcome: "ALL_WELL", referrals: [{ target: "HEALTH_BUREAU", needs: ["MEDICAL"] }] }],
    ] as const
  ).map(([name, overrides]): BadInput => ({
    name, field: "referrals", as: officer, query: DRAFT_RECORD, expected: "BAD_USER_INPUT",
    variables: (f) => record(f.visited.careCaseId, { outcome: "NEEDS_HELP", ...overrides }),
  })),

  // A ledger's form names a 里 and 鄰 of the receiving district (A2, A5), once (D3). Declined forms
  // never leave household (A3: tests/gateway/handover-ledger.test.ts); a retried ledger is one ledger (same file).
  { name: "a 里 of another district (A5)", field: "input.entries.0.village", as: clerkViaHousehold, query: LEDGER, variables: (f) => ledger("bad-input-village", f.fresh.consentInquiryId, f.fresh.immigrantId, { village: "青山里" }), expected: "BAD_USER_INPUT" },
  { name: "鄰 0", field: "input.entries.0.neighbourhood", as: clerkViaHousehold, query: LEDGER, variables: (f) => ledger("bad-input-neighbourhood", f.fresh.consentInquiryId, f.fresh.immigrantId, { neighbourhood: 0 }), expected: "BAD_USER_INPUT" },
  { name: "a visit address outside the receiving district (A5)", field: "input.entries.0.visitDistrict", as: clerkViaHousehold, query: LEDGER, variables: (f) => ledger("bad-input-district", f.fresh.consentInquiryId, f.fresh.immigrantId, { visitDistrict: "63000070" }), expected: "BAD_USER_INPUT" },
  { name: "a second hand-over of the same inquiry", as: clerkViaHousehold, query: LEDGER, variables: (f) => ledger("bad-input-second", f.fresh.consentInquiryId, f.fresh.immigrantId), expected: "CONFLICT" },
  {
    name: "a hand-over of a handed-over inquiry for another person", as: clerkViaHousehold, query: LEDGER, expected: "CONFLICT",
    variables: (f) => ledger("bad-input-other-person", f.fresh.consentInquiryId, f.visited.immigrantId),
  },

  // registerHousehold: the clerk's own district, its 戶號 letter, its 里, a 鄰 number.
  { name: "a 中正 clerk registering a 萬華 household", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("G0000001", { districtCode: "63000070", village: "青山里" }), expected: "FORBIDDEN" },
  { name: "another district's 戶號 letter", field: "householdNumber", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("G0000002"), expected: "BAD_USER_INPUT" },
  { name: "a malformed 戶號", field: "householdNumber", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E12"), expected: "BAD_USER_INPUT" },
  { name: "a 里 of another district", field: "address.village", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000003", { village: "青山里" }), expected: "BAD_USER_INPUT" },
  { name: "鄰 0 in an address", field: "address.neighbourhood", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000004", { neighbourhood: 0 }), expected: "BAD_USER_INPUT" },
  { name: "鄰 150 in an address", field: "address.neighbourhood", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000005", { neighbourhood: 150 }), expected: "BAD_USER_INPUT" },
  // Issue #9: 號 and 樓 take 之 as Taiwanese addresses do (12號之3, 5樓之1); other forms are refused.
  { name: "a 號 of words", field: "address.number", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000007", { number: "二十號" }), expected: "BAD_USER_INPUT" },
  { name: "a 號 ending in 之", field: "address.number", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000008", { number: "20之" }), expected: "BAD_USER_INPUT" },
  { name: "a 樓之 without a floor", field: "address.floorUnit", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000009", { floorUnit: 1 }), expected: "BAD_USER_INPUT" },
  { name: "a 樓之 of 0", field: "address.floorUnit", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000010", { floor: 5, floorUnit: 0 }), expected: "BAD_USER_INPUT" },
  { name: "a negative 巷", field: "address.lane", as: clerk, query: REGISTER_HOUSEHOLD, variables: () => household("E0000006", { lane: -3 }), expected: "BAD_USER_INPUT" },

  // Contact fields (附件1, 附件4): Taiwanese mobile, landline with area code, e-mail.
  { name: "an e-mail without a domain", field: "consentInquiry.email", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { email: "family@" }), expected: "BAD_USER_INPUT", secret: "family@" },
  { name: "an e-mail with two @", field: "consentInquiry.email", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { email: "a@b@example.tw" }), expected: "BAD_USER_INPUT" },
  { name: "a landline in the mobile box", field: "consentInquiry.mobilePhone", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { mobilePhone: "02-2345-6789" }), expected: "BAD_USER_INPUT", secret: "2345-6789" },
  { name: "a home phone without area code", field: "consentInquiry.homePhone", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { homePhone: "2345-6789" }), expected: "BAD_USER_INPUT" },
  { name: "a mobile number as fax", field: "consentInquiry.fax", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { fax: "0912-345-678" }), expected: "BAD_USER_INPUT" },
  { name: "a work phone of letters", field: "consentInquiry.workPhone", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { workPhone: "call me" }), expected: "BAD_USER_INPUT" },
  { name: "a clerk phone with an unknown area code", field: "consentInquiry.clerkPhone", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { clerkPhone: "01-2345-6789" }), expected: "BAD_USER_INPUT" },
  // Issue #9: 附件1's three boxes, the residence of a phone visit (R4), A1's trigger, the office block.
  { name: "the decision OTHER, which 附件1 does not have", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { decision: "OTHER" }), expected: "BAD_USER_INPUT" },
  { name: "a home visit outside Taipei (R4)", field: "consentInquiry.residenceCity", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { residenceCity: "新北市" }), expected: "BAD_USER_INPUT" },
  { name: "a residence in no city of Taiwan", field: "consentInquiry.residenceCity", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { decision: "PHONE_VISIT", residenceCity: "Osaka" }), expected: "BAD_USER_INPUT" },
  { name: "an inquiry at a registration that does not trigger one (A1)", field: "consentInquiry", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, { newImmigrantRelation: "OTHER_RELATIVE" }), expected: "BAD_USER_INPUT" },
  { name: "a spouse's registration without the relation (A1)", field: "newImmigrantRelation", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, { newImmigrantRelation: null }), expected: "BAD_USER_INPUT" },
  { name: "a contact address of 121 characters", field: "consentInquiry.contactAddress", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { contactAddress: "臺".repeat(121) }), expected: "BAD_USER_INPUT" },
  { name: "office remarks with a NUL character", field: "consentInquiry.officeRemarks", as: clerk, query: RECORD_REGISTRATION, variables: (f) => registration(f, {}, { officeRemarks: "需\u0000通譯" }), expected: "BAD_USER_INPUT" },
  { name: "a short mobile number", field: "mobilePhone", as: clerk, query: REGISTER_PERSON, variables: () => person({ mobilePhone: "0912-345" }), expected: "BAD_USER_INPUT", secret: "0912-345" },
  // Text a form cannot hold: a NUL would reach PostgreSQL as an encoding error (an INTERNAL_SERVER_ERROR).
  { name: "a name with a NUL character", as: clerk, query: REGISTER_PERSON, variables: () => person({ name: "測試\u0000者" }), expected: "BAD_USER_INPUT", field: "name" },
  { name: "an address with a control character", as: officer, query: DRAFT_RECORD, variables: (f) => record(f.visited.careCaseId, { visitedPersonAddress: "臺北市\u0007中正區" }), expected: "BAD_USER_INPUT", field: "visitedPersonAddress" },
  { name: "a visited person's phone of letters", field: "visitedPersonPhone", as: officer, query: DRAFT_RECORD, variables: (f) => record(f.visited.careCaseId, { visitedPersonPhone: "n/a" }), expected: "BAD_USER_INPUT" },
  // Issue #14 (tests/input/hostile-corpus.test.ts found these): text with no UTF-8 form, a date-time that is none, a NUL in a field that was not checked, a value echoed.
  { name: "a name with a lone surrogate", as: clerk, query: REGISTER_PERSON, variables: () => person({ name: "王\uD800明" }), expected: "BAD_USER_INPUT" },

  {
    name: "an urgent report at an impossible date-time", as: officer, expected: "BAD_USER_INPUT", secret: "2026-02-30",
    query: `mutation($input: UrgentReportInput!) { recordUrgentReport(input: $input) { id } }`,
    variables: (f) => ({ input: { clientKey: "bad-input-urgent", careCaseId: f.fresh.careCaseId, kind: "URGENT_PHONE_REPORT", target: "SOCIAL_BUREAU", reportedAt: "2026-02-30T10:00:00+08:00", reporterName: "里幹事" } }),
  },
  { name: "another country's name with a NUL", field: "originCountryOther", as: clerk, query: REGISTER_PERSON, variables: () => person({ originCountry: "OTHER", originCountryOther: "烏\u0000茲別克" }), expected: "BAD_USER_INPUT" },
  {
    name: "a ledger's remark with a NUL", field: "input.remark", as: clerkViaHousehold, query: LEDGER, expected: "BAD_USER_INPUT",
    variables: (f) => ({ input: { ...(ledger("bad-input-remark", f.fresh.consentInquiryId, f.fresh.immigrantId).input as Record<string, unknown>), remark: "補\u0000件" } }),
  },
  {
    name: "a box the form does not have, typed as markup", field: "needs", as: officer, query: DRAFT_RECORD, expected: "BAD_USER_INPUT", secret: "<script>",
    variables: (f) => record(f.visited.careCaseId, { outcome: "NEEDS_HELP", needs: ["<script>alert(1)</script>"] }),
  },
];

describe("bad input writes nothing (issue #7)", () => {
  let platform: TestPlatform;
  let fixtures: Fixtures;

  const TABLES: Readonly<Record<string, readonly string[]>> = {
    household: ["households", "persons", "registrations", "consent_inquiries"],
    district: ["care_cases", "visit_attempts", "visit_records", "visit_record_signatures", "case_referrals", "help_tasks", "outbox"],
  };

  /** Rows of every table of household and district, and each case's state: what a write would change. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const counts: Record<string, unknown> = {};
    for (const [subgraph, tables] of Object.entries(TABLES)) {
      const dataSource = platform.platform.subgraphs.get(subgraph)!.database.dataSource;
      for (const table of tables) {
        const rows: { count: string }[] = await dataSource.query(`SELECT count(*) AS count FROM "${subgraph}"."${table}"`);
        counts[`${subgraph}.${table}`] = Number(rows[0].count);
      }
    }
    const district = platform.platform.subgraphs.get("district")!.database.dataSource;
    counts.caseStates = await district.query(`SELECT id, status, closure, client_key, village, requested_mode FROM "district"."care_cases" ORDER BY id`);
    return counts;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 6, seed: "bad-input" });
    setFakeNow(new Date("2026-11-20T03:00:00Z"));
    const visited = await openCase(platform, "E7000001", "2026-11-20");
    setFakeNow(NOW);
    must("recordVisitAttempt", await platform.query(ATTEMPT, { ...officer, variables: attempt(visited.careCaseId, "2026-11-25") }));
    const fresh = await openCase(platform, "E7000002", TODAY);
    // Issue #8: the fixture hands over the office's whole day as a ledger; on a day of its own it takes only its own form.
    setFakeNow(new Date("2026-11-21T03:00:00Z"));
    const referred = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "bad-input-referred");
    setFakeNow(NOW);
    fixtures = { referred, visited, fresh };
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it.each(CORPUS.map((entry) => [entry.name, entry] as const))("should refuse %s and write nothing", async (_name, entry) => {
    const before = await snapshot();
    const response = await platform.query(entry.query, { ...entry.as, variables: entry.variables?.(fixtures) });
    expect(errorCodes(response)).toEqual([entry.expected]);
    if (entry.field !== undefined) {
      expect(response.errors?.[0].extensions?.field).toBe(entry.field);
    }
    if (entry.secret !== undefined) {
      expect(JSON.stringify(response.errors)).not.toContain(entry.secret);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("should store phone numbers in one form whatever separators were typed", async () => {
    const response = await platform.query<{ registerPerson: { mobilePhone: string } }>(REGISTER_PERSON, {
      ...clerk,
      variables: person({ idNumber: SPARE_IDS[2], mobilePhone: "+886 912 345 678", householdId: fixtures.fresh.householdId, originCountry: "THAILAND" }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerPerson.mobilePhone).toBe("0912-345-678");
  });

  it("should not close a case after two missed attempts on the same day, and close it after a miss on a second day (A7)", async () => {
    setFakeNow(new Date("2026-11-20T03:00:00Z"));
    const missed = await openCase(platform, "E7000003", "2026-11-20");
    setFakeNow(NOW);
    const miss = (on: string) => platform.query<{ recordVisitAttempt: { status: string; closure: string | null } }>(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { status closure } }`, {
      ...officer,
      variables: { input: { careCaseId: missed.careCaseId, attemptedOn: on, mode: "HOME", met: false } },
    });
    expect((await miss("2026-11-21")).data?.recordVisitAttempt).toEqual({ status: "OPEN", closure: null });
    expect((await miss("2026-11-21")).data?.recordVisitAttempt).toEqual({ status: "OPEN", closure: null });
    expect((await miss("2026-11-23")).data?.recordVisitAttempt).toEqual({ status: "CLOSED", closure: "TWO_MISSED_VISITS" });
  });
});
