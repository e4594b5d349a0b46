import { generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { Sex } from "../../shared/domain/enums";
import { villagesOf } from "../../shared/domain/villages";
import { GraphQLResponse } from "./graphql";
import { TestPlatform } from "./platform";

/**
 * The office's steps through the gateway, by the clerk (issue #8): a form (附件1) recorded "today"
 * on the platform's clock and the day's forms handed over as 附件3 ledgers, for tests of what
 * follows (the ledger, corrections, the office's inbox).
 */
function must<Data>(step: string, response: GraphQLResponse<Data>): Data {
  if (response.errors !== undefined || response.data === undefined || response.data === null) {
    throw new Error(`${step} failed: ${JSON.stringify(response.errors?.map((error) => error.extensions?.code))}`);
  }
  return response.data;
}

export interface RecordedForm {
  readonly inquiryId: string;
  readonly personId: string;
}

export type FormDecision = "HOME_VISIT" | "PHONE_VISIT" | "DECLINED";

export interface RegisteredImmigrant {
  readonly personId: string;
  readonly idNumber: string;
}

/** The clerk of `office` registers a household of its district and 劉女士, a new immigrant, in it (the persons a form names). */
export async function registerNewImmigrant(platform: TestPlatform, rng: SeededRandom, office: string): Promise<RegisteredImmigrant> {
  const clerk = { role: Role.HOUSEHOLD_CLERK, org: office };
  const village = villagesOf(office)[0];
  const prefix = TAIPEI_DISTRICTS.find((district) => district.code === office)?.householdNumberPrefix ?? "";
  const { registerHousehold } = must(
    "registerHousehold",
    await platform.query<{ registerHousehold: { id: string } }>(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
      ...clerk,
      variables: { input: { householdNumber: `${prefix}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`, address: { districtCode: office, village, neighbourhood: 3, road: "測試路", number: "5" } } },
    }),
  );
  const idNumber = generateResidentCertificateNumber(rng, Sex.FEMALE);
  const { registerPerson } = must(
    "registerPerson",
    await platform.query<{ registerPerson: { id: string } }>(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
      ...clerk,
      variables: { input: { name: "劉女士", idNumber, sex: "FEMALE", birthDate: "1985-03-04", originCountry: "MAINLAND_HK_MACAU", householdId: registerHousehold.id } },
    }),
  );
  return { personId: registerPerson.id, idNumber };
}

/** The clerk of `office` records a household, 劉女士 in it, her own move and its 附件1 on `today`; the visit address in `visitDistrict`. */
export async function recordForm(
  platform: TestPlatform,
  rng: SeededRandom,
  office: string,
  today: string,
  decision: FormDecision,
  visitDistrict: string = office,
): Promise<RecordedForm> {
  const clerk = { role: Role.HOUSEHOLD_CLERK, org: office };
  const registerPerson = { id: (await registerNewImmigrant(platform, rng, office)).personId };
  const visitAddress = visitDistrict === office ? undefined : { districtCode: visitDistrict, village: villagesOf(visitDistrict)[0], neighbourhood: 2, road: "訪視路", number: "8" };
  const { recordRegistration } = must(
    "recordRegistration",
    await platform.query<{ recordRegistration: { consentInquiry: { id: string } } }>(
      `mutation($input: RecordRegistrationInput!) { recordRegistration(input: $input) { consentInquiry { id } } }`,
      {
        ...clerk,
        variables: {
          input: {
            // A13: she registers her own move.
            caseType: "MOVE",
            registeredOn: today,
            registrantId: registerPerson.id,
            newImmigrantId: registerPerson.id,
            consentInquiry: {
              respondentName: "劉女士",
              respondentHonorific: "MS",
              mobilePhone: "0912-000-111",
              decision,
              visitAddress,
              immigrantConsents: decision !== "DECLINED",
              immigrantAcceptsMaterials: true,
              appliedOn: today,
              clerkName: "戶政承辦",
              clerkPhone: "02-2341-0000",
            },
          },
        },
      },
    ),
  );
  return { inquiryId: recordRegistration.consentInquiry.id, personId: registerPerson.id };
}

/** The clerk hands the office's consenting forms of `date` over (附件3) and household's outbox delivers them (D3); the ledgers' ids. */
export async function handOverAndDeliver(platform: TestPlatform, office: string, date: string): Promise<string[]> {
  const { handOverConsentInquiries } = must(
    "handOverConsentInquiries",
    await platform.query<{ handOverConsentInquiries: { id: string }[] }>(`mutation($date: LocalDate!) { handOverConsentInquiries(date: $date) { id } }`, {
      role: Role.HOUSEHOLD_CLERK,
      org: office,
      variables: { date },
    }),
  );
  await platform.runJob("household", "outbox-dispatch");
  return handOverConsentInquiries.map((ledger) => ledger.id);
}

/** The district's case that a handed-over form opened, as 人文課 of `district` reads it. */
export async function caseOfForm(platform: TestPlatform, district: string, inquiryId: string): Promise<string> {
  const { consentInquiry } = must(
    "consentInquiry",
    await platform.query<{ consentInquiry: { careCase: { id: string } } }>(`query($id: ID!) { consentInquiry(id: $id) { careCase { id } } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: district,
      variables: { id: inquiryId },
    }),
  );
  return consentInquiry.careCase.id;
}

/** 人文課 returns the case for correction (A6) and the district's outbox delivers the return to household. */
export async function returnAndDeliver(platform: TestPlatform, district: string, careCaseId: string, reason = "里別誤填"): Promise<void> {
  must(
    "returnCaseForCorrection",
    await platform.query(`mutation($id: ID!, $reason: String!) { returnCaseForCorrection(careCaseId: $id, reason: $reason) { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: district,
      variables: { id: careCaseId, reason },
    }),
  );
  await platform.runJob("district", "outbox-dispatch");
}

/** Offices with no demo-data form in the month (`2016-06`), so a day's ledger or inbox holds only what a test records. */
export function officesFreeIn(platform: TestPlatform, month: string): string[] {
  const busy = new Set(platform.data.consentInquiries.filter((inquiry) => inquiry.appliedOn.startsWith(month)).map((inquiry) => inquiry.officeCode));
  return TAIPEI_DISTRICTS.map((district) => district.code).filter((code) => !busy.has(code));
}
