import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { RETENTION_PURGE_JOB } from "../../shared/retention/purge";
import { createReferredCase, createVisitedCase, ReferredCase, VisitedCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";

const ZHONGZHENG = "63000050";
const DATONG = "63000060";
const VILLAGE = "文北里";
const DISPATCH = "outbox-dispatch";
const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const socialWorker = { role: Role.SOCIAL_WORKER, org: carePointUnitOf(ZHONGZHENG) };
const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };

const taipei = (local: string): Date => new Date(`${local}+08:00`);

const SET_RETENTION = `mutation($org: String!, $months: Int) { setDistrictRetention(org: $org, periodMonths: $months) { org periodMonths setBy } }`;
const PLACE_HOLD = `mutation($id: ID!, $reason: String!) { placeDistrictLegalHold(subjectId: $id, reason: $reason) { id subjectType subjectId org reason placedBy placedByRole liftedAt } }`;
const LIFT_HOLD = `mutation($id: ID!, $reason: String!) { liftDistrictLegalHold(holdId: $id, reason: $reason) { id liftedBy liftedByRole liftReason } }`;

/** The district's tables that hold a case's records, and how each names the case. */
const CASE_TABLES: Readonly<Record<string, string>> = {
  careCases: `SELECT count(*)::int AS "n" FROM "district"."care_cases" WHERE "id" = $1`,
  visitAttempts: `SELECT count(*)::int AS "n" FROM "district"."visit_attempts" WHERE "care_case_id" = $1`,
  visitRecords: `SELECT count(*)::int AS "n" FROM "district"."visit_records" WHERE "care_case_id" = $1`,
  visitRecordSignatures: `SELECT count(*)::int AS "n" FROM "district"."visit_record_signatures" "s" JOIN "district"."visit_records" "r" ON "r"."id" = "s"."visit_record_id" WHERE "r"."care_case_id" = $1`,
  helpTasks: `SELECT count(*)::int AS "n" FROM "district"."help_tasks" WHERE "care_case_id" = $1`,
  urgentReports: `SELECT count(*)::int AS "n" FROM "district"."urgent_reports" WHERE "care_case_id" = $1`,
  caseReferrals: `SELECT count(*)::int AS "n" FROM "district"."case_referrals" WHERE "care_case_id" = $1`,
  deadlines: `SELECT count(*)::int AS "n" FROM "district"."deadlines" WHERE "subject_type" = 'CareCase' AND "subject_id" = $1::text`,
  deadlineBreaches: `SELECT count(*)::int AS "n" FROM "district"."deadline_breaches" WHERE "subject_type" = 'CareCase' AND "subject_id" = $1::text`,
  notifications: `SELECT count(*)::int AS "n" FROM "district"."notifications" WHERE "subject_type" = 'CareCase' AND "subject_id" = $1::text`,
  outbox: `SELECT count(*)::int AS "n" FROM "district"."outbox" WHERE "payload" -> 'input' ->> 'careCaseId' = $1::text`,
};

/** A case referred to social and health whose two referrals closed: the district closes it (REFERRALS_CLOSED, A10). */
const CLOSED_REFERRED_CASE_ROWS = {
  careCases: 1,
  visitAttempts: 1,
  visitRecords: 1,
  // The six levels of 附件4's sign-off (A8; the district's default), each with a name and time.
  visitRecordSignatures: 6,
  // Its boxes are 社會局, 衛生局 and 民政局: referrals, no task of the district's own.
  helpTasks: 0,
  urgentReports: 1,
  // 社會局, 衛生局 and 民政局 (issue #9: the fixture's three boxes).
  caseReferrals: 3,
  // ACKNOWLEDGEMENT, HOME_VISIT, VISIT_RECORD, and the REFERRAL step (A9: within 1 day).
  deadlines: 4,
  deadlineBreaches: 0,
  // 人文課: the arrival; the 里幹事: the assignment.
  notifications: 2,
  // The three referrals the district's outbox delivered, and the closing notice to household (A9, issue #9).
  outbox: 4,
};

/**
 * Issue #9 (A9, PDPA art. 11): the district keeps closed cases and their records at least a year
 * after closing; its 人文課 sets the period (off until then), holds single cases, and the purge job
 * removes what is past the period and not held, across the district's tables, leaving the audit
 * log. The unified view of a purged case answers NOT_FOUND, never a half case.
 */
const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };

