import { readFileSync } from "fs";
import { join } from "path";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { PlanNode, QueryPlanner, SubscriptionNode } from "@apollo/query-planner";
import { parse } from "graphql";
import { Actor, recordChildStory, STORY, STORY_ACTORS, ZHONGZHENG } from "../../scripts/demo-data/child-story";
import { UNIFIED_CHILD_QUERY } from "../../scripts/operations/unified-view";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #12 (D2, B1–B10): the unified view of a child — one gateway query with every agency's
 * part of programme B, on the child of scripts/demo-data/child-story.ts (born ex officio in 中正區
 * and found by the police, noticed to social's west care point, referred by health under B4's
 * condition (a), reported under art. 53 by the nurse (B10), visited by the social worker), each
 * hand-off by its sender's outbox (D3). What a role may not read answers FORBIDDEN at its path,
 * never a blank that reads as "no data".
 */
const { clerk, officer, nurse, holdingUnit } = STORY_ACTORS;
const otherUnit = { role: Role.SOCIAL_WORKER, org: "EAST_CARE_POINT" };
const districtOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const DISPATCH = "outbox-dispatch";
const taipei = (local: string): Date => new Date(`${local}+08:00`);

const FILE_REPORT = `mutation($input: ProtectionReportInput!) { fileProtectionReport(input: $input) { id clientKey personId article reportedAt } }`;

interface ChildView {
  person: {
    id: string;
    name: string | null;
    exOfficioRecords: { kind: string; searchOutcome: string | null }[] | null;
    childCareCase: {
      id: string;
      status: string | null;
      idNumber: string | null;
      holdingUnit: string;
      categories: string[];
      notices: { category: string; vaccinationFollowUp: { status: string; referralCondition: string; reminders: { mode: string; twoWay: boolean }[]; catchUpRule: { twoWayContacts: number } } | null;
        insuranceStatus: { uninsuredSince: string } | null;
      }[];
      merges: { matchedOn: string; undoneAt: string | null }[];
      visitedOn: string | null;
      assessment: string | null;
      protectionReports: { id: string; article: string; reporterRole: string }[];
    } | null;
    searchRequests: { id: string; status: string | null; visitNote: string | null; outcome: string | null }[] | null;
    protectionReports: { id: string; article: string | null; reporterRole: string | null; reporterName: string | null; summary: string | null }[] | null;
  } | null;
}

type Response = Awaited<ReturnType<TestPlatform["query"]>>;

/** Where the answer says FORBIDDEN, as "person.field" paths (list indexes dropped). */
function forbiddenPaths(response: Response): string[] {
  const paths = (response.errors ?? []).filter((error) => error.extensions?.code === "FORBIDDEN").map((error) => (error.path ?? []).filter((part) => typeof part === "string").join("."));
  return [...new Set(paths)].sort();
}

/** The subgraph fetches of a query plan, in plan order. */
function fetchesOf(node: PlanNode | SubscriptionNode | undefined): string[] {
  if (node === undefined) {
    return [];
  }
  switch (node.kind) {
    case "Fetch":
      return [node.serviceName];
    case "Flatten":
      return fetchesOf(node.node);
    case "Sequence":
    case "Parallel":
      return node.nodes.flatMap(fetchesOf);
    default:
      throw new Error(`The child view's plan has an unexpected ${node.kind} node`);
  }
}

