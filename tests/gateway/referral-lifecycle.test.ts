import { Role } from "../../shared/auth/roles";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";

/** A10 at the receiving agencies: contacts follow the referral, closing follows every contact, closed is final. */
describe("a referral's lifecycle", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  const socialWorker = { role: Role.SOCIAL_WORKER, org: carePointUnitOf("63000050") };
  const nurse = { role: Role.HEALTH_NURSE, org: "63000050" };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "referral-lifecycle" });
    fixture = await createReferredCase(platform, "63000050", "文北里", "lifecycle-case");
  });

  afterAll(async () => {
    await platform.stop();
  });

  const RECORD = `mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { status services { servedOn } } }`;
  const CLOSE = `mutation($id: ID!, $on: LocalDate!) { closeSocialReferral(referralId: $id, closedOn: $on) { status closedOn } }`;

  it("should be in service after the first contact, and refuse a contact dated before the referral", async () => {
    const status = await platform.query<{ socialReferral: { status: string } }>(`query($id: ID!) { socialReferral(id: $id) { status } }`, {
      ...socialWorker,
      variables: { id: fixture.socialReferralId },
    });
    expect(status.data?.socialReferral.status).toBe("IN_SERVICE");
    const early = await platform.query(RECORD, {
      ...socialWorker,
      variables: { input: { referralId: fixture.socialReferralId, servedOn: "2000-01-01", mode: "PHONE", summary: "太早", socialWorkerName: "社工甲" } },
    });
    expect(errorCodes(early)).toEqual(["BAD_USER_INPUT"]);
  });

  it("should close only on or after the last contact, and then take no more writes", async () => {
    const tooEarly = await platform.query(CLOSE, { ...socialWorker, variables: { id: fixture.socialReferralId, on: "2000-01-01" } });
    expect(errorCodes(tooEarly)).toEqual(["BAD_USER_INPUT"]);
    const closed = await platform.query<{ closeSocialReferral: { status: string; closedOn: string } }>(CLOSE, {
      ...socialWorker,
      variables: { id: fixture.socialReferralId, on: "2099-12-31" },
    });
    expect(closed.data?.closeSocialReferral).toEqual({ status: "CLOSED", closedOn: "2099-12-31" });
    expect(errorCodes(await platform.query(CLOSE, { ...socialWorker, variables: { id: fixture.socialReferralId, on: "2099-12-31" } }))).toEqual(["CONFLICT"]);
    const after = await platform.query(RECORD, {
      ...socialWorker,
      variables: { input: { referralId: fixture.socialReferralId, servedOn: "2099-12-31", mode: "PHONE", summary: "結案後", socialWorkerName: "社工甲" } },
    });
    expect(errorCodes(after)).toEqual(["CONFLICT"]);
  });

  it("should follow the same rules at 衛生局", async () => {
    const close = await platform.query<{ closeHealthReferral: { status: string } }>(
      `mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2099-12-31") { status } }`,
      { ...nurse, variables: { id: fixture.healthReferralId } },
    );
    expect(close.data?.closeHealthReferral.status).toBe("CLOSED");
    const after = await platform.query(`mutation($input: HealthServiceInput!) { recordHealthService(input: $input) { status } }`, {
      ...nurse,
      variables: { input: { referralId: fixture.healthReferralId, servedOn: "2099-12-31", mode: "PHONE", summary: "結案後", nurseName: "護理師乙" } },
    });
    expect(errorCodes(after)).toEqual(["CONFLICT"]);
  });
});
