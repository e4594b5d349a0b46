import { randomUUID } from "crypto";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
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
    // The case is referred on 2026-11-02; the closing tests run a week later (a fake clock, no sleeps).
    setFakeNow(new Date("2026-11-02T10:00:00+08:00"));
    fixture = await createReferredCase(platform, "63000050", "文北里", "lifecycle-case");
    setFakeNow(new Date("2026-11-09T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
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

  it("should close only on or after the last contact and not in the future, and then take no more writes", async () => {
    const tooEarly = await platform.query(CLOSE, { ...socialWorker, variables: { id: fixture.socialReferralId, on: "2000-01-01" } });
    expect(errorCodes(tooEarly)).toEqual(["BAD_USER_INPUT"]);
    const tomorrow = await platform.query(CLOSE, { ...socialWorker, variables: { id: fixture.socialReferralId, on: "2026-11-10" } });
    expect(errorCodes(tomorrow)).toEqual(["BAD_USER_INPUT"]);
    const closed = await platform.query<{ closeSocialReferral: { status: string; closedOn: string } }>(CLOSE, {
      ...socialWorker,
      variables: { id: fixture.socialReferralId, on: "2026-11-09" },
    });
    expect(closed.data?.closeSocialReferral).toEqual({ status: "CLOSED", closedOn: "2026-11-09" });
    expect(errorCodes(await platform.query(CLOSE, { ...socialWorker, variables: { id: fixture.socialReferralId, on: "2026-11-09" } }))).toEqual(["CONFLICT"]);
    const after = await platform.query(RECORD, {
      ...socialWorker,
      variables: { input: { referralId: fixture.socialReferralId, servedOn: "2026-11-09", mode: "PHONE", summary: "結案後", socialWorkerName: "社工甲" } },
    });
    expect(errorCodes(after)).toEqual(["CONFLICT"]);
  });

  it("should follow the same rules at 衛生局", async () => {
    const close = await platform.query<{ closeHealthReferral: { status: string } }>(
      `mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-11-09") { status } }`,
      { ...nurse, variables: { id: fixture.healthReferralId } },
    );
    expect(close.data?.closeHealthReferral.status).toBe("CLOSED");
    const after = await platform.query(`mutation($input: HealthServiceInput!) { recordHealthService(input: $input) { status } }`, {
      ...nurse,
      variables: { input: { referralId: fixture.healthReferralId, servedOn: "2026-11-09", mode: "PHONE", summary: "結案後", nurseName: "護理師乙" } },
    });
    expect(errorCodes(after)).toEqual(["CONFLICT"]);
  });
});

/**
 * A9/A10/D3 at intake, one rule for every receiving agency (issue #7): a retry of the same hand-off
 * returns the stored referral, the same client key for another hand-off is a CONFLICT, and each
 * agency routes the needs to its own unit.
 */
