import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { RETENTION_PURGE_JOB } from "../../shared/retention/purge";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";

const ZHONGZHENG = "63000050";
const VILLAGE = "文北里";
const DISPATCH = "outbox-dispatch";
const UNIT = carePointUnitOf(ZHONGZHENG);
const socialWorker = { role: Role.SOCIAL_WORKER, org: UNIT };
const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };

const taipei = (local: string): Date => new Date(`${local}+08:00`);

/** A referral's rows in a receiving agency's schema, by how each table names it. */
function referralTables(schema: string): Readonly<Record<string, string>> {
  return {
    referrals: `SELECT count(*)::int AS "n" FROM "${schema}"."referrals" WHERE "id" = $1`,
    serviceRecords: `SELECT count(*)::int AS "n" FROM "${schema}"."service_records" WHERE "referral_id" = $1`,
    notifications: `SELECT count(*)::int AS "n" FROM "${schema}"."notifications" WHERE "subject_id" = $1::text`,
    outbox: `SELECT count(*)::int AS "n" FROM "${schema}"."outbox" "o" JOIN "${schema}"."referrals" "r" ON "o"."payload" -> 'input' ->> 'referralKey' = "r"."client_key" WHERE "r"."id" = $1`,
  };
}

/** A closed referral of the fixture: one service contact, the arrival notice to the unit, the closing reported to the district. */
const CLOSED_REFERRAL_ROWS = { notifications: 1, outbox: 1, serviceRecords: 1, referrals: 1 };

/**
 * Issue #9 (A9, PDPA art. 11) in the receiving agencies (shared/receiving/retention.ts): the serving
 * unit (社會局's care point, 衛生局's 健康服務中心) keeps its closed referrals and their service
 * records at least a year after closing, off until it sets a period; held referrals stay. Each
 * agency's retention is its own (D1): the district's case outlives a purged referral, and a
 * referral outlives a purged case without the view failing.
 */
const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };

