import { generateNationalId, generateResidentCertificateNumber } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { Sex } from "../../shared/domain/enums";
import { villagesOf } from "../../shared/domain/villages";
import { dataOf } from "./graphql";
import { TestPlatform } from "./platform";

/**
 * Issue #12 (B7, R7): a birth registration on `today` by a mother of 19 (a new immigrant, so the
 * registration is on record, A1) at `office`, for tests of the survey 附表4 that follows.
 */
export async function teenBirthRegistration(platform: TestPlatform, rng: SeededRandom, office: string, today: string): Promise<string> {
  const clerk = { role: Role.HOUSEHOLD_CLERK, org: office };
  const prefix = TAIPEI_DISTRICTS.find((district) => district.code === office)?.householdNumberPrefix ?? "";
  const { registerHousehold } = dataOf(
    await platform.query<{ registerHousehold: { id: string } }>(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
      ...clerk,
      variables: {
        input: { householdNumber: `${prefix}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`, address: { districtCode: office, village: villagesOf(office)[0], neighbourhood: 3, road: "測試路", number: "5" } },
      },
    }),
  );
  const { registerPerson } = dataOf(
    await platform.query<{ registerPerson: { id: string } }>(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
      ...clerk,
      variables: {
        input: {
          name: "阮青青",
          idNumber: generateResidentCertificateNumber(rng, Sex.FEMALE),
          sex: "FEMALE",
          birthDate: `${Number(today.slice(0, 4)) - 19}-01-01`,
          originCountry: "VIETNAM",
          householdId: registerHousehold.id,
        },
      },
    }),
  );
  const { recordRegistration } = dataOf(
    await platform.query<{ recordRegistration: { id: string } }>(`mutation($input: RecordRegistrationInput!) { recordRegistration(input: $input) { id } }`, {
      ...clerk,
      variables: { input: { caseType: "BIRTH", registeredOn: today, registrantId: registerPerson.id, newImmigrantId: registerPerson.id, newImmigrantRelation: "PARENT" } },
    }),
  );
  return recordRegistration.id;
}

/** The family's answers of the fixture survey that are personal data (B7), listed by hand. */
export const SURVEY_PERSONAL_VALUES = ["林寶寶", "林爸爸", "0955-123-456", "金華街", "teen.family.line", "需要托嬰資訊", "少年輔導中心"] as const;

/** The clerk of `office` records a filled 附表4 at a teen birth on `today`; its id. */
export async function recordTeenParentSurveyFixture(platform: TestPlatform, rng: SeededRandom, office: string, today: string): Promise<string> {
  const registrationId = await teenBirthRegistration(platform, rng, office, today);
  const { recordTeenParentSurvey } = dataOf(
    await platform.query<{ recordTeenParentSurvey: { id: string } }>(`mutation($input: RecordTeenParentSurveyInput!) { recordTeenParentSurvey(input: $input) { id } }`, {
      role: Role.HOUSEHOLD_CLERK,
      org: office,
      variables: {
        input: {
          registrationId,
          declined: false,
          babies: [{ name: "林寶寶", idNumber: generateNationalId(rng, Sex.FEMALE), birthDate: today }],
          father: { name: "林爸爸", phone: "0955123456" },
          mother: { name: "阮青青" },
          householdAddress: { city: "臺北市", district: "大安區", road: "金華街", number: "8" },
          residenceSameAsHousehold: true,
          lineId: "teen.family.line",
          needs: ["SCHOOLING", "OTHER"],
          needOther: "需要托嬰資訊",
          servicesReceived: ["OTHER"],
          serviceOther: "少年輔導中心",
          clerkName: "戶政承辦",
          clerkPhone: "02-2351-0000",
          referredOn: today,
        },
      },
    }),
  );
  return recordTeenParentSurvey.id;
}
