import { randomUUID } from "crypto";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { taipeiToday } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { dataOf } from "./graphql";
import { TestPlatform } from "./platform";

/**
 * Issue #12: a child-care case at social with every part a worker writes, for the access tests:
 * two notices of one child (household's, then health's: a merge), B3's six matches (the first
 * with a note), a police search found (with where the child is), the district's follow-up replied
 * (where the child is, the officer's notes), the visit and a review returned (with its note), and a
 * child-protection report (B10) a nurse filed, as the district's service delivers it. The case
 * stays open. Its personal values are the fixture's, written here.
 */
export interface ChildCareFixture {
  readonly caseId: string;
  readonly mergeId: string;
  /** The unit holding it: the household district's care point. */
  readonly unit: string;
  readonly values: {
    readonly childName: string;
    readonly idNumber: string;
    readonly birthDate: string;
    readonly motherName: string;
    readonly motherIdNumber: string;
    readonly assessment: string;
    readonly treatment: string;
    readonly reviewNote: string;
    readonly matchNote: string;
    readonly location: string;
    readonly reporterName: string;
    readonly reportSummary: string;
    readonly followUpWhereabouts: string;
    readonly followUpNote: string;
  };
}

const SOURCES = ["NEWBORN_CLINIC_VISITS", "RECENT_CLINICS", "INSURANCE_CONTACT_ADDRESS", "VACCINATION", "KINDERGARTEN", "CHILDCARE"];