describe("the unified view of a child (issue #12: D2, B10)", () => {
  let platform: TestPlatform;
  let childId = "";
  let caseId = "";
  let requestId = "";
  let reportId = "";

  const view = (as: { role: Role; org: string }): Promise<Response & { data?: ChildView | null }> =>
    platform.query<ChildView>(UNIFIED_CHILD_QUERY, { ...as, variables: { id: childId } });

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "child-view" });
    const health = platform.platform.subgraphs.get("health")!.database.dataSource;
    const story = await recordChildStory(
      {
        call: async <Data>(as: Actor, query: string, variables?: Record<string, unknown>) => dataOf(await platform.query<Data>(query, { ...as, variables })),
        runJob: (subgraph, job) => platform.runJob(subgraph, job),
        health,
      },
      "child-view",
      platform.data.households.find((candidate) => candidate.address.districtCode === ZHONGZHENG)?.id,
    );
    ({ childId, caseId, requestId, reportId } = story);
    // Eleven steps through the gateway and four outboxes: past jest's default minute on a loaded 2-core machine.
  }, 180_000);

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should show the holding unit's social worker every part social holds, and household's and another precinct's parts as FORBIDDEN", async () => {
    const response = await view(holdingUnit);
    const child = response.data!.person!;
    expect(child.childCareCase).toEqual(
      expect.objectContaining({
        id: caseId,
        status: "OPEN",
        holdingUnit: "WEST_CARE_POINT",
        categories: ["EX_OFFICIO_BIRTH", "OVERDUE_VACCINATION"],
        merges: [expect.objectContaining({ matchedOn: "ID_NUMBER", undoneAt: null })],
        visitedOn: "2026-10-26",
        assessment: "已通報兒保,母親配合",
        protectionReports: [expect.objectContaining({ article: "ART53", reporterRole: "HEALTH_NURSE" })],
      }),
    );
    // B4 behind the reason: health's follow-up, under health's policy for the unit it was referred to.
    const [birthNotice, vaccinationNotice] = child.childCareCase!.notices;
    // B5's insurance status hangs only on an UNINSURED notice (tests/feeds/programme-b-feeds.test.ts: the NHIA's child).
    expect(birthNotice).toEqual(expect.objectContaining({ category: "EX_OFFICIO_BIRTH", vaccinationFollowUp: null, insuranceStatus: null }));
    expect(vaccinationNotice.insuranceStatus).toBeNull();
    expect(vaccinationNotice.vaccinationFollowUp).toEqual(
      expect.objectContaining({ status: "REFERRED", referralCondition: "A_PROTECTION_CONCERN", reminders: [expect.objectContaining({ mode: "HOME_VISIT", twoWay: true })], catchUpRule: expect.objectContaining({ twoWayContacts: 1 }) }),
    );
    expect(child.protectionReports).toEqual([{ id: child.childCareCase!.protectionReports[0].id, article: "ART53", reportedAt: taipei("2026-10-21T11:00:00").toISOString(), reporterRole: "HEALTH_NURSE", reporterOrg: ZHONGZHENG, reporterName: "護理師王", summary: "家訪見幼童身上多處瘀傷" }]);
    // The police's search was the office's: its key shows, its content is the precinct's only.
    expect(child.searchRequests).toEqual([expect.objectContaining({ id: requestId, status: null, visitNote: null })]);
    // Household's record of the child is the office's (social has its own copy on the case, D3).
    expect(forbiddenPaths(response)).toEqual([
      "person.birthDate", "person.exOfficioRecords", "person.idNumber", "person.name", "person.registrations",
      "person.searchRequests.outcome", "person.searchRequests.reason", "person.searchRequests.requestedOn", "person.searchRequests.requesterAgency",
      "person.searchRequests.resultOn", "person.searchRequests.status", "person.searchRequests.visitNote", "person.searchRequests.visitedOn", "person.sex",
    ]);
    expect(child.childCareCase!.idNumber).toMatch(/^A\d{2}\*{4}\d{3}$/);
  });

  it("should show another unit's social worker that a case and a report exist, and nothing of them", async () => {
    const response = await view(otherUnit);
    const child = response.data!.person!;
    expect(child.childCareCase).toEqual(expect.objectContaining({ id: caseId, status: null, childName: null, notices: null }));
    expect(child.protectionReports).toEqual([expect.objectContaining({ article: null, reporterName: null, summary: null })]);
    expect(forbiddenPaths(response)).toEqual(expect.arrayContaining(["person.childCareCase.status", "person.childCareCase.notices", "person.protectionReports.summary"]));
    expect(JSON.stringify(response)).not.toMatch(/林小宇|瘀傷|護理師王/);
  });

  it("should refuse the district's officer social's case, the police's search and the office's record, and show a report only as its key", async () => {
    const response = await view(districtOfficer);
    const child = response.data!.person!;
    // The case is social's alone (its very key is refused); a report shows that it exists, as to any role that may file one.
    expect(child.childCareCase).toBeNull();
    expect(child.protectionReports).toEqual([expect.objectContaining({ article: null, reporterName: null, summary: null })]);
    expect(child.searchRequests).toBeNull();
    expect(child.exOfficioRecords).toBeNull();
    expect(forbiddenPaths(response)).toEqual(expect.arrayContaining(["person.childCareCase.id", "person.exOfficioRecords.id", "person.protectionReports.summary", "person.searchRequests.id"]));
    expect(JSON.stringify(response.data)).not.toMatch(/瘀傷|戶籍地無人居住/);
  });

  it("should show the office its ex-officio record and the precinct its search, each only its own", async () => {
    const fromOffice = await view(clerk);
    expect(fromOffice.data!.person!.exOfficioRecords).toEqual([expect.objectContaining({ kind: "BIRTH", whereabouts: "UNKNOWN", searchOutcome: "FOUND", searchResultOn: "2026-10-20" })]);
    expect(fromOffice.data!.person!.name).toBe("林小宇");
    expect(forbiddenPaths(fromOffice)).toEqual(expect.arrayContaining(["person.childCareCase.id", "person.protectionReports.summary"]));
    const fromPrecinct = await view(officer);
    expect(fromPrecinct.data!.person!.searchRequests).toEqual([expect.objectContaining({ id: requestId, status: "FOUND", visitNote: "戶籍地無人居住", outcome: "FOUND" })]);
    expect(forbiddenPaths(fromPrecinct)).toEqual(expect.arrayContaining(["person.childCareCase.id", "person.exOfficioRecords"]));
  });

  it("should take a protection report once per key, refuse bad input with nothing written, and send a child without a case to the family service centre (B10)", async () => {
    const social = platform.platform.subgraphs.get("social")!.database.dataSource;
    const count = async (): Promise<number> => Number(((await social.query(`SELECT count(*)::int AS "n" FROM "social"."child_protection_reports"`)) as { n: number }[])[0].n);
    const input = { clientKey: STORY.reportKey, personId: childId, childCareCaseId: caseId, article: "ART53", reportedAt: taipei("2026-10-21T11:00:00").toISOString(), reporterName: "護理師王", summary: "家訪見幼童身上多處瘀傷" };
    const again = dataOf(await platform.query<{ fileProtectionReport: { id: string } }>(FILE_REPORT, { ...nurse, variables: { input } })).fileProtectionReport;
    expect(again.id).toBe(reportId);
    await platform.runJob("district", DISPATCH);
    expect(await count()).toBe(1);
    expect(errorCodes(await platform.query(FILE_REPORT, { ...nurse, variables: { input: { ...input, summary: "另一件事" } } }))).toEqual(["CONFLICT"]);
    const future = { ...input, clientKey: "child-view-report-future", reportedAt: taipei("2026-10-28T09:00:00").toISOString() };
    expect(errorCodes(await platform.query(FILE_REPORT, { ...nurse, variables: { input: future } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(FILE_REPORT, { ...nurse, variables: { input: { ...input, clientKey: "child-view-report-bad", personId: "not-a-key" } } }))).toEqual(["BAD_USER_INPUT"]);
    // Only the district's service delivers to social (D3); the analyst files nothing.
    const direct = { clientKey: "child-view-direct", urgentReportId: reportId, personId: childId, article: "ART53", reportedAt: input.reportedAt, reporterName: "x", reporterRole: "HEALTH_NURSE", reporterOrg: ZHONGZHENG };
    expect(errorCodes(await platform.query(`mutation($input: ProtectionReportNoticeInput!) { receiveProtectionReport(input: $input) { id } }`, { ...nurse, variables: { input: direct } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(FILE_REPORT, { role: Role.CIVIL_AFFAIRS_ANALYST, org: "civil-affairs", variables: { input: { ...input, clientKey: "child-view-analyst" } } }))).toEqual(["FORBIDDEN"]);
    expect(await count()).toBe(1);
    // A police officer reports on a child social holds no case of: the family service centre is told at once.
    const other = platform.data.persons[0].id;
    dataOf(await platform.query(FILE_REPORT, { ...officer, variables: { input: { ...input, clientKey: "child-view-report-2", personId: other, childCareCaseId: null, article: "ART54" } } }));
    await platform.runJob("district", DISPATCH);
    const centre = { role: Role.SOCIAL_WORKER, org: "FAMILY_SERVICE_CENTRE" };
    const notified = dataOf(await platform.query<{ socialNotifications: { kind: string; subjectType: string }[] }>(`{ socialNotifications { kind subjectType } }`, centre)).socialNotifications;
    expect(notified).toContainEqual({ kind: "PROTECTION_REPORT", subjectType: "ChildProtectionReport" });
    const onTheChild = dataOf(await platform.query<{ person: { protectionReports: { article: string; reporterRole: string }[] } }>(`query($id: ID!) { person(id: $id) { protectionReports { article reporterRole } } }`, { ...centre, variables: { id: other } }));
    expect(onTheChild.person.protectionReports).toEqual([{ article: "ART54", reporterRole: "POLICE_OFFICER" }]);
    const westNotified = dataOf(await platform.query<{ socialNotifications: { kind: string; subjectId: string }[] }>(`{ socialNotifications { kind subjectId } }`, holdingUnit)).socialNotifications;
    expect(westNotified).toContainEqual({ kind: "PROTECTION_REPORT", subjectId: caseId });
  });

  it("should cost the same SQL statements per subgraph however many reminders and reports the child has (no N+1)", async () => {
    platform.resetSqlCounts();
    expect((await view(holdingUnit)).data?.person?.childCareCase?.id).toBe(caseId);
    const before = platform.sqlCounts();
    // Two more reports on the child and one more reminder: more rows behind the same loaders.
    for (const clientKey of ["child-view-report-3", "child-view-report-4"]) {
      dataOf(await platform.query(FILE_REPORT, { ...nurse, variables: { input: { clientKey, personId: childId, childCareCaseId: caseId, article: "ART54", reportedAt: taipei("2026-10-26T09:00:00").toISOString(), reporterName: "護理師王" } } }));
    }
    await platform.runJob("district", DISPATCH);
    const health = platform.platform.subgraphs.get("health")!.database.dataSource;
    const [{ id: followUpId }] = (await health.query(`SELECT "id"::text AS "id" FROM "health"."vaccination_follow_ups" LIMIT 1`)) as { id: string }[];
    await health.query(`INSERT INTO "health"."vaccination_reminders" ("id", "follow_up_id", "reminded_on", "mode", "two_way", "recorded_by", "created_at") VALUES (gen_random_uuid(), $1, '2026-10-25', 'SMS', false, 'test', now())`, [followUpId]);
    platform.resetSqlCounts();
    const after = await view(holdingUnit);
    expect(after.data?.person?.protectionReports).toHaveLength(3);
    expect(platform.sqlCounts()).toEqual(before);
  });

  // B5: health's insurance status is a second health fetch beside the follow-up's (another path under the notices), in parallel: no deeper round trip.
  it("should plan the child's view as household, then social and the police side by side, then health's follow-up and insurance status side by side", () => {
    const supergraph = Supergraph.build(readFileSync(join(__dirname, "../../supergraph.graphql"), "utf8"));
    const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(UNIFIED_CHILD_QUERY)));
    expect(fetchesOf(plan.node).sort()).toEqual(["health", "health", "household", "police", "social"]);
  });
});