describe("the district's retention", () => {
  let platform: TestPlatform;
  /** Closed 2026-11-08: past a 12-month period on 2027-12-01. */
  let old: ReferredCase;
  /** Closed the same day, held. */
  let held: ReferredCase;
  /** Closed 2027-06-30: within the period on 2027-12-01. */
  let recent: VisitedCase;
  /** Never closed. */
  let open: VisitedCase;
  let holdId: string;

  async function rowsOf(careCaseId: string): Promise<Record<string, number>> {
    const { dataSource } = platform.platform.subgraphs.get("district")!.database;
    const counts: Record<string, number> = {};
    for (const [table, sql] of Object.entries(CASE_TABLES)) {
      const [row] = (await dataSource.query(sql, [careCaseId])) as { n: number }[];
      counts[table] = row.n;
    }
    return counts;
  }

  async function closeByReferrals(referred: ReferredCase): Promise<void> {
    dataOf(await platform.query(`mutation($id: ID!) { closeSocialReferral(referralId: $id, closedOn: "2026-11-06") { status } }`, { ...socialWorker, variables: { id: referred.socialReferralId } }));
    dataOf(await platform.query(`mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-11-08") { status } }`, { ...nurse, variables: { id: referred.healthReferralId } }));
    // Issue #9: the fixture's case is referred to 民政局 too (A11: interpreting); its closing is the last part.
    dataOf(await platform.query(`mutation($id: ID!) { closeCivilAffairsReferral(referralId: $id, closedOn: "2026-11-08") { status } }`, { ...bureau, variables: { id: referred.civilAffairsReferralId } }));
  }

  beforeAll(async () => {
    // No demo data: every row of the district is one of these four cases, so every count is written by hand.
    platform = await startTestPlatform({ persons: 0, seed: "retention" });
    setFakeNow(taipei("2026-11-02T10:00:00"));
    old = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "retention-old");
    held = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "retention-held");
    setFakeNow(taipei("2026-11-09T10:00:00"));
    await closeByReferrals(old);
    await closeByReferrals(held);
    await platform.runJob("social", DISPATCH);
    await platform.runJob("health", DISPATCH);
    await platform.runJob("civil-affairs", DISPATCH);
    // Issue #9: the closings' notices to household; a case whose hand-off is still on its way is not purged.
    await platform.runJob("district", DISPATCH);
    setFakeNow(taipei("2027-06-30T10:00:00"));
    recent = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "retention-recent", { needs: ["DISTRICT_HUMANITIES_SECTION"] });
    // A9: its only box is 人文課's own help; done, the case closes by itself (INTERNAL_HELP_DONE).
    const { careCase } = dataOf(await platform.query<{ careCase: { helpTasks: { id: string }[] } }>(`query($id: ID!) { careCase(id: $id) { helpTasks { id } } }`, { ...officer, variables: { id: recent.careCaseId } }));
    dataOf(await platform.query(`mutation($id: ID!) { completeHelpTask(taskId: $id, doneOn: "2027-06-30") { id } }`, { ...officer, variables: { id: careCase.helpTasks[0].id } }));
    open = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, "retention-open", { needs: ["DISTRICT_HUMANITIES_SECTION"] });
    await platform.runJob("district", DISPATCH);
    setFakeNow(taipei("2027-12-01T10:00:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should purge nothing while the district has set no period (off by default)", async () => {
    expect(dataOf(await platform.query(`{ districtRetention { org periodMonths setAt setBy } }`, officer))).toEqual({
      districtRetention: { org: ZHONGZHENG, periodMonths: null, setAt: null, setBy: null },
    });
    expect(await rowsOf(old.careCaseId)).toEqual(CLOSED_REFERRED_CASE_ROWS);
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("district", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should refuse a period under one year (A9), another district's setting, and other roles, writing nothing", async () => {
    const before = await dataSnapshot(platform);
    expect(errorCodes(await platform.query(SET_RETENTION, { ...officer, variables: { org: ZHONGZHENG, months: 11 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET_RETENTION, { ...officer, variables: { org: ZHONGZHENG, months: 0 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET_RETENTION, { ...officer, variables: { org: DATONG, months: 12 } }))).toEqual(["FORBIDDEN"]);
    for (const role of [Role.VILLAGE_OFFICER, Role.CIVIL_AFFAIRS_OFFICER, Role.AUDITOR]) {
      expect(errorCodes(await platform.query(SET_RETENTION, { role, org: ZHONGZHENG, variables: { org: ZHONGZHENG, months: 12 } }))).toEqual(["FORBIDDEN"]);
    }
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should place a hold once, with its reason, on a case in the officer's scope", async () => {
    const placed = dataOf(await platform.query<{ placeDistrictLegalHold: { id: string } }>(PLACE_HOLD, { ...officer, variables: { id: held.careCaseId, reason: "訴訟中，法院調閱" } }));
    holdId = placed.placeDistrictLegalHold.id;
    expect(placed.placeDistrictLegalHold).toEqual({
      id: holdId,
      subjectType: "CareCase",
      subjectId: held.careCaseId,
      org: ZHONGZHENG,
      reason: "訴訟中，法院調閱",
      placedBy: "test-district_case_officer",
      placedByRole: "DISTRICT_CASE_OFFICER",
      liftedAt: null,
    });
    expect(errorCodes(await platform.query(PLACE_HOLD, { ...officer, variables: { id: held.careCaseId, reason: "再次" } }))).toEqual(["CONFLICT"]);
    expect(errorCodes(await platform.query(PLACE_HOLD, { ...officer, variables: { id: old.careCaseId, reason: "  " } }))).toEqual(["BAD_USER_INPUT"]);
    // 大同區's officer: the case is not in its scope.
    expect(errorCodes(await platform.query(PLACE_HOLD, { role: Role.DISTRICT_CASE_OFFICER, org: DATONG, variables: { id: old.careCaseId, reason: "調查" } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(PLACE_HOLD, { ...officer, variables: { id: "00000000-0000-4000-8000-000000000000", reason: "調查" } }))).toEqual(["NOT_FOUND"]);
    expect(errorCodes(await platform.query(LIFT_HOLD, { ...officer, variables: { id: holdId, reason: "" } }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("should purge exactly the closed case past the period, not the held, recent or open ones, and keep the audit log", async () => {
    const { dataSource } = platform.platform.subgraphs.get("district")!.database;
    const auditOf = async (): Promise<string[]> =>
      ((await dataSource.query(`SELECT "id"::text AS "id" FROM "district"."audit_log" WHERE "person_id" = $1 ORDER BY "id"`, [old.immigrant.id])) as { id: string }[]).map((row) => row.id);
    // 人文課 reads the case in the unified view: the district records that use (issue #4).
    dataOf(await platform.query(UNIFIED_PERSON_QUERY, { ...officer, variables: { id: old.immigrant.id } }));
    const auditBefore = await auditOf();
    expect(auditBefore.length).toBeGreaterThan(0);
    const heldRows = await rowsOf(held.careCaseId);
    const recentRows = await rowsOf(recent.careCaseId);
    const openRows = await rowsOf(open.careCaseId);

    expect(dataOf(await platform.query(SET_RETENTION, { ...officer, variables: { org: ZHONGZHENG, months: 12 } }))).toEqual({
      setDistrictRetention: { org: ZHONGZHENG, periodMonths: 12, setBy: "test-district_case_officer" },
    });
    expect(await platform.runJob("district", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: CLOSED_REFERRED_CASE_ROWS });

    expect(Object.values(await rowsOf(old.careCaseId)).every((count) => count === 0)).toBe(true);
    expect(await rowsOf(held.careCaseId)).toEqual(heldRows);
    expect(await rowsOf(recent.careCaseId)).toEqual(recentRows);
    expect(await rowsOf(open.careCaseId)).toEqual(openRows);
    // The audit trail of the purged case is intact (its own, longer retention).
    expect((await auditOf()).slice(0, auditBefore.length)).toEqual(auditBefore);
    // A second pass finds nothing more.
    expect(await platform.runJob("district", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
  });

  it("should answer NOT_FOUND for the purged case and show no half case in the person's view", async () => {
    const response = await platform.query(`query($id: ID!) { careCase(id: $id) { id status } }`, { ...officer, variables: { id: old.careCaseId } });
    expect(errorCodes(response)).toEqual(["NOT_FOUND"]);
    const view = await platform.query<{ person: { careCases: { id: string }[] | null; registrationInquiries: { careCase: { id: string } | null }[] | null } }>(
      UNIFIED_PERSON_QUERY,
      { ...officer, variables: { id: old.immigrant.id } },
    );
    expect(view.errors).toBeUndefined();
    expect(view.data?.person.careCases).toEqual([]);
    expect(view.data?.person.registrationInquiries?.map((inquiry) => inquiry.careCase)).toEqual([null]);
  });

  it("should purge the held case on the next run once its hold is lifted", async () => {
    expect(dataOf(await platform.query(LIFT_HOLD, { ...officer, variables: { id: holdId, reason: "判決確定" } }))).toEqual({
      liftDistrictLegalHold: { id: holdId, liftedBy: "test-district_case_officer", liftedByRole: "DISTRICT_CASE_OFFICER", liftReason: "判決確定" },
    });
    expect(errorCodes(await platform.query(LIFT_HOLD, { ...officer, variables: { id: holdId, reason: "again" } }))).toEqual(["CONFLICT"]);
    expect(await platform.runJob("district", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: CLOSED_REFERRED_CASE_ROWS });
    expect(Object.values(await rowsOf(held.careCaseId)).every((count) => count === 0)).toBe(true);
    // The hold itself stays, lifted: who held the case, why, and who let it go.
    expect(dataOf(await platform.query<{ districtLegalHolds: { id: string; liftReason: string | null }[] }>(`{ districtLegalHolds { id liftReason } }`, officer))).toEqual({
      districtLegalHolds: [{ id: holdId, liftReason: "判決確定" }],
    });
  });
});