describe("a referral's intake", () => {
  let platform: TestPlatform;
  // Issue #8: the intake is the district's service's, acting for its 人文課 (D3).
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: "63000050", through: "district" };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 2, seed: "referral-intake" });
  });

  afterAll(async () => {
    await platform.stop();
  });

  interface Agency {
    readonly name: string;
    readonly receive: string;
    readonly input: string;
    readonly onCareCase: string;
    readonly usual: { needs: string[]; unit: string };
    readonly special: { needs: string[]; unit: string };
  }

  // Units by hand (A10): 中正區's care point is the west one; its 健康服務中心 is its own.
  const agencies: Agency[] = [
    {
      name: "社會局",
      receive: "receiveSocialReferral",
      input: "SocialReferralInput",
      onCareCase: "socialReferrals",
      usual: { needs: ["FAMILY_RELATIONSHIP"], unit: "WEST_CARE_POINT" },
      special: { needs: ["DOMESTIC_VIOLENCE", "DIVORCE"], unit: "FAMILY_SERVICE_CENTRE" },
    },
    {
      name: "衛生局",
      receive: "receiveHealthReferral",
      input: "HealthReferralInput",
      onCareCase: "healthReferrals",
      usual: { needs: ["NEWBORN_CARE", "COUNSELLING"], unit: "HEALTH_SERVICE_CENTRE" },
      special: { needs: ["COUNSELLING"], unit: "COMMUNITY_MENTAL_HEALTH_CENTRE" },
    },
  ];

  it.each(agencies.map((agency) => [agency.name, agency] as const))("should store a retry once and refuse a reused client key at %s", async (_name, agency) => {
    const careCaseId = randomUUID();
    const input = { clientKey: `intake:${careCaseId}`, careCaseId, personId: randomUUID(), needs: agency.usual.needs, referringDistrict: "zhongzheng", referredOn: "2026-10-01" };
    const receive = `mutation($input: ${agency.input}!) { ${agency.receive}(input: $input) { id status serviceUnit referringDistrictCode careCase { ${agency.onCareCase} { id } } } }`;
    type Received = Record<string, { id: string; status: string; serviceUnit: string; referringDistrictCode: string; careCase: Record<string, { id: string }[]> }>;
    const first = await platform.query<Received>(receive, { ...officer, variables: { input } });
    const stored = first.data?.[agency.receive];
    expect(stored).toMatchObject({ status: "RECEIVED", serviceUnit: agency.usual.unit, referringDistrictCode: "63000050" });
    const retry = await platform.query<Received>(receive, { ...officer, variables: { input } });
    expect(retry.data?.[agency.receive].id).toBe(stored?.id);
    expect(retry.data?.[agency.receive].careCase[agency.onCareCase]).toEqual([{ id: stored?.id }]);
    const reused = await platform.query(receive, { ...officer, variables: { input: { ...input, referredOn: "2026-10-02" } } });
    expect(errorCodes(reused)).toEqual(["CONFLICT"]);
    // Issue #7: any other content under the same key is a reused key, not a retry.
    const otherNeeds = await platform.query(receive, { ...officer, variables: { input: { ...input, needs: agency.special.needs } } });
    expect(errorCodes(otherNeeds)).toEqual(["CONFLICT"]);
    const otherContact = await platform.query(receive, { ...officer, variables: { input: { ...input, contactName: "另一人" } } });
    expect(errorCodes(otherContact)).toEqual(["CONFLICT"]);
    const reordered = await platform.query<Received>(receive, { ...officer, variables: { input: { ...input, needs: [...input.needs].reverse() } } });
    expect(reordered.data?.[agency.receive].id).toBe(stored?.id);
  });

  it.each(agencies.map((agency) => [agency.name, agency] as const))("should route needs to %s's own unit and refuse a referral without needs", async (_name, agency) => {
    const careCaseId = randomUUID();
    const input = { clientKey: `routing:${careCaseId}`, careCaseId, personId: randomUUID(), needs: agency.special.needs, referringDistrict: "63000050", referredOn: "2026-10-01" };
    const receive = `mutation($input: ${agency.input}!) { ${agency.receive}(input: $input) { serviceUnit } }`;
    const routed = await platform.query<Record<string, { serviceUnit: string }>>(receive, { ...officer, variables: { input } });
    expect(routed.data?.[agency.receive].serviceUnit).toBe(agency.special.unit);
    const empty = await platform.query(receive, { ...officer, variables: { input: { ...input, clientKey: `empty:${careCaseId}`, needs: [] } } });
    expect(errorCodes(empty)).toEqual(["BAD_USER_INPUT"]);
  });

  it("should give 衛生局's referral to the referring district's 健康服務中心", async () => {
    const careCaseId = randomUUID();
    const input = { clientKey: `centre:${careCaseId}`, careCaseId, personId: randomUUID(), needs: ["MEDICAL"], referringDistrict: "中正區", referredOn: "2026-10-01" };
    const received = await platform.query<{ receiveHealthReferral: { healthCentreCode: string } }>(
      `mutation($input: HealthReferralInput!) { receiveHealthReferral(input: $input) { healthCentreCode } }`,
      { ...officer, variables: { input } },
    );
    expect(received.data?.receiveHealthReferral.healthCentreCode).toBe("63000050");
  });
});
