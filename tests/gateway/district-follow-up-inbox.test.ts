import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { clearDistrictCases, handOver, inboxQuery, InboxItem, InboxPage, readInbox } from "../support/district-work";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #12 (B2, B9): the follow-up requests (村里追蹤) in the district inbox, through the gateway.
 * 中正區's 人文課 holds the request for its district beside its other work (a case handed over, to
 * acknowledge by noon of the next working day, A4, and visit by day 7, A2), as its FOLLOW_UP_REPLY
 * deadline; once assigned, the 里幹事 holds it too (not another 里幹事 of the office); 士林區's
 * 人文課 holds only its own, and reads 中正區's as FORBIDDEN, as a case of another district; the
 * item leaves both inboxes once replied. 民政局's inbox has none (its oversight is the statistics).
 * Due dates from R2 on the 2026 office calendar: received Friday 10-02 → one month → Monday 11-02
 * (as ex-officio-child-story.test.ts); received Monday 10-05 → Thursday 11-05; Tuesday 10-06 →
 * Friday 11-06. The case handed over on Tuesday 10-06 at 09:00 is acknowledged by Wednesday 10-07 12:00
 * and visited by Tuesday 10-13 (applied for on 10-06).
 */
const ZHONGZHENG = "63000050";
const SHILIN = "63000110";
const caseOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const shilinOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: SHILIN };
const civilAffairs = { role: Role.CIVIL_AFFAIRS_OFFICER };
const VILLAGE_OFFICER_ID = "test-village_officer";
const taipei = (local: string): Date => new Date(`${local}+08:00`);
const endOf = (day: string): string => taipei(`${day}T23:59:59.999`).toISOString();

const INBOX = inboxQuery({ item: "followUpRequest { id status }" });

type Item = InboxItem & { followUpRequest: { id: string; status: string } | null };

