import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * A10 (issue #9): a referral moves to the unit A10 names for it and keeps its history. 中正區's case
 * is referred on 2026-11-02 (its care point is the west one, its 健康服務中心 its own) and served
 * once by each; the transfers run on 2026-11-09 (a fake clock, no sleeps).
 */
describe("a referral's transfer", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  const westWorker = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
  const centreWorker = { role: Role.SOCIAL_WORKER, org: "FAMILY_SERVICE_CENTRE" };
  const nurse = { role: Role.HEALTH_NURSE, org: "63000050" };
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: "63000050" };

  const TRANSFER_SOCIAL = `mutation($id: ID!, $to: SocialServiceUnit!, $on: LocalDate!) {
    transferSocialReferral(referralId: $id, toUnit: $to, reason: "家暴風險升高，轉重大個案", transferredOn: $on) { id }
  }`;
  const TRANSFER_HEALTH = `mutation($id: ID!, $on: LocalDate!) {
    transferHealthReferral(referralId: $id, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: "情緒困擾，符合收案標準", transferredOn: $on) { id }
  }`;
  const SOCIAL = `query($id: ID!) { socialReferral(id: $id) { serviceUnit status transfers { fromUnit toUnit reason transferredOn transferredBy } services { servedOn socialWorkerName } } }`;
  interface SocialView {
    socialReferral: { serviceUnit: string; status: string; transfers: Record<string, string>[]; services: Record<string, string>[] } | null;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "referral-transfer" });
    setFakeNow(new Date("2026-11-02T10:00:00+08:00"));
    fixture = await createReferredCase(platform, "63000050", "文北里", "transfer-case");
    setFakeNow(new Date("2026-11-09T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  async function socialAs(caller: { role: Role; org: string }): Promise<SocialView> {
    return dataOf(await platform.query<SocialView>(SOCIAL, { ...caller, variables: { id: fixture.socialReferralId } }));
  }

  it("should refuse another unit, another direction, a future date and a date before the referral, and write nothing", async () => {
    const variables = { id: fixture.socialReferralId, to: "FAMILY_SERVICE_CENTRE", on: "2026-11-09" };
    expect(errorCodes(await platform.query(TRANSFER_SOCIAL, { ...centreWorker, variables }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(TRANSFER_SOCIAL, { ...westWorker, variables: { ...variables, to: "EAST_CARE_POINT" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(TRANSFER_SOCIAL, { ...westWorker, variables: { ...variables, on: "2026-11-10" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(TRANSFER_SOCIAL, { ...westWorker, variables: { ...variables, on: "2026-11-01" } }))).toEqual(["BAD_USER_INPUT"]);
    const unchanged = await socialAs(westWorker);
    expect(unchanged.socialReferral).toMatchObject({ serviceUnit: "WEST_CARE_POINT", transfers: [] });
  });

  it("should move a care point's referral to the family service centre with its history and service records, out of the care point's sight", async () => {
    const moved = await platform.query<{ transferSocialReferral: { id: string } | null }>(TRANSFER_SOCIAL, {
      ...westWorker,
      variables: { id: fixture.socialReferralId, to: "FAMILY_SERVICE_CENTRE", on: "2026-11-05" },
    });
    // Read back through the caller's scope: the care point keeps the key of what it passed on, no more.
    expect(dataOf(moved)).toEqual({ transferSocialReferral: { id: fixture.socialReferralId } });
    const atCentre = await socialAs(centreWorker);
    expect(atCentre.socialReferral).toEqual({
      serviceUnit: "FAMILY_SERVICE_CENTRE",
      status: "IN_SERVICE",
      transfers: [{ fromUnit: "WEST_CARE_POINT", toUnit: "FAMILY_SERVICE_CENTRE", reason: "家暴風險升高，轉重大個案", transferredOn: "2026-11-05", transferredBy: "test-social_worker" }],
      // The fixture's contact of 2026-11-02, made by the care point, stays on the referral.
      services: [{ servedOn: "2026-11-02", socialWorkerName: "社工甲" }],
    });
    const atCarePoint = await platform.query(SOCIAL, { ...westWorker, variables: { id: fixture.socialReferralId } });
    expect([...new Set(errorCodes(atCarePoint))]).toEqual(["FORBIDDEN"]);
    const list = dataOf(await platform.query<{ socialReferrals: { edges: { node: { id: string } }[] } }>(`{ socialReferrals(first: 50) { edges { node { id } } } }`, westWorker));
    expect(list.socialReferrals.edges.map((edge) => edge.node.id)).not.toContain(fixture.socialReferralId);
    // The district that referred it follows the handling, the transfer's reason included (A10).
    const district = dataOf(await platform.query<SocialView>(SOCIAL, { ...officer, variables: { id: fixture.socialReferralId } }));
    expect(district.socialReferral?.transfers).toEqual(atCentre.socialReferral?.transfers);
  });

  it("should notify the family service centre and let it serve and close the referral", async () => {
    const notifications = dataOf(await platform.query<{ socialNotifications: { kind: string; subjectId: string }[] }>(`{ socialNotifications { kind subjectId } }`, centreWorker));
    expect(notifications.socialNotifications).toContainEqual({ kind: "REFERRAL_TRANSFERRED", subjectId: fixture.socialReferralId });
    const served = await platform.query(`mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { status } }`, {
      ...centreWorker,
      variables: { input: { referralId: fixture.socialReferralId, servedOn: "2026-11-06", mode: "HOME_VISIT", summary: "中心社工家訪", socialWorkerName: "社工丁" } },
    });
    expect(dataOf(served)).toEqual({ recordSocialService: { status: "IN_SERVICE" } });
    // The centre is where A10's direction ends: it passes nothing on.
    const onward = await platform.query(TRANSFER_SOCIAL, { ...centreWorker, variables: { id: fixture.socialReferralId, to: "FAMILY_SERVICE_CENTRE", on: "2026-11-09" } });
    expect(errorCodes(onward)).toEqual(["BAD_USER_INPUT"]);
    const closed = await platform.query(`mutation($id: ID!) { closeSocialReferral(referralId: $id, closedOn: "2026-11-09") { status } }`, {
      ...centreWorker,
      variables: { id: fixture.socialReferralId },
    });
    expect(dataOf(closed)).toEqual({ closeSocialReferral: { status: "CLOSED" } });
  });

  it("should refuse transferring a closed referral with CONFLICT", async () => {
    const health = await platform.query(`mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-11-09") { status } }`, { ...nurse, variables: { id: fixture.healthReferralId } });
    expect(dataOf(health)).toEqual({ closeHealthReferral: { status: "CLOSED" } });
    expect(errorCodes(await platform.query(TRANSFER_HEALTH, { ...nurse, variables: { id: fixture.healthReferralId, on: "2026-11-09" } }))).toEqual(["CONFLICT"]);
  });
});

/** A10 (issue #9) at 衛生局: a 健康服務中心 passes counselling to the 社區心理衛生中心, whose staff then serve it. */
describe("a health referral's transfer", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  const nurse = { role: Role.HEALTH_NURSE, org: "63000050" };
  const counsellor = { role: Role.HEALTH_NURSE, org: "COMMUNITY_MENTAL_HEALTH_CENTRE" };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "health-transfer" });
    setFakeNow(new Date("2026-11-02T10:00:00+08:00"));
    fixture = await createReferredCase(platform, "63000050", "文北里", "health-transfer-case");
    setFakeNow(new Date("2026-11-09T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  const TRANSFER = `mutation($id: ID!, $on: LocalDate!) {
    transferHealthReferral(referralId: $id, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: "情緒困擾，符合收案標準", transferredOn: $on) { id }
  }`;
  const HEALTH = `query($id: ID!) { healthReferral(id: $id) { serviceUnit healthCentreCode transfers { fromUnit toUnit reason transferredOn transferredBy } services { servedOn nurseName } } }`;

  it("should refuse the mental-health centre transferring what it does not serve, and a future date", async () => {
    expect(errorCodes(await platform.query(TRANSFER, { ...counsellor, variables: { id: fixture.healthReferralId, on: "2026-11-09" } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(TRANSFER, { ...nurse, variables: { id: fixture.healthReferralId, on: "2026-11-10" } }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("should move the referral with its history and service records, for the centre's staff only", async () => {
    await platform.query(TRANSFER, { ...nurse, variables: { id: fixture.healthReferralId, on: "2026-11-09" } });
    const atCentre = dataOf(await platform.query<{ healthReferral: unknown }>(HEALTH, { ...counsellor, variables: { id: fixture.healthReferralId } }));
    expect(atCentre.healthReferral).toEqual({
      serviceUnit: "COMMUNITY_MENTAL_HEALTH_CENTRE",
      healthCentreCode: "63000050",
      transfers: [{ fromUnit: "HEALTH_SERVICE_CENTRE", toUnit: "COMMUNITY_MENTAL_HEALTH_CENTRE", reason: "情緒困擾，符合收案標準", transferredOn: "2026-11-09", transferredBy: "test-health_nurse" }],
      services: [{ servedOn: "2026-11-02", nurseName: "護理師乙" }],
    });
    expect([...new Set(errorCodes(await platform.query(HEALTH, { ...nurse, variables: { id: fixture.healthReferralId } })))]).toEqual(["FORBIDDEN"]);
    const served = await platform.query(`mutation($input: HealthServiceInput!) { recordHealthService(input: $input) { status } }`, {
      ...counsellor,
      variables: { input: { referralId: fixture.healthReferralId, servedOn: "2026-11-09", mode: "PHONE", summary: "心理諮商初評", nurseName: "心理師丙" } },
    });
    expect(dataOf(served)).toEqual({ recordHealthService: { status: "IN_SERVICE" } });
    const byOldCentre = await platform.query(`mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-11-09") { status } }`, {
      ...nurse,
      variables: { id: fixture.healthReferralId },
    });
    expect(errorCodes(byOldCentre)).toEqual(["FORBIDDEN"]);
  });
});
