import { DataSource } from "typeorm";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #12's story, through the gateway, every hand-off delivered by its sender's outbox (D3): a
 * child registered ex officio whose family cannot be found (B2) goes household → the police of
 * the household district (visit within 7 days, reply within 1 month) → found → the office's reply
 * notices social (B2: social units are notified after the search, B8) → social visits within 10
 * days and finishes the visit report within 30 (B9) → closing review → closed. Each due date is
 * written here from R2 on the 2026 office calendar (行政程序法 art. 48: the start day is not
 * counted; a last day off moves to the next working day):
 * - police, request Friday 10-02: day 7 is Friday 10-09 (國慶日補假) → the visit is due Monday
 *   10-12; one month → Monday 11-02.
 * - district, the same request Friday 10-02: one month → Monday 11-02 (FOLLOW_UP_REPLY, counted as
 *   the police's reply; B2: "each replies within 1 month").
 * - social, notice Tuesday 10-20: day 10 is Friday 10-30 → the visit is due 10-30; day 30 is
 *   Thursday 11-19 → the report is due 11-19. Both working days.
 */
const ZHONGZHENG = "63000050";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
const officer = { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" };
/** 中正區公所: 人文課 and its 里幹事 (the household district's office follows the child up, B2); 松山區's 人文課 is another district. */
const caseOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const villageOfficer = { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG };
const otherDistrict = { role: Role.DISTRICT_CASE_OFFICER, org: "63000010" };
/** 中正區's children are held by the west care point (social's unit of the household district). */
const socialWorker = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
const DISPATCH = "outbox-dispatch";
const taipei = (local: string): Date => new Date(`${local}+08:00`);
const endOf = (day: string): string => taipei(`${day}T23:59:59.999`).toISOString();

interface Step {
  step: string;
  dueAt: string;
  state: string;
}

const REQUESTS = `query { searchRequests { edges { node { id status deadlines { step dueAt state } } } } }`;
const CASES = `query { childCareCases { id status categories childName personId deadlines { step dueAt state } } }`;
const FOLLOW_UPS = `query { followUpRequests { edges { node { id status requesterAgency childName contacts { name } deadlines { step dueAt state } } } } }`;
const CASE = `query($id: ID!) { childCareCase(id: $id) { id status closedOn visitedOn deadlines { step dueAt state } } }`;

describe("a child born ex officio, from the household office to a closed child-care case (issue #12: B2, B8, B9)", () => {
  let platform: TestPlatform;
  let household: DataSource;
  let childId = "";
  let recordId = "";
  let requestId = "";
  let caseId = "";
  let followUpId = "";

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "ex-officio-story" });
    const subgraph = platform.platform.subgraphs.get("household");
    if (subgraph === undefined) {
      throw new Error("no household subgraph");
    }
    household = subgraph.database.dataSource;
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should register the child and ask the police of the household district, on the office calendar's dates (B2)", async () => {
    setFakeNow(taipei("2026-10-02T10:00:00"));
    const home = platform.data.households.find((candidate) => candidate.address.districtCode === ZHONGZHENG);
    const input = {
      child: { name: "陳小安", sex: "FEMALE", birthDate: "2026-09-20", idNumber: generateNationalId(new SeededRandom("ex-officio-story"), Sex.FEMALE, "A") },
      householdId: home?.id,
      motherName: "陳美華",
      registeredOn: "2026-10-02",
      investigation: "醫院通報出生,戶籍地查無其人",
      whereabouts: "UNKNOWN",
      leftCountry: false,
      contacts: [{ name: "陳大同", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
    };
    const { recordExOfficioBirth } = dataOf(
      await platform.query<{ recordExOfficioBirth: { id: string; person: { id: string } } }>(
        `mutation($input: ExOfficioBirthInput!) { recordExOfficioBirth(input: $input) { id person { id } } }`,
        { ...clerk, variables: { input } },
      ),
    );
    recordId = recordExOfficioBirth.id;
    childId = recordExOfficioBirth.person.id;
    await platform.runJob("household", DISPATCH);
    const { searchRequests } = dataOf(await platform.query<{ searchRequests: { edges: { node: { id: string; status: string; deadlines: Step[] } }[] } }>(REQUESTS, officer));
    expect(searchRequests.edges.map(({ node }) => ({ status: node.status, deadlines: node.deadlines }))).toEqual([
      {
        status: "RECEIVED",
        deadlines: [
          { step: "POLICE_VISIT", dueAt: endOf("2026-10-12"), state: "DUE" },
          { step: "INVESTIGATION_REPLY", dueAt: endOf("2026-11-02"), state: "DUE" },
        ],
      },
    ]);
    requestId = searchRequests.edges[0].node.id;
    // Social hears nothing yet: an emigrated child is excluded before social units are notified (B2).
    const { childCareCases } = dataOf(await platform.query<{ childCareCases: unknown[] }>(CASES, socialWorker));
    expect(childCareCases).toEqual([]);
  });

  it("should have the district office follow the child up: 人文課 assigns a 里幹事, who replies to the office within 1 month (B2)", async () => {
    // household's same pass delivered the follow-up request to 中正區公所, received 10-02.
    const { followUpRequests } = dataOf(await platform.query<{ followUpRequests: { edges: { node: Record<string, unknown> & { id: string } }[] } }>(FOLLOW_UPS, caseOfficer));
    expect(followUpRequests.edges.map(({ node }) => ({ ...node, id: "" }))).toEqual([
      {
        id: "",
        status: "RECEIVED",
        requesterAgency: "HOUSEHOLD",
        childName: "陳小安",
        contacts: [{ name: "陳大同" }],
        deadlines: [{ step: "FOLLOW_UP_REPLY", dueAt: endOf("2026-11-02"), state: "DUE" }],
      },
    ]);
    followUpId = followUpRequests.edges[0].node.id;
    // D3: a retry of household's hand-off is the stored request; its key for another request a CONFLICT;
    // only household's and social's services deliver, each for itself; bad input writes nothing.
    const [sent] = (await household.query(`SELECT "payload" FROM "household"."outbox" WHERE "target" = 'ReceiveFollowUpRequest'`)) as { payload: { input: Record<string, unknown> } | string }[];
    const input = (typeof sent.payload === "string" ? JSON.parse(sent.payload) : sent.payload).input as Record<string, unknown>;
    const RECEIVE = `mutation($input: FollowUpRequestInput!) { receiveFollowUpRequest(input: $input) { id } }`;
    const retried = dataOf(await platform.query<{ receiveFollowUpRequest: { id: string } }>(RECEIVE, { ...clerk, through: "household", variables: { input } }));
    expect(retried.receiveFollowUpRequest.id).toBe(followUpId);
    expect(errorCodes(await platform.query(RECEIVE, { ...clerk, through: "household", variables: { input: { ...input, name: "陳小寧" } } }))).toEqual(["CONFLICT"]);
    const fresh = { ...input, clientKey: "story-follow-up-second" };
    expect(errorCodes(await platform.query(RECEIVE, { ...clerk, variables: { input: fresh } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(RECEIVE, { ...clerk, through: "police", variables: { input: fresh } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(RECEIVE, { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT", through: "social", variables: { input: fresh } }))).toEqual(["BAD_USER_INPUT"]);
    for (const bad of [{ householdDistrict: "板橋區" }, { requestedOn: "2026-10-03" }, { personId: null, idNumber: null, name: null, motherName: null, motherIdNumber: null }]) {
      expect(errorCodes(await platform.query(RECEIVE, { ...clerk, through: "household", variables: { input: { ...fresh, ...bad } } }))).toEqual(["BAD_USER_INPUT"]);
    }
    expect(dataOf(await platform.query<{ followUpRequests: { totalCount: number } }>(`{ followUpRequests { totalCount } }`, caseOfficer)).followUpRequests.totalCount).toBe(1);
    const notices = dataOf(await platform.query<{ districtNotifications: { kind: string; subjectId: string }[] }>(`{ districtNotifications { kind subjectId } }`, caseOfficer)).districtNotifications;
    expect(notices).toContainEqual({ kind: "FOLLOW_UP_ARRIVED", subjectId: followUpId });
    // Another district's office neither lists it nor reads it, nor assigns it.
    expect(dataOf(await platform.query<{ followUpRequests: { totalCount: number } }>(`{ followUpRequests { totalCount } }`, otherDistrict)).followUpRequests.totalCount).toBe(0);
    const ASSIGN = `mutation($id: ID!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: "test-village_officer", officerName: "里幹事王") { id status assignedOfficerName } }`;
    expect(errorCodes(await platform.query(`query($id: ID!) { followUpRequest(id: $id) { id childName } }`, { ...otherDistrict, variables: { id: followUpId } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(ASSIGN, { ...otherDistrict, variables: { id: followUpId } }))).toEqual(["FORBIDDEN"]);
    // The 里幹事 sees the request once it is assigned to them.
    expect(dataOf(await platform.query<{ followUpRequests: { totalCount: number } }>(`{ followUpRequests { totalCount } }`, villageOfficer)).followUpRequests.totalCount).toBe(0);
    setFakeNow(taipei("2026-10-05T09:00:00"));
    const assigned = dataOf(await platform.query<{ assignFollowUpOfficer: unknown }>(ASSIGN, { ...caseOfficer, variables: { id: followUpId } })).assignFollowUpOfficer;
    expect(assigned).toEqual({ id: followUpId, status: "ASSIGNED", assignedOfficerName: "里幹事王" });
    const officerNotices = dataOf(await platform.query<{ districtNotifications: { kind: string; subjectId: string }[] }>(`{ districtNotifications { kind subjectId } }`, villageOfficer)).districtNotifications;
    expect(officerNotices).toContainEqual({ kind: "FOLLOW_UP_ASSIGNED", subjectId: followUpId });

    setFakeNow(taipei("2026-10-07T16:00:00"));
    const RECORD = `mutation($input: FollowUpResultInput!) { recordFollowUpResult(input: $input) { id status met followedUpOn deadlines { step dueAt state } } }`;
    const result = { followUpRequestId: followUpId, met: false, followedUpOn: "2026-10-07", whereabouts: null, note: "鄰長表示母女已搬離,去向不明", officerName: "里幹事王" };
    // Not before the request arrived, not in the future: BAD_USER_INPUT, nothing written.
    for (const followedUpOn of ["2026-10-01", "2026-10-08"]) {
      expect(errorCodes(await platform.query(RECORD, { ...villageOfficer, variables: { input: { ...result, followedUpOn } } }))).toEqual(["BAD_USER_INPUT"]);
    }
    const recorded = dataOf(await platform.query<{ recordFollowUpResult: unknown }>(RECORD, { ...villageOfficer, variables: { input: result } })).recordFollowUpResult;
    expect(recorded).toEqual({ id: followUpId, status: "REPLIED", met: false, followedUpOn: "2026-10-07", deadlines: [{ step: "FOLLOW_UP_REPLY", dueAt: endOf("2026-11-02"), state: "MET_ON_TIME" }] });
    // Replied once: a second reply is a CONFLICT.
    expect(errorCodes(await platform.query(RECORD, { ...villageOfficer, variables: { input: result } }))).toEqual(["CONFLICT"]);

    // The district's outbox brings the reply back onto the office's record, once.
    await platform.runJob("district", DISPATCH);
    await platform.runJob("district", DISPATCH);
    const { exOfficioRecord } = dataOf(
      await platform.query<{ exOfficioRecord: { followUpReply: unknown } }>(`query($id: ID!) { exOfficioRecord(id: $id) { followUpReply { followUpRequestId met followedUpOn whereabouts note } } }`, {
        ...clerk,
        variables: { id: recordId },
      }),
    );
    expect(exOfficioRecord.followUpReply).toEqual({ followUpRequestId: followUpId, met: false, followedUpOn: "2026-10-07", whereabouts: null, note: "鄰長表示母女已搬離,去向不明" });
    // D3: the district's reply retried is the stored one; a second reply (another key or content) a CONFLICT.
    const district = platform.platform.subgraphs.get("district")!.database.dataSource;
    const [reply] = (await district.query(`SELECT "payload" FROM "district"."outbox" WHERE "target" = 'ReceiveExOfficioFollowUpReply'`)) as { payload: { input: Record<string, unknown> } | string }[];
    const replyInput = (typeof reply.payload === "string" ? JSON.parse(reply.payload) : reply.payload).input as Record<string, unknown>;
    const REPLY = `mutation($input: ExOfficioFollowUpReplyInput!) { receiveExOfficioFollowUpReply(input: $input) { id followedUpOn } }`;
    const again = dataOf(await platform.query<{ receiveExOfficioFollowUpReply: { followedUpOn: string } }>(REPLY, { ...villageOfficer, through: "district", variables: { input: replyInput } }));
    expect(again.receiveExOfficioFollowUpReply.followedUpOn).toBe("2026-10-07");
    expect(errorCodes(await platform.query(REPLY, { ...villageOfficer, through: "district", variables: { input: { ...replyInput, note: "改寫" } } }))).toEqual(["CONFLICT"]);
    expect(errorCodes(await platform.query(REPLY, { ...villageOfficer, variables: { input: replyInput } }))).toEqual(["FORBIDDEN"]);
    const replies = (await household.query(`SELECT count(*)::int AS "count" FROM "household"."ex_officio_follow_up_replies"`)) as { count: number }[];
    expect(replies[0].count).toBe(1);
  });

  it("should let the officers visit within 7 days and find the child (B2)", async () => {
    setFakeNow(taipei("2026-10-08T15:00:00"));
    dataOf(
      await platform.query(`mutation($input: SearchVisitInput!) { recordSearchVisit(input: $input) { id } }`, {
        ...officer,
        variables: { input: { searchRequestId: requestId, visitedOn: "2026-10-08", note: "戶籍地無人居住", officerName: "警員林" } },
      }),
    );
    setFakeNow(taipei("2026-10-20T09:30:00"));
    const result = {
      searchRequestId: requestId,
      outcome: "FOUND",
      resultOn: "2026-10-20",
      officerName: "警員林",
      foundAddress: "新北市板橋區文化路一段1號",
      foundContactName: "陳美華",
      foundContactPhone: "0912-000-111",
    };
    const { recordSearchResult } = dataOf(
      await platform.query<{ recordSearchResult: { status: string; deadlines: Step[] } }>(
        `mutation($input: SearchResultInput!) { recordSearchResult(input: $input) { status deadlines { step dueAt state } } }`,
        { ...officer, variables: { input: result } },
      ),
    );
    expect(recordSearchResult).toEqual({
      status: "FOUND",
      deadlines: [
        { step: "POLICE_VISIT", dueAt: endOf("2026-10-12"), state: "MET_ON_TIME" },
        { step: "INVESTIGATION_REPLY", dueAt: endOf("2026-11-02"), state: "MET_ON_TIME" },
      ],
    });
  });

  it("should bring the police's reply to the office and, at once, the child to social's unit with its deadlines (B2, B9)", async () => {
    await platform.runJob("police", DISPATCH);
    await platform.runJob("household", DISPATCH);
    const { exOfficioRecord } = dataOf(
      await platform.query<{ exOfficioRecord: { searchOutcome: string; searchResultOn: string } }>(`query($id: ID!) { exOfficioRecord(id: $id) { searchOutcome searchResultOn } }`, {
        ...clerk,
        variables: { id: recordId },
      }),
    );
    expect(exOfficioRecord).toEqual({ searchOutcome: "FOUND", searchResultOn: "2026-10-20" });
    const { childCareCases } = dataOf(
      await platform.query<{ childCareCases: { id: string; status: string; categories: string[]; childName: string; personId: string | null; deadlines: Step[] }[] }>(CASES, socialWorker),
    );
    expect(childCareCases.map((node) => ({ ...node, id: "" }))).toEqual([
      {
        id: "",
        status: "OPEN",
        categories: ["EX_OFFICIO_BIRTH"],
        childName: "陳小安",
        personId: childId,
        deadlines: [
          { step: "SOCIAL_VISIT", dueAt: endOf("2026-10-30"), state: "DUE" },
          { step: "VISIT_REPORT", dueAt: endOf("2026-11-19"), state: "DUE" },
        ],
      },
    ]);
    caseId = childCareCases[0].id;
    // The office's notice was delivered once: a second pass sends nothing again.
    const notices = (await household.query(`SELECT "acknowledged_id" FROM "household"."outbox" WHERE "target" = 'ReceiveChildCareNotice'`)) as { acknowledged_id: string | null }[];
    expect(notices.length).toBe(1);
    expect(notices[0].acknowledged_id).not.toBeNull();
  });

  it("should visit within 10 days, send the report for review within 30, and close on the review (B9)", async () => {
    setFakeNow(taipei("2026-10-26T10:00:00"));
    dataOf(
      await platform.query(`mutation($input: ChildCareVisitInput!) { recordChildCareVisit(input: $input) { id } }`, {
        ...socialWorker,
        variables: { input: { caseId, visitedOn: "2026-10-26", assessment: "由母親照顧,生活穩定", treatment: "轉介托育資源並定期追蹤" } },
      }),
    );
    setFakeNow(taipei("2026-11-06T14:00:00"));
    const sent = dataOf(await platform.query<{ sendChildCareCaseForReview: { status: string } }>(`mutation($id: ID!) { sendChildCareCaseForReview(caseId: $id) { status } }`, { ...socialWorker, variables: { id: caseId } }));
    expect(sent.sendChildCareCaseForReview.status).toBe("IN_REVIEW");
    setFakeNow(taipei("2026-11-09T11:00:00"));
    dataOf(
      await platform.query(`mutation($input: ChildCareReviewInput!) { reviewChildCareClosing(input: $input) { id } }`, {
        ...socialWorker,
        variables: { input: { caseId, decision: "APPROVE", reviewedOn: "2026-11-09" } },
      }),
    );
    const { childCareCase } = dataOf(await platform.query<{ childCareCase: Record<string, unknown> }>(CASE, { ...socialWorker, variables: { id: caseId } }));
    expect(childCareCase).toEqual({
      id: caseId,
      status: "CLOSED",
      closedOn: "2026-11-09",
      visitedOn: "2026-10-26",
      deadlines: [
        { step: "SOCIAL_VISIT", dueAt: endOf("2026-10-30"), state: "MET_ON_TIME" },
        { step: "VISIT_REPORT", dueAt: endOf("2026-11-19"), state: "MET_ON_TIME" },
      ],
    });
  });
});
