import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { addDays } from "../../shared/calendar/iso-date";
import { setFakeNow, taipeiToday } from "../../shared/clock";
import { DEADLINE_PASS_JOB } from "../../shared/deadlines/pass";
import { Sex } from "../../shared/domain/enums";
import { dataOf } from "./graphql";
import type { TestPlatform } from "./platform";
import { cdcFollowUps } from "./vaccination";

export const ZHONGZHENG = "63000050";
export const DAAN = "63000030";
const taipei = (local: string): Date => new Date(`${local}+08:00`);

/**
 * Issue #12 (B12): programme B's work for 民政局's statistics, written through the gateway on the
 * fake clock from Monday 2027-05-03 (no other fixture writes in 2027-05…12), and what it should
 * count, written here by hand from those writes (never from the code under test):
 * - social: children c1, c2 of 中正區 (西區關懷據點) and c3 of 大安區 (南區), born ex officio; c1 also
 *   a teen parent's child (a second notice, merged); two children aged 8 (R7: OVER_AGE) and one who
 *   left the country (EMIGRATED). c1 visited on day 1 and sent for review (both steps on time),
 *   then closed; c2 visited on 5/20, after its 10 days (MET_LATE), never reported; c3 untouched.
 * - police: household asks for r1 (中正區: both its precincts) and r2 (大安區); r1 is visited on
 *   5/5 and ends NOT_FOUND on 5/6 (both steps on time at both precincts); r2 is left.
 * - health: f1 of 中正區 reminded three times, the last two-way (B4's rule holds: on time); f2 of
 *   中正區 referred under (a) at once; f3 of 中正區 refused and not signed, referred under (c);
 *   f4 of 大安區 referred under (a). f2–f4's catch-up steps end with the referral (not counted).
 * - district: household asks 中正區公所 to follow fu1 up and 大安區公所 fu2 (5/3, the reply due in
 *   June, 1 month on the office calendar); fu1's 里幹事 replies on 5/5 (on time), fu2 is left (BREACHED).
 * The deadline passes run on 2027-06-10, past every due date above but the health catch-up's.
 */
export const PROGRAMME_B_EXPECTED = {
  childrenByCategory: { EX_OFFICIO_BIRTH: 3, TEEN_PARENT: 1 },
  childrenByUnitCategory: { "WEST_CARE_POINT/EX_OFFICIO_BIRTH": 2, "WEST_CARE_POINT/TEEN_PARENT": 1, "SOUTH_CARE_POINT/EX_OFFICIO_BIRTH": 1 },
  exclusionsByReason: { OVER_AGE: 2, EMIGRATED: 1 },
  casesByState: { CLOSED: 1, OPEN: 2 },
  socialVisitByUnit: { "WEST_CARE_POINT/MET_ON_TIME": 1, "WEST_CARE_POINT/MET_LATE": 1, "SOUTH_CARE_POINT/BREACHED": 1 },
  visitReportByUnit: { "WEST_CARE_POINT/MET_ON_TIME": 1, "WEST_CARE_POINT/BREACHED": 1, "SOUTH_CARE_POINT/BREACHED": 1 },
  policeVisitByUnit: { "TPE-ZHONGZHENG-1/MET_ON_TIME": 1, "TPE-ZHONGZHENG-2/MET_ON_TIME": 1, "TPE-DAAN/BREACHED": 1 },
  investigationReplyByUnit: { "TPE-ZHONGZHENG-1/MET_ON_TIME": 1, "TPE-ZHONGZHENG-2/MET_ON_TIME": 1, "TPE-DAAN/BREACHED": 1 },
  catchUpByUnit: { [`${ZHONGZHENG}/MET_ON_TIME`]: 1 },
  referralsByCondition: { A_PROTECTION_CONCERN: 2, C_REFUSED_AND_NOT_SIGNED: 1 },
  // The district's table has no unit (B12): by household district, and under UNIT one row for all offices.
  followUpReplyByDistrict: { [`${ZHONGZHENG}/MET_ON_TIME`]: 1, [`${DAAN}/BREACHED`]: 1 },
  followUpReplyByUnit: { "null/MET_ON_TIME": 1, "null/BREACHED": 1 },
  referralsByUnitCondition: { [`${ZHONGZHENG}/A_PROTECTION_CONCERN`]: 1, [`${ZHONGZHENG}/C_REFUSED_AND_NOT_SIGNED`]: 1, [`${DAAN}/A_PROTECTION_CONCERN`]: 1 },
} as const;

const NOTICE = `mutation($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { caseId exclusionReason } }`;

