import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow, taipeiToday } from "../../shared/clock";
import { RETENTION_PURGE_JOB } from "../../shared/retention/purge";
import { createVisitedCase } from "../support/case-fixture";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const VILLAGE = "文北里";
const DISPATCH = "outbox-dispatch";
const LABOUR = "taipei.labour-bureau";
const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
const labour = { role: Role.PARTNER_AGENCY_OFFICER, org: LABOUR };
const education = { role: Role.PARTNER_AGENCY_OFFICER, org: "taipei.education-bureau" };
const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };

const taipei = (local: string): Date => new Date(`${local}+08:00`);

/** One referral's rows in 民政局's schema, by how each table names it (the bureau's own, or a partner agency's). */
function tablesOf(kind: "bureau" | "partner"): Readonly<Record<string, string>> {
  const referrals = kind === "bureau" ? "referrals" : "partner_referrals";
  const records = kind === "bureau" ? "service_records" : "partner_service_records";
  return {
    referrals: `SELECT count(*)::int AS "n" FROM "civil_affairs"."${referrals}" WHERE "id" = $1`,
    serviceRecords: `SELECT count(*)::int AS "n" FROM "civil_affairs"."${records}" WHERE "referral_id" = $1`,
    notifications: `SELECT count(*)::int AS "n" FROM "civil_affairs"."notifications" WHERE "subject_id" = $1::text`,
    outbox: `SELECT count(*)::int AS "n" FROM "civil_affairs"."outbox" "o" JOIN "civil_affairs"."${referrals}" "r" ON "o"."payload" -> 'input' ->> 'referralKey' = "r"."client_key" WHERE "r"."id" = $1`,
    ...(kind === "bureau" ? { onwardReferrals: `SELECT count(*)::int AS "n" FROM "civil_affairs"."onward_referrals" WHERE "referral_id" = $1` } : {}),
  };
}

/** A closed referral of this test: its arrival notice, one handling, the closing reported to the district (and for the bureau's, one onward referral, A11). */
const CLOSED_BUREAU_ROWS = { notifications: 1, outbox: 1, serviceRecords: 1, onwardReferrals: 1, referrals: 1 };
const CLOSED_PARTNER_ROWS = { notifications: 1, outbox: 1, serviceRecords: 1, referrals: 1 };
const GONE = (rows: Readonly<Record<string, number>>) => Object.fromEntries(Object.keys(rows).map((table) => [table, 0]));

/**
 * Issue #9 (A9, PDPA art. 11) in 民政局's subgraph (subgraphs/civil-affairs/retention.ts): the
 * bureau keeps its own closed cases with their handling and onward referrals (A11), and each
 * partner agency (勞動局, 教育局) its own referrals hosted there, at least a year after closing,
 * off until the owner sets a period; held referrals stay; nobody else sets or holds.
 */
