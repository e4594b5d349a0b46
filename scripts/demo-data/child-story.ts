import type { DataSource } from "typeorm";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { cdcFollowUpIn } from "./cdc-follow-up";
import { generateNationalId } from "./identity";
import { SeededRandom } from "./random";

/** Who acts in the story: a role of an organisation (the platform signs its token). */
export interface Actor {
  readonly role: Role;
  readonly org: string;
}

/** The platform as the story uses it: an operation through the gateway, a job's pass, health's database for the CDC's file. */
export interface StoryPlatform {
  call<Data>(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Data>;
  runJob(subgraph: string, job: string): Promise<unknown>;
  readonly health: DataSource;
}

export const ZHONGZHENG = "63000050";
export const STORY_ACTORS = {
  clerk: { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG },
  officer: { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" },
  nurse: { role: Role.HEALTH_NURSE, org: ZHONGZHENG },
  /** 中正區's children are held by the west care point (social's unit of the household district). */
  holdingUnit: { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" },
} as const satisfies Record<string, Actor>;

/** What the story wrote, by hand: the tests' expectations. */
export const STORY = {
  childName: "林小宇",
  visitNote: "戶籍地無人居住",
  reporterName: "護理師王",
  reportSummary: "家訪見幼童身上多處瘀傷",
  assessment: "已通報兒保,母親配合",
  reportedAt: "2026-10-21T11:00:00+08:00",
  reportKey: "child-story-report-1",
} as const;

export interface ChildStory {
  readonly childId: string;
  readonly caseId: string;
  readonly requestId: string;
  readonly reportId: string;
  readonly followUpId: string;
}

const DISPATCH = "outbox-dispatch";
const taipei = (local: string): Date => new Date(`${local}+08:00`);

/**
 * Issue #12: one child with every agency's part of programme B, each step by the role that does it
 * and each hand-off by its sender's outbox (D3), on the fake clock: born ex officio in 中正區 with
 * whereabouts unknown (B2), searched and found by the precinct, noticed to social (the west care
 * point's case), overdue for vaccination and referred by health under condition (a) (B4: the
 * notice joins the case on the ID number), reported under art. 53 by the nurse who found the
 * concern (B10), and visited by the social worker (B9). The unified-view test and `npm run
 * bench:child` share it; `householdId`, a household of 中正區 the child is born into (else the
 * office's own register). Leaves the clock at the visit's day.
 */
export async function recordChildStory(platform: StoryPlatform, seed: string, householdId?: string): Promise<ChildStory> {
  const { clerk, officer, nurse, holdingUnit } = STORY_ACTORS;
  const idNumber = generateNationalId(new SeededRandom(seed), Sex.MALE, "A");
  setFakeNow(taipei("2026-10-02T10:00:00"));
  const birth = {
    child: { name: STORY.childName, sex: "MALE", birthDate: "2026-09-18", idNumber },
    householdId,
    motherName: "林美玲",
    registeredOn: "2026-10-02",
    investigation: "醫院通報出生,戶籍地查無其人",
    whereabouts: "UNKNOWN",
    leftCountry: false,
    contacts: [{ name: "林大山", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
  };
  const { recordExOfficioBirth } = await platform.call<{ recordExOfficioBirth: { person: { id: string } } }>(
    clerk,
    `mutation($input: ExOfficioBirthInput!) { recordExOfficioBirth(input: $input) { person { id } } }`,
    { input: birth },
  );
  const childId = recordExOfficioBirth.person.id;
  await platform.runJob("household", DISPATCH);
  const { searchRequests } = await platform.call<{ searchRequests: { edges: { node: { id: string; childIdNumber: string } }[] } }>(
    officer,
    `{ searchRequests(first: 200) { edges { node { id childIdNumber } } } }`,
  );
  const requestId = searchRequests.edges.find(({ node }) => node.childIdNumber === idNumber)?.node.id ?? "";
  setFakeNow(taipei("2026-10-08T15:00:00"));
  await platform.call(officer, `mutation($input: SearchVisitInput!) { recordSearchVisit(input: $input) { id } }`, {
    input: { searchRequestId: requestId, visitedOn: "2026-10-08", note: STORY.visitNote, officerName: "警員林" },
  });
  setFakeNow(taipei("2026-10-20T09:30:00"));
  await platform.call(officer, `mutation($input: SearchResultInput!) { recordSearchResult(input: $input) { id } }`, {
    input: { searchRequestId: requestId, outcome: "FOUND", resultOn: "2026-10-20", officerName: "警員林", foundAddress: "新北市板橋區文化路一段1號", foundContactName: "林美玲", foundContactPhone: "0912-000-111" },
  });
  await platform.runJob("police", DISPATCH);
  await platform.runJob("household", DISPATCH);
  setFakeNow(taipei("2026-10-21T10:00:00"));
  const followUpId = await cdcFollowUpIn(platform.health, ZHONGZHENG, idNumber);
  await platform.call(nurse, `mutation($input: VaccinationReminderInput!) { recordVaccinationReminder(input: $input) { id } }`, {
    input: { followUpId, remindedOn: "2026-10-21", mode: "HOME_VISIT", twoWay: true, reached: "PARENT" },
  });
  await platform.call(nurse, `mutation($id: ID!) { referVaccinationFollowUpToSocial(id: $id, condition: A_PROTECTION_CONCERN) { id } }`, { id: followUpId });
  await platform.runJob("health", DISPATCH);
  const { person } = await platform.call<{ person: { childCareCase: { id: string } } }>(holdingUnit, `query($id: ID!) { person(id: $id) { childCareCase { id } } }`, { id: childId });
  const caseId = person.childCareCase.id;
  const { fileProtectionReport } = await platform.call<{ fileProtectionReport: { id: string } }>(
    nurse,
    `mutation($input: ProtectionReportInput!) { fileProtectionReport(input: $input) { id } }`,
    { input: { clientKey: STORY.reportKey, personId: childId, childCareCaseId: caseId, article: "ART53", reportedAt: STORY.reportedAt, reporterName: STORY.reporterName, summary: STORY.reportSummary } },
  );
  await platform.runJob("district", DISPATCH);
  setFakeNow(taipei("2026-10-26T10:00:00"));
  await platform.call(holdingUnit, `mutation($input: ChildCareVisitInput!) { recordChildCareVisit(input: $input) { id } }`, {
    input: { caseId, visitedOn: "2026-10-26", assessment: STORY.assessment, treatment: "兒保社工共同追蹤" },
  });
  return { childId, caseId, requestId, reportId: fileProtectionReport.id, followUpId };
}
