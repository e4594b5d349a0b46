import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { RETENTION_PURGE_JOB } from "../../shared/retention/purge";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { handOverAndDeliver, recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const DATONG = "63000060";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };

const taipei = (local: string): Date => new Date(`${local}+08:00`);

/**
 * Issue #9 (A9) on household's own data (D1): a declined 附件1 is closed the day it is taken, and
 * goes after the office's period; a form handed over stays (its case may still be open in the
 * district, which household cannot read); the registration and the persons are the register's.
 */
describe("household's retention", () => {
  let platform: TestPlatform;
  const forms = { declinedOld: "", declinedHeld: "", declinedRecent: "", handedOver: "" };

  async function inquiriesLeft(): Promise<string[]> {
    const { dataSource } = platform.platform.subgraphs.get("household")!.database;
    const rows = (await dataSource.query(`SELECT "id"::text AS "id" FROM "household"."consent_inquiries"`)) as { id: string }[];
    return Object.entries(forms)
      .filter(([, id]) => rows.some((row) => row.id === id))
      .map(([name]) => name)
      .sort();
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 0, seed: "household-retention" });
    const rng = new SeededRandom("household-retention");
    setFakeNow(taipei("2026-11-02T10:00:00"));
    forms.declinedOld = (await recordForm(platform, rng, ZHONGZHENG, "2026-11-02", "DECLINED")).inquiryId;
    forms.declinedHeld = (await recordForm(platform, rng, ZHONGZHENG, "2026-11-02", "DECLINED")).inquiryId;
    forms.handedOver = (await recordForm(platform, rng, ZHONGZHENG, "2026-11-02", "HOME_VISIT")).inquiryId;
    await handOverAndDeliver(platform, ZHONGZHENG, "2026-11-02");
    setFakeNow(taipei("2027-06-30T10:00:00"));
    forms.declinedRecent = (await recordForm(platform, rng, ZHONGZHENG, "2027-06-30", "DECLINED")).inquiryId;
    setFakeNow(taipei("2027-12-01T10:00:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should purge nothing while the office has set no period", async () => {
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("household", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should let only the office's own clerk set its period, never under a year", async () => {
    const SET = `mutation($org: String!, $months: Int) { setHouseholdRetention(org: $org, periodMonths: $months) { org } }`;
    expect(errorCodes(await platform.query(SET, { ...clerk, variables: { org: ZHONGZHENG, months: 11 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET, { ...clerk, variables: { org: DATONG, months: 12 } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(SET, { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG, variables: { org: ZHONGZHENG, months: 12 } }))).toEqual(["FORBIDDEN"]);
  });

  it("should purge exactly the declined form past the period and not held, keeping the registration", async () => {
    dataOf(await platform.query(`mutation($id: ID!) { placeHouseholdLegalHold(subjectId: $id, reason: "行政救濟中") { id } }`, { ...clerk, variables: { id: forms.declinedHeld } }));
    dataOf(await platform.query(`mutation { setHouseholdRetention(org: "${ZHONGZHENG}", periodMonths: 12) { org } }`, clerk));
    const before = await dataSnapshot(platform);

    // A declined form opens no deadline and notifies nobody (A3): the form is all there is.
    expect(await platform.runJob("household", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: { notifications: 0, deadlineBreaches: 0, deadlines: 0, consentInquiries: 1 },
    });
    expect(await inquiriesLeft()).toEqual(["declinedHeld", "declinedRecent", "handedOver"]);
    const after = await dataSnapshot(platform);
    expect(after["household.registrations"]).toEqual(before["household.registrations"]);
    expect(after["household.persons"]).toEqual(before["household.persons"]);
    expect(errorCodes(await platform.query(`query($id: ID!) { consentInquiry(id: $id) { id } }`, { ...clerk, variables: { id: forms.declinedOld } }))).toEqual(["NOT_FOUND"]);
  });
});