describe("民政局's retention: its own cases and the partner agencies' referrals", () => {
  let platform: TestPlatform;
  const referrals = { old: { bureau: "", partner: "" }, held: { bureau: "", partner: "" } };

  async function rowsOf(kind: "bureau" | "partner", referralId: string): Promise<Record<string, number>> {
    const { dataSource } = platform.platform.subgraphs.get("civil-affairs")!.database;
    const counts: Record<string, number> = {};
    for (const [table, sql] of Object.entries(tablesOf(kind))) {
      const [row] = (await dataSource.query(sql, [referralId])) as { n: number }[];
      counts[table] = row.n;
    }
    return counts;
  }

  /** A case referred to 民政局 (interpreting) and 勞動局 (jobs); each handled once, the bureau's referred onward to 移民署, both closed. */
  async function closedReferrals(seed: string): Promise<{ bureau: string; partner: string }> {
    const visited = await createVisitedCase(platform, ZHONGZHENG, VILLAGE, seed, { needs: ["CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU"] });
    await platform.runJob("district", DISPATCH);
    const { careCase } = dataOf(
      await platform.query<{ careCase: { civilAffairsReferrals: { id: string }[]; partnerReferrals: { id: string }[] } }>(
        `query($id: ID!) { careCase(id: $id) { civilAffairsReferrals { id } partnerReferrals { id } } }`,
        { ...officer, variables: { id: visited.careCaseId } },
      ),
    );
    const [bureauReferral] = careCase.civilAffairsReferrals;
    const [partnerReferral] = careCase.partnerReferrals;
    const today = taipeiToday();
    dataOf(
      await platform.query(`mutation($input: CivilAffairsServiceInput!) { recordCivilAffairsService(input: $input) { id } }`, {
        ...bureau,
        variables: { input: { referralId: bureauReferral.id, servedOn: today, mode: "PHONE", summary: "安排越南語通譯", officerName: "承辦人丙" } },
      }),
    );
    dataOf(
      await platform.query(`mutation($input: ReferOnwardInput!) { referOnward(input: $input) { id } }`, {
        ...bureau,
        variables: { input: { referralId: bureauReferral.id, target: "taipei.national-immigration-agency", targetKind: "CENTRAL_AGENCY", referredOn: today, note: "居留證件疑義" } },
      }),
    );
    dataOf(
      await platform.query(`mutation($input: PartnerServiceInput!) { recordPartnerService(input: $input) { id } }`, {
        ...labour,
        variables: { input: { referralId: partnerReferral.id, servedOn: today, mode: "PHONE", summary: "就業媒合", officerName: "就業服務員丁" } },
      }),
    );
    dataOf(await platform.query(`mutation($id: ID!) { closeCivilAffairsReferral(referralId: $id, closedOn: "${today}") { status } }`, { ...bureau, variables: { id: bureauReferral.id } }));
    dataOf(await platform.query(`mutation($id: ID!) { closePartnerReferral(referralId: $id, closedOn: "${today}") { status } }`, { ...labour, variables: { id: partnerReferral.id } }));
    return { bureau: bureauReferral.id, partner: partnerReferral.id };
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 0, seed: "civil-affairs-retention" });
    setFakeNow(taipei("2026-11-02T10:00:00"));
    referrals.old = await closedReferrals("civil-affairs-retention-old");
    referrals.held = await closedReferrals("civil-affairs-retention-held");
    setFakeNow(taipei("2026-11-09T10:00:00"));
    await platform.runJob("civil-affairs", DISPATCH);
    setFakeNow(taipei("2028-01-15T10:00:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should purge nothing while neither the bureau nor a partner agency has set a period", async () => {
    expect(await rowsOf("bureau", referrals.old.bureau)).toEqual(CLOSED_BUREAU_ROWS);
    expect(await rowsOf("partner", referrals.old.partner)).toEqual(CLOSED_PARTNER_ROWS);
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("civil-affairs", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let only each owner's own officer set its period, never under a year, and hold only its own referrals", async () => {
    const BUREAU_SET = `mutation($org: String!, $months: Int) { setCivilAffairsRetention(org: $org, periodMonths: $months) { org } }`;
    const PARTNER_SET = `mutation($org: String!, $months: Int) { setPartnerRetention(org: $org, periodMonths: $months) { org } }`;
    const before = await dataSnapshot(platform);
    expect(errorCodes(await platform.query(BUREAU_SET, { ...bureau, variables: { org: CITY_ORG, months: 11 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(BUREAU_SET, { ...officer, variables: { org: CITY_ORG, months: 12 } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(BUREAU_SET, { ...labour, variables: { org: LABOUR, months: 12 } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(PARTNER_SET, { ...education, variables: { org: LABOUR, months: 12 } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(PARTNER_SET, { ...bureau, variables: { org: LABOUR, months: 12 } }))).toEqual(["FORBIDDEN"]);
    // 教育局 cannot hold 勞動局's referral; 勞動局 cannot hold the bureau's.
    const PARTNER_HOLD = `mutation($id: ID!) { placePartnerLegalHold(subjectId: $id, reason: "訴訟中") { id } }`;
    expect(errorCodes(await platform.query(PARTNER_HOLD, { ...education, variables: { id: referrals.held.partner } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(PARTNER_HOLD, { ...labour, variables: { id: referrals.held.bureau } }))).toEqual(["NOT_FOUND"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should purge the bureau's closed cases past its period and not held, with their onward referrals, and leave the partners' alone", async () => {
    dataOf(await platform.query(`mutation($id: ID!) { placeCivilAffairsLegalHold(subjectId: $id, reason: "陳情調查中") { id } }`, { ...bureau, variables: { id: referrals.held.bureau } }));
    dataOf(await platform.query(`mutation { setCivilAffairsRetention(org: "${CITY_ORG}", periodMonths: 12) { org } }`, bureau));
    const heldRows = await rowsOf("bureau", referrals.held.bureau);

    expect(await platform.runJob("civil-affairs", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: {
        "CivilAffairsReferral.notifications": 1,
        "CivilAffairsReferral.outbox": 1,
        "CivilAffairsReferral.serviceRecords": 1,
        "CivilAffairsReferral.onwardReferrals": 1,
        "CivilAffairsReferral.referrals": 1,
      },
    });
    expect(await rowsOf("bureau", referrals.old.bureau)).toEqual(GONE(CLOSED_BUREAU_ROWS));
    expect(await rowsOf("bureau", referrals.held.bureau)).toEqual(heldRows);
    expect(await rowsOf("partner", referrals.old.partner)).toEqual(CLOSED_PARTNER_ROWS);
    expect(errorCodes(await platform.query(`query($id: ID!) { civilAffairsReferral(id: $id) { id } }`, { ...bureau, variables: { id: referrals.old.bureau } }))).toEqual(["NOT_FOUND"]);
  });

  it("should purge a partner agency's closed referrals past its own period and not held", async () => {
    dataOf(await platform.query(`mutation($id: ID!) { placePartnerLegalHold(subjectId: $id, reason: "訴訟中") { id } }`, { ...labour, variables: { id: referrals.held.partner } }));
    dataOf(await platform.query(`mutation { setPartnerRetention(org: "${LABOUR}", periodMonths: 12) { org } }`, labour));
    const heldRows = await rowsOf("partner", referrals.held.partner);

    expect(await platform.runJob("civil-affairs", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: { "PartnerReferral.notifications": 1, "PartnerReferral.outbox": 1, "PartnerReferral.serviceRecords": 1, "PartnerReferral.referrals": 1 },
    });
    expect(await rowsOf("partner", referrals.old.partner)).toEqual(GONE(CLOSED_PARTNER_ROWS));
    expect(await rowsOf("partner", referrals.held.partner)).toEqual(heldRows);
    expect(await rowsOf("bureau", referrals.held.bureau)).toEqual(CLOSED_BUREAU_ROWS);
    expect(errorCodes(await platform.query(`query($id: ID!) { partnerReferral(id: $id) { id } }`, { ...labour, variables: { id: referrals.old.partner } }))).toEqual(["NOT_FOUND"]);
  });
});