/** 5/3: the notices; returns c1's and c2's cases. */
async function socialNotices(platform: TestPlatform, random: SeededRandom): Promise<{ case1: string; case2: string }> {
  const today = taipeiToday();
  const clerk = { through: "household", role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
  const child = (name: string, district: string, birthDate = "2026-01-10") => ({ idNumber: generateNationalId(random, Sex.FEMALE), name, birthDate, motherName: `${name}母`, householdDistrict: district });
  const notice = async (key: string, category: string, fields: Record<string, unknown>, sender: Record<string, unknown> = clerk) =>
    dataOf(await platform.query<{ receiveChildCareNotice: { caseId: string | null } }>(NOTICE, { ...sender, variables: { input: { clientKey: `b-stats-${key}`, category, noticedOn: today, ...fields } } }))
      .receiveChildCareNotice.caseId ?? "";
  const c1 = child("統一", ZHONGZHENG);
  const emigrated = child("出境", ZHONGZHENG);
  dataOf(
    await platform.query(`mutation($rows: [EntryExitRecordInput!]!) { importEntryExitRecords(rows: $rows) { taken } }`, {
      role: Role.SOCIAL_WORKER,
      org: "WEST_CARE_POINT",
      variables: { rows: [{ rowKey: "b-stats-exit", idNumber: emigrated.idNumber, direction: "EXIT", crossedOn: addDays(today, -20) }] },
    }),
  );
  const case1 = await notice("c1", "EX_OFFICIO_BIRTH", c1);
  await notice("c1-teen", "TEEN_PARENT", { ...c1, surveyId: "b-stats-survey" }, { through: "civil-affairs", role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG });
  const case2 = await notice("c2", "EX_OFFICIO_BIRTH", child("第二", ZHONGZHENG));
  await notice("c3", "EX_OFFICIO_BIRTH", child("第三", DAAN));
  await notice("old-1", "EX_OFFICIO_BIRTH", child("八歲甲", ZHONGZHENG, "2019-01-10"));
  await notice("old-2", "EX_OFFICIO_BIRTH", child("八歲乙", ZHONGZHENG, "2019-02-10"));
  await notice("gone", "EX_OFFICIO_BIRTH", emigrated);
  return { case1, case2 };
}

/** A social worker of 西區關懷據點, the care point holding 中正區's cases. */
export const west = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };

function visit(platform: TestPlatform, caseId: string, visitedOn: string) {
  return platform.query(`mutation($input: ChildCareVisitInput!) { recordChildCareVisit(input: $input) { id } }`, { ...west, variables: { input: { caseId, visitedOn, assessment: "照顧良好", treatment: "結案追蹤" } } });
}

/** 5/4: c1 visited, reported and closed. */
async function closeFirstCase(platform: TestPlatform, case1: string): Promise<void> {
  dataOf(await visit(platform, case1, "2027-05-04"));
  dataOf(await platform.query(`mutation($id: ID!) { sendChildCareCaseForReview(caseId: $id) { id } }`, { ...west, variables: { id: case1 } }));
  dataOf(
    await platform.query(`mutation($input: ChildCareReviewInput!) { reviewChildCareClosing(input: $input) { id } }`, {
      ...west,
      variables: { input: { caseId: case1, decision: "APPROVE", reviewedOn: "2027-05-04", note: "照顧無虞" } },
    }),
  );
}

/**
 * 5/3: household's two requests of one kind (B2: a search by the police, a follow-up by the district
 * office), `first` of 中正區 and `second` of 大安區, through `mutation` taking `inputType`; returns the first's id.
 */
async function householdRequests(platform: TestPlatform, mutation: string, inputType: string, [first, second]: readonly [string, string]): Promise<string> {
  const RECEIVE = `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`;
  const request = async (key: string, district: string) =>
    dataOf(
      await platform.query<Record<string, { id: string }>>(RECEIVE, {
        through: "household",
        role: Role.HOUSEHOLD_CLERK,
        org: district,
        variables: {
          input: {
            clientKey: `b-stats-${key}`, reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH", name: `協尋${key}`, birthDate: "2027-04-20", contacts: [],
            householdDistrict: district, requestedOn: "2027-05-03", requesterAgency: "HOUSEHOLD", requesterReference: `b-stats-record-${key}`,
          },
        },
      }),
    )[mutation].id;
  const id = await request(first, ZHONGZHENG);
  await request(second, DAAN);
  return id;
}