describe("the receiving agencies' retention", () => {
  let platform: TestPlatform;
  let old: ReferredCase;
  let held: ReferredCase;

  async function rowsOf(schema: string, referralId: string): Promise<Record<string, number>> {
    const { dataSource } = platform.platform.subgraphs.get(schema)!.database;
    const counts: Record<string, number> = {};
    for (const [table, sql] of Object.entries(referralTables(schema))) {
      const [row] = (await dataSource.query(sql, [referralId])) as { n: number }[];
      counts[table] = row.n;
    }
    return counts;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 0, seed: "referral-retention" });
    setFakeNow(taipei("2026-11-02T10:00:00"));
    old = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "referral-retention-old");
    held = await createReferredCase(platform, ZHONGZHENG, VILLAGE, "referral-retention-held");
    setFakeNow(taipei("2026-11-09T10:00:00"));
    for (const referred of [old, held]) {
      dataOf(await platform.query(`mutation($id: ID!) { closeSocialReferral(referralId: $id, closedOn: "2026-11-06") { status } }`, { ...socialWorker, variables: { id: referred.socialReferralId } }));
      dataOf(await platform.query(`mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-11-08") { status } }`, { ...nurse, variables: { id: referred.healthReferralId } }));
      // Issue #9: the fixture's case is referred to 民政局 too (A11: interpreting); its closing is the last part.
      dataOf(await platform.query(`mutation($id: ID!) { closeCivilAffairsReferral(referralId: $id, closedOn: "2026-11-08") { status } }`, { ...bureau, variables: { id: referred.civilAffairsReferralId } }));
    }
    await platform.runJob("social", DISPATCH);
    await platform.runJob("health", DISPATCH);
    await platform.runJob("civil-affairs", DISPATCH);
    // Issue #9 (A9): the district's closing notices to household; a case with a hand-off on its way is not purged.
    await platform.runJob("district", DISPATCH);
    setFakeNow(taipei("2028-01-15T10:00:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should purge nothing while no unit has set a period", async () => {
    expect(await rowsOf("social", old.socialReferralId)).toEqual(CLOSED_REFERRAL_ROWS);
    expect(await rowsOf("health", old.healthReferralId)).toEqual(CLOSED_REFERRAL_ROWS);
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("social", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await platform.runJob("health", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let only the unit's own serving role set its period, never under a year", async () => {
    const SET = `mutation($org: String!, $months: Int) { setSocialRetention(org: $org, periodMonths: $months) { org periodMonths } }`;
    const before = await dataSnapshot(platform);
    expect(errorCodes(await platform.query(SET, { ...socialWorker, variables: { org: UNIT, months: 6 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET, { ...socialWorker, variables: { org: "FAMILY_SERVICE_CENTRE", months: 12 } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(SET, { ...officer, variables: { org: UNIT, months: 12 } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(`mutation { setHealthRetention(org: "63000050", periodMonths: 12) { org } }`, socialWorker))).toEqual(["FORBIDDEN"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should purge the closed referrals past the period and not held, each agency on its own", async () => {
    dataOf(await platform.query(`mutation($id: ID!) { placeSocialLegalHold(subjectId: $id, reason: "保護令聲請中") { id } }`, { ...socialWorker, variables: { id: held.socialReferralId } }));
    dataOf(await platform.query(`mutation { setSocialRetention(org: "${UNIT}", periodMonths: 12) { org } }`, socialWorker));
    const heldRows = await rowsOf("social", held.socialReferralId);
    const districtBefore = (await dataSnapshot(platform))["district.care_cases"];

    // What the purge reports for one: A10's history of units is emptied with its referral too (none moved here). Issue #12:
    // social's purge runs its programme B plan too, so each count is named by its subject type.
    expect(await platform.runJob("social", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: { "SocialReferral.notifications": 1, "SocialReferral.outbox": 1, "SocialReferral.serviceRecords": 1, "SocialReferral.referralTransfers": 0, "SocialReferral.referrals": 1 },
    });
    expect(await rowsOf("social", old.socialReferralId)).toEqual({ notifications: 0, outbox: 0, serviceRecords: 0, referrals: 0 });
    expect(await rowsOf("social", held.socialReferralId)).toEqual(heldRows);
    // 衛生局 set no period: its referrals stay; the district's cases are the district's (D1).
    expect(await rowsOf("health", old.healthReferralId)).toEqual(CLOSED_REFERRAL_ROWS);
    expect((await dataSnapshot(platform))["district.care_cases"]).toEqual(districtBefore);

    const socialReferral = await platform.query(`query($id: ID!) { socialReferral(id: $id) { id } }`, { ...socialWorker, variables: { id: old.socialReferralId } });
    expect(errorCodes(socialReferral)).toEqual(["NOT_FOUND"]);
    // The district's case answers whole, without the purged part.
    const careCase = await platform.query<{ careCase: { status: string; socialReferrals: { id: string }[] | null } }>(
      `query($id: ID!) { careCase(id: $id) { status socialReferrals { id } } }`,
      { ...officer, variables: { id: old.careCaseId } },
    );
    expect(dataOf(careCase).careCase).toEqual({ status: "CLOSED", socialReferrals: [] });
  });

  it("should answer NOT_FOUND for the district's part of a referral whose case the district purged (no silent half case, no server error)", async () => {
    dataOf(await platform.query(`mutation { setDistrictRetention(org: "${ZHONGZHENG}", periodMonths: 12) { org } }`, officer));
    expect(await platform.runJob("district", RETENTION_PURGE_JOB)).toMatchObject({ status: "ran", purged: { careCases: 2 } });
    const referral = await platform.query<{ healthReferral: { id: string; careCase: { id: string; status: string | null } | null } }>(
      `query($id: ID!) { healthReferral(id: $id) { id careCase { id status } } }`,
      { ...nurse, variables: { id: old.healthReferralId } },
    );
    // 衛生局's referral answers; the district's part of it is NOT_FOUND at its path, not an empty case.
    expect(referral.errors?.map((error) => ({ code: error.extensions?.code, path: error.path }))).toEqual([{ code: "NOT_FOUND", path: ["healthReferral", "careCase"] }]);
    expect(referral.data?.healthReferral).toEqual({ id: old.healthReferralId, careCase: { id: old.careCaseId, status: null } });
  });
});
