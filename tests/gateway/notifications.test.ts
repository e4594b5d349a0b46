import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { acknowledge, assign, clearDistrictCases, handOver, visitMet } from "../support/district-work";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #8: in-platform notifications of the district, through the gateway on a fake clock. An item
 * arriving (a case handed over to 人文課, a case assigned to a 里幹事) and a step going overdue (the
 * scheduler's pass) notify the unit or the user, once; each caller sees only theirs, marks them
 * seen, and cannot mark anyone else's (refused before anything is written).
 */
describe("district notifications", () => {
  const ZHONGZHENG = "63000050";
  const SHILIN = "63000110";
  const LIST = `query($unseenOnly: Boolean) { districtNotifications(unseenOnly: $unseenOnly) { id kind subjectType subjectId step createdAt seenAt } }`;
  const SEEN = `mutation($ids: [ID!]!) { markDistrictNotificationsSeen(ids: $ids) { id seenAt } }`;
  interface Notification {
    id: string;
    kind: string;
    subjectType: string;
    subjectId: string;
    step: string | null;
    createdAt: string;
    seenAt: string | null;
  }

  let platform: TestPlatform;
  let careCaseId = "";
  let shilinCaseId = "";
  const zhongzhengOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
  const shilinOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: SHILIN };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "notifications" });
    await clearDistrictCases(platform);
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  async function list(options: Parameters<TestPlatform["query"]>[1], unseenOnly = false): Promise<Notification[]> {
    const response = await platform.query<{ districtNotifications: Notification[] }>(LIST, { ...options, variables: { unseenOnly } });
    expect(response.errors).toBeUndefined();
    return response.data?.districtNotifications ?? [];
  }

  const wenbeiOfficer = () => tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, "vo-wenbei", ["文北里"]);

  it("should notify the visit district's 人文課 once when a case is handed over, and nobody in 士林區", async () => {
    setFakeNow(new Date("2026-11-02T09:00:00+08:00"));
    const consentInquiryId = "6a4f1c2e-1b2c-4d5e-8f90-0a1b2c3d4e5f";
    const personId = "7b5e2d3f-2c3d-4e6f-9a01-1b2c3d4e5f60";
    careCaseId = await handOver(platform, ZHONGZHENG, "文北里", { consentInquiryId, personId });
    // The sender's retry (same key, same content) returns the stored case and notifies nobody again.
    expect(await handOver(platform, ZHONGZHENG, "文北里", { consentInquiryId, personId })).toBe(careCaseId);
    shilinCaseId = await handOver(platform, SHILIN, "福林里");
    expect((await list(zhongzhengOfficer)).map(({ kind, subjectType, subjectId, step, createdAt, seenAt }) => ({ kind, subjectType, subjectId, step, createdAt, seenAt }))).toEqual([
      { kind: "CASE_ARRIVED", subjectType: "CareCase", subjectId: careCaseId, step: null, createdAt: "2026-11-02T01:00:00.000Z", seenAt: null },
    ]);
    expect((await list(shilinOfficer)).map((n) => n.subjectId)).toEqual([shilinCaseId]);
    // The unit is 人文課: the district's 里幹事 are not notified of arrivals.
    expect(await list({ token: await wenbeiOfficer() })).toEqual([]);
  });

  it("should notify the assigned 里幹事 (their own subject), not another officer of the same 里", async () => {
    setFakeNow(new Date("2026-11-02T10:00:00+08:00"));
    await acknowledge(platform, ZHONGZHENG, careCaseId);
    // 士林's case is acknowledged in time too (its ACKNOWLEDGEMENT deadline met), so only the record below goes overdue.
    await acknowledge(platform, SHILIN, shilinCaseId);
    await assign(platform, ZHONGZHENG, careCaseId, "vo-wenbei");
    expect((await list({ token: await wenbeiOfficer() })).map(({ kind, subjectId, createdAt }) => ({ kind, subjectId, createdAt }))).toEqual([
      { kind: "CASE_ASSIGNED", subjectId: careCaseId, createdAt: "2026-11-02T02:00:00.000Z" },
    ]);
    expect(await list({ token: await tokenFor(Role.VILLAGE_OFFICER, ZHONGZHENG, "vo-other", ["文北里"]) })).toEqual([]);
  });

  it("should notify 人文課, the assigned 里幹事 and 民政局 once when the visit record goes overdue, however many passes run", async () => {
    setFakeNow(new Date("2026-11-02T11:00:00+08:00"));
    await visitMet(platform, ZHONGZHENG, "文北里", careCaseId);
    // Wednesday: still due; a pass notifies nothing.
    setFakeNow(new Date("2026-11-04T09:00:00+08:00"));
    await platform.runJob("district", "deadline-pass");
    expect((await list(zhongzhengOfficer)).map((n) => n.kind)).toEqual(["CASE_ARRIVED"]);
    // Thursday morning: the record (due by the end of Wednesday, A6) is overdue; two passes, one notification each.
    setFakeNow(new Date("2026-11-05T09:00:00+08:00"));
    await platform.runJob("district", "deadline-pass");
    setFakeNow(new Date("2026-11-05T09:01:00+08:00"));
    await platform.runJob("district", "deadline-pass");
    const overdue = { kind: "STEP_OVERDUE", subjectType: "CareCase", subjectId: careCaseId, step: "VISIT_RECORD", createdAt: "2026-11-05T01:00:00.000Z", seenAt: null };
    const shape = ({ kind, subjectType, subjectId, step, createdAt, seenAt }: Notification) => ({ kind, subjectType, subjectId, step, createdAt, seenAt });
    expect((await list(zhongzhengOfficer)).map(shape)).toEqual([
      overdue,
      { kind: "CASE_ARRIVED", subjectType: "CareCase", subjectId: careCaseId, step: null, createdAt: "2026-11-02T01:00:00.000Z", seenAt: null },
    ]);
    expect((await list({ token: await wenbeiOfficer() })).map((n) => n.kind)).toEqual(["STEP_OVERDUE", "CASE_ASSIGNED"]);
    expect((await list({ role: Role.CIVIL_AFFAIRS_OFFICER })).map(shape)).toEqual([overdue]);
    expect((await list(shilinOfficer)).map((n) => n.kind)).toEqual(["CASE_ARRIVED"]);
  });

  it("should mark the caller's notifications seen, keep the first instant, and leave them out of the unseen list", async () => {
    const mine = await list(zhongzhengOfficer);
    setFakeNow(new Date("2026-11-05T10:00:00+08:00"));
    const seen = await platform.query<{ markDistrictNotificationsSeen: { id: string; seenAt: string }[] }>(SEEN, { ...zhongzhengOfficer, variables: { ids: [mine[1].id] } });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.markDistrictNotificationsSeen).toEqual([{ id: mine[1].id, seenAt: "2026-11-05T02:00:00.000Z" }]);
    setFakeNow(new Date("2026-11-05T11:00:00+08:00"));
    const again = await platform.query<{ markDistrictNotificationsSeen: { id: string; seenAt: string }[] }>(SEEN, { ...zhongzhengOfficer, variables: { ids: [mine[1].id] } });
    expect(again.data?.markDistrictNotificationsSeen).toEqual([{ id: mine[1].id, seenAt: "2026-11-05T02:00:00.000Z" }]);
    expect((await list(zhongzhengOfficer, true)).map((n) => n.id)).toEqual([mine[0].id]);
  });

  it("should refuse to mark another unit's or user's notification seen, and write nothing", async () => {
    const [theirs] = await list(zhongzhengOfficer, true);
    const [shilins] = await list(shilinOfficer);
    const attempts = [
      { caller: shilinOfficer, ids: [theirs.id], code: "FORBIDDEN" },
      // All or nothing: one of the caller's own beside someone else's is still refused.
      { caller: shilinOfficer, ids: [shilins.id, theirs.id], code: "FORBIDDEN" },
      { caller: { token: await wenbeiOfficer() }, ids: [theirs.id], code: "FORBIDDEN" },
      { caller: zhongzhengOfficer, ids: ["0b8f6a9e-3c1d-4e2f-8a7b-6c5d4e3f2a1b"], code: "NOT_FOUND" },
      { caller: zhongzhengOfficer, ids: ["not-an-id"], code: "BAD_USER_INPUT" },
    ];
    for (const attempt of attempts) {
      expect(errorCodes(await platform.query(SEEN, { ...attempt.caller, variables: { ids: attempt.ids } }))).toEqual([attempt.code]);
    }
    expect((await list(zhongzhengOfficer, true)).map((n) => n.id)).toEqual([theirs.id]);
    expect((await list(shilinOfficer, true)).map((n) => n.id)).toEqual([shilins.id]);
    // A role the district does not notify cannot call either.
    expect(errorCodes(await platform.query(LIST, { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" }))).toEqual(["FORBIDDEN"]);
  });
});