/** 5/5 and 5/6: r1 visited, then its result. */
async function policeSteps(platform: TestPlatform, r1: string): Promise<void> {
  const officer = { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" };
  setFakeNow(taipei("2027-05-05T10:00:00"));
  dataOf(await platform.query(`mutation($input: SearchVisitInput!) { recordSearchVisit(input: $input) { id } }`, { ...officer, variables: { input: { searchRequestId: r1, visitedOn: "2027-05-05", officerName: "李警員" } } }));
  setFakeNow(taipei("2027-05-06T10:00:00"));
  dataOf(
    await platform.query(`mutation($input: SearchResultInput!) { recordSearchResult(input: $input) { id } }`, {
      ...officer,
      variables: { input: { searchRequestId: r1, outcome: "NOT_FOUND", resultOn: "2027-05-06", officerName: "李警員" } },
    }),
  );
}

/** 5/5: fu1's 里幹事 assigned and replying, well within the month. */
async function followUpReply(platform: TestPlatform, fu1: string): Promise<void> {
  dataOf(
    await platform.query(`mutation($id: ID!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: "test-village_officer", officerName: "里幹事王") { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: ZHONGZHENG,
      variables: { id: fu1 },
    }),
  );
  dataOf(
    await platform.query(`mutation($input: FollowUpResultInput!) { recordFollowUpResult(input: $input) { id } }`, {
      role: Role.VILLAGE_OFFICER,
      org: ZHONGZHENG,
      variables: { input: { followUpRequestId: fu1, met: true, followedUpOn: "2027-05-05", whereabouts: "中正區外婆家", note: "里幹事會見孩子", officerName: "里幹事王" } },
    }),
  );
}

async function healthWork(platform: TestPlatform, random: SeededRandom): Promise<void> {
  const today = taipeiToday();
  const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
  const [f1, f2, f3, f4] = await cdcFollowUps(
    platform,
    [ZHONGZHENG, ZHONGZHENG, ZHONGZHENG, DAAN].map((district) => ({ district, idNumber: generateNationalId(random, Sex.MALE) })),
  );
  const reminders = [
    { remindedOn: addDays(today, -20), mode: "LETTER", twoWay: false },
    { remindedOn: addDays(today, -10), mode: "SMS", twoWay: false },
    { remindedOn: today, mode: "PHONE", twoWay: true, reached: "PARENT" },
  ];
  for (const reminder of reminders) {
    dataOf(await platform.query(`mutation($input: VaccinationReminderInput!) { recordVaccinationReminder(input: $input) { id } }`, { ...nurse, variables: { input: { followUpId: f1, ...reminder } } }));
  }
  const refer = async (id: string, condition: string, by: Record<string, unknown>) =>
    dataOf(await platform.query(`mutation($id: ID!, $condition: VaccinationReferralCondition!) { referVaccinationFollowUpToSocial(id: $id, condition: $condition) { id } }`, { ...by, variables: { id, condition } }));
  await refer(f2, "A_PROTECTION_CONCERN", nurse);
  dataOf(await platform.query(`mutation($input: VaccinationOutcomeInput!) { recordVaccinationOutcome(input: $input) { id } }`, { ...nurse, variables: { input: { followUpId: f3, outcome: "REFUSED_NOT_SIGNED", outcomeOn: today } } }));
  await refer(f3, "C_REFUSED_AND_NOT_SIGNED", nurse);
  await refer(f4, "A_PROTECTION_CONCERN", { role: Role.HEALTH_NURSE, org: DAAN });
}

/** Writes the work above (the clock ends on 2027-06-10, after the deadline passes); the caller runs the statistics passes. Returns c1's and c2's cases. */
export async function writeProgrammeBWork(platform: TestPlatform): Promise<{ case1: string; case2: string }> {
  const random = new SeededRandom("programme-b-statistics");
  setFakeNow(taipei("2027-05-03T10:00:00"));
  await healthWork(platform, random);
  const r1 = await householdRequests(platform, "receiveSearchRequest", "SearchRequestInput", ["r1", "r2"]);
  const fu1 = await householdRequests(platform, "receiveFollowUpRequest", "FollowUpRequestInput", ["fu1", "fu2"]);
  const { case1, case2 } = await socialNotices(platform, random);
  setFakeNow(taipei("2027-05-04T10:00:00"));
  await closeFirstCase(platform, case1);
  await policeSteps(platform, r1);
  await followUpReply(platform, fu1);
  setFakeNow(taipei("2027-05-20T10:00:00"));
  await platform.runJob("social", DEADLINE_PASS_JOB);
  dataOf(await visit(platform, case2, "2027-05-20"));
  setFakeNow(taipei("2027-06-10T10:00:00"));
  await platform.runJob("social", DEADLINE_PASS_JOB);
  await platform.runJob("police", DEADLINE_PASS_JOB);
  await platform.runJob("district", DEADLINE_PASS_JOB);
  return { case1, case2 };
}