describe("the follow-up requests in the district inbox (issue #12: B2, B9)", () => {
  let platform: TestPlatform;
  let zhongzhengRequest = "";
  let shilinRequest = "";
  let handedOver = "";

  async function inbox(options: Parameters<TestPlatform["query"]>[1], variables: Record<string, unknown> = {}): Promise<InboxPage<Item>> {
    return readInbox<InboxPage<Item>>(platform, INBOX, options, variables);
  }

  async function receive(through: "household" | "social", org: string, input: Record<string, unknown>): Promise<string> {
    const role = through === "household" ? Role.HOUSEHOLD_CLERK : Role.SOCIAL_WORKER;
    const received = await platform.query<{ receiveFollowUpRequest: { id: string } }>(`mutation($input: FollowUpRequestInput!) { receiveFollowUpRequest(input: $input) { id } }`, {
      through,
      role,
      org,
      variables: { input },
    });
    return dataOf(received).receiveFollowUpRequest.id;
  }

  const item = (subjectId: string, dueAt: string, state: string, status: string): Item => ({
    id: `FOLLOW_UP_REPLY_DUE:${subjectId}`,
    kind: "FOLLOW_UP_REPLY_DUE",
    step: "FOLLOW_UP_REPLY",
    subjectType: "FollowUpRequest",
    subjectId,
    dueAt,
    state,
    careCase: null,
    followUpRequest: { id: subjectId, status },
  });

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4, seed: "follow-up-inbox" });
    await clearDistrictCases(platform);
    setFakeNow(taipei("2026-10-02T10:00:00"));
    zhongzhengRequest = await receive("household", ZHONGZHENG, {
      clientKey: "follow-up-inbox-1",
      reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH",
      name: "陳小安",
      birthDate: "2026-09-20",
      sex: "FEMALE",
      motherName: "陳美華",
      householdDistrict: ZHONGZHENG,
      requestedOn: "2026-10-02",
      requesterAgency: "HOUSEHOLD",
      requesterReference: "ex-officio-record-1",
    });
    setFakeNow(taipei("2026-10-05T09:00:00"));
    shilinRequest = await receive("social", "NORTH_CARE_POINT", {
      clientKey: "follow-up-inbox-2",
      name: "林小明",
      birthDate: "2025-04-11",
      motherName: "林美玉",
      householdDistrict: SHILIN,
      requestedOn: "2026-10-05",
      requesterAgency: "SOCIAL",
      requesterReference: "child-care-request-2",
    });
    setFakeNow(taipei("2026-10-06T09:00:00"));
    handedOver = await handOver(platform, ZHONGZHENG, "文北里");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should list each office's open follow-up with its 1-month reply, and none of another office's", async () => {
    const zhongzheng = await inbox(caseOfficer);
    expect(zhongzheng.items.map(({ kind, subjectType, subjectId, dueAt, careCase, followUpRequest }) => ({ kind, subjectType, subjectId, dueAt, careCase, followUpRequest }))).toEqual([
      { kind: "ACKNOWLEDGEMENT_DUE", subjectType: "CareCase", subjectId: handedOver, dueAt: taipei("2026-10-07T12:00:00").toISOString(), careCase: { id: handedOver }, followUpRequest: null },
      { kind: "HOME_VISIT_DUE", subjectType: "CareCase", subjectId: handedOver, dueAt: endOf("2026-10-13"), careCase: { id: handedOver }, followUpRequest: null },
      { kind: "FOLLOW_UP_REPLY_DUE", subjectType: "FollowUpRequest", subjectId: zhongzhengRequest, dueAt: endOf("2026-11-02"), careCase: null, followUpRequest: { id: zhongzhengRequest, status: "RECEIVED" } },
    ]);
    expect(zhongzheng.items[2]).toEqual(item(zhongzhengRequest, endOf("2026-11-02"), "DUE", "RECEIVED"));
    expect(zhongzheng.totalCount).toBe(3);
    expect((await inbox(shilinOfficer)).items).toEqual([item(shilinRequest, endOf("2026-11-05"), "DUE", "RECEIVED")]);
    // Another office's request, read directly: refused as a case of another district is.
    expect(errorCodes(await platform.query(`query($id: ID!) { followUpRequest(id: $id) { id status } }`, { ...shilinOfficer, variables: { id: zhongzhengRequest } }))).toEqual(["FORBIDDEN"]);
    // 民政局's oversight inbox lists no follow-up (FollowUpRequest has no row scope of 民政局's).
    setFakeNow(taipei("2026-11-06T09:00:00"));
    expect((await inbox(civilAffairs)).items.filter((work) => work.subjectType === "FollowUpRequest")).toEqual([]);
    setFakeNow(taipei("2026-10-06T09:00:00"));
  });

  it("should page and filter the follow-ups with the inbox's other items, by due time and state", async () => {
    await receive("household", ZHONGZHENG, {
      clientKey: "follow-up-inbox-3",
      reason: "MOVED_EX_OFFICIO",
      name: "陳小華",
      birthDate: "2024-02-02",
      motherName: "陳美華",
      householdDistrict: ZHONGZHENG,
      requestedOn: "2026-10-06",
      requesterAgency: "HOUSEHOLD",
      requesterReference: "ex-officio-record-3",
    });
    const first = await inbox(caseOfficer, { first: 3 });
    expect(first.items.map((work) => work.subjectId)).toEqual([handedOver, handedOver, zhongzhengRequest]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(4);
    const second = await inbox(caseOfficer, { first: 3, after: first.pageInfo.endCursor });
    // Received Tuesday 10-06 → one month → Friday 11-06.
    expect(second.items.map((work) => [work.dueAt, work.state])).toEqual([[endOf("2026-11-06"), "DUE"]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    setFakeNow(taipei("2026-11-03T09:00:00"));
    const overdue = await inbox(caseOfficer, { states: ["OVERDUE"] });
    expect(overdue.items.map((work) => [work.subjectId, work.state])).toEqual([
      [handedOver, "OVERDUE"],
      [handedOver, "OVERDUE"],
      [zhongzhengRequest, "OVERDUE"],
    ]);
    expect(overdue.items[2]).toEqual(item(zhongzhengRequest, endOf("2026-11-02"), "OVERDUE", "RECEIVED"));
    setFakeNow(taipei("2026-10-06T09:00:00"));
  });

  it("should give the assigned 里幹事 the follow-up, and take it out of every inbox once replied", async () => {
    const villageOfficer = { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG };
    const otherVillageOfficer = { token: await tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, "vo-other") };
    expect((await inbox(villageOfficer)).items).toEqual([]);
    dataOf(
      await platform.query(`mutation($id: ID!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: "${VILLAGE_OFFICER_ID}", officerName: "里幹事王") { id } }`, {
        ...caseOfficer,
        variables: { id: zhongzhengRequest },
      }),
    );
    expect((await inbox(villageOfficer)).items).toEqual([item(zhongzhengRequest, endOf("2026-11-02"), "DUE", "ASSIGNED")]);
    expect((await inbox(otherVillageOfficer)).items).toEqual([]);

    dataOf(
      await platform.query(`mutation($input: FollowUpResultInput!) { recordFollowUpResult(input: $input) { id } }`, {
        ...villageOfficer,
        variables: { input: { followUpRequestId: zhongzhengRequest, met: true, followedUpOn: "2026-10-06", whereabouts: "與外祖父同住於中正區", note: null, officerName: "里幹事王" } },
      }),
    );
    expect((await inbox(villageOfficer)).items).toEqual([]);
    const after = await inbox(caseOfficer);
    expect(after.items.map((work) => work.subjectId)).toEqual([handedOver, handedOver, expect.any(String)]);
    expect(after.items.map((work) => work.subjectId)).not.toContain(zhongzhengRequest);
    expect(after.totalCount).toBe(3);
  });
});