export async function createChildCareCase(platform: TestPlatform, district: string, unit: string, seed: string): Promise<ChildCareFixture> {
  const random = new SeededRandom(`child-care:${seed}`);
  const values = {
    childName: `林${seed}童`,
    idNumber: generateNationalId(random, Sex.MALE),
    birthDate: "2023-07-19",
    motherName: `林${seed}母`,
    motherIdNumber: generateNationalId(random, Sex.FEMALE),
    assessment: `${seed}：照顧者支持不足`,
    treatment: `${seed}：轉介親職教育`,
    reviewNote: `${seed}：補充訪視紀錄`,
    matchNote: `${seed}：近半年就醫於仁愛診所`,
    location: `${seed}：新北市板橋區親屬家`,
    reporterName: `${seed}護理師`,
    reportSummary: `${seed}：家訪見幼童瘀傷`,
    followUpWhereabouts: `${seed}：新北市板橋區阿姨家`,
    followUpNote: `${seed}：里幹事會見孩子與阿姨`,
  };
  const today = taipeiToday();
  const child = { idNumber: values.idNumber, name: values.childName, birthDate: values.birthDate, motherName: values.motherName, motherIdNumber: values.motherIdNumber, householdDistrict: district };
  const RECEIVE = `mutation($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { caseId } }`;
  const first = dataOf(
    await platform.query<{ receiveChildCareNotice: { caseId: string } }>(RECEIVE, {
      through: "household",
      role: Role.HOUSEHOLD_CLERK,
      org: district,
      variables: { input: { clientKey: `child-care-fixture-${seed}-1`, category: "EX_OFFICIO_BIRTH", noticedOn: today, ...child } },
    }),
  ).receiveChildCareNotice;
  dataOf(
    await platform.query(RECEIVE, {
      through: "civil-affairs",
      role: Role.CIVIL_AFFAIRS_OFFICER,
      org: CITY_ORG,
      variables: { input: { clientKey: `child-care-fixture-${seed}-2`, category: "TEEN_PARENT", noticedOn: today, surveyId: `survey-${seed}`, ...child } },
    }),
  );
  const caseId = first.caseId;
  const worker = { role: Role.SOCIAL_WORKER, org: unit };
  for (const [index, source] of SOURCES.entries()) {
    dataOf(
      await platform.query(`mutation($input: ChildCareRecordMatchInput!) { recordChildCareRecordMatch(input: $input) { id } }`, {
        ...worker,
        variables: { input: { caseId, source, found: index === 0, note: index === 0 ? values.matchNote : null, matchedOn: today } },
      }),
    );
  }
  const search = dataOf(
    await platform.query<{ requestChildCareSearch: { id: string } }>(`mutation($id: ID!, $on: LocalDate!) { requestChildCareSearch(caseId: $id, reason: MISSING_CHILD, requestedOn: $on) { id } }`, {
      ...worker,
      variables: { id: caseId, on: today },
    }),
  ).requestChildCareSearch;
  dataOf(
    await platform.query(`mutation($input: ChildFoundInput!) { receiveChildFound(input: $input) { id } }`, {
      through: "police",
      role: Role.POLICE_OFFICER,
      org: "TPE-ZHONGZHENG-1",
      variables: { input: { clientKey: `child-found-${seed}`, searchRequestId: search.id, foundOn: today, location: values.location } },
    }),
  );
  // B9: the district's follow-up, as the district's outbox delivers its reply (the request's key is social's outbox row).
  const followUp = dataOf(
    await platform.query<{ requestChildCareFollowUp: { id: string; outboxId: string } }>(`mutation($id: ID!, $on: LocalDate!) { requestChildCareFollowUp(caseId: $id, requestedOn: $on) { id outboxId } }`, {
      ...worker,
      variables: { id: caseId, on: today },
    }),
  ).requestChildCareFollowUp;
  dataOf(
    await platform.query(`mutation($input: ChildCareFollowUpReplyInput!) { receiveChildCareFollowUpReply(input: $input) { id } }`, {
      through: "district",
      role: Role.VILLAGE_OFFICER,
      org: district,
      variables: {
        input: {
          clientKey: `follow-up-reply-${seed}`,
          followUpRequestId: followUp.outboxId,
          followUpRequestKey: followUp.outboxId,
          requestId: followUp.id,
          met: true,
          followedUpOn: today,
          whereabouts: values.followUpWhereabouts,
          note: values.followUpNote,
        },
      },
    }),
  );
  dataOf(
    await platform.query(`mutation($input: ChildCareVisitInput!) { recordChildCareVisit(input: $input) { id } }`, {
      ...worker,
      variables: { input: { caseId, visitedOn: today, assessment: values.assessment, treatment: values.treatment } },
    }),
  );
  dataOf(await platform.query(`mutation($id: ID!) { sendChildCareCaseForReview(caseId: $id) { id } }`, { ...worker, variables: { id: caseId } }));
  dataOf(
    await platform.query(`mutation($input: ChildCareReviewInput!) { reviewChildCareClosing(input: $input) { id } }`, {
      ...worker,
      variables: { input: { caseId, decision: "RETURN", reviewedOn: today, note: values.reviewNote } },
    }),
  );
  dataOf(
    await platform.query(`mutation($input: ProtectionReportNoticeInput!) { receiveProtectionReport(input: $input) { id } }`, {
      through: "district",
      role: Role.HEALTH_NURSE,
      org: district,
      variables: {
        input: {
          clientKey: `protection-report-${seed}`, urgentReportId: randomUUID(), personId: randomUUID(), childCareCaseId: caseId, article: "ART53",
          reportedAt: new Date().toISOString(), reporterName: values.reporterName, reporterRole: Role.HEALTH_NURSE, reporterOrg: district, summary: values.reportSummary,
        },
      },
    }),
  );
  const { childCareCase } = dataOf(await platform.query<{ childCareCase: { merges: { id: string }[] } }>(`query($id: ID!) { childCareCase(id: $id) { merges { id } } }`, { ...worker, variables: { id: caseId } }));
  return { caseId, mergeId: childCareCase.merges[0].id, unit, values };
}

/** Every personal value of the fixture a search of a response must (or must not) find. */
export function childCarePersonalValues(fixture: ChildCareFixture): string[] {
  return Object.values(fixture.values);
}
