import { Role } from "../../shared/auth/roles";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #4: row scope holds for writes — a caller changes only rows it may see, and acts only for
 * its own office or district (D3). A refused write changes nothing.
 */
describe("write scope", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  const SHILIN = "63000110";

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 20, seed: "write-scope" });
    fixture = await createReferredCase(platform, "63000050", "文北里", "write-scope-case");
  });

  afterAll(async () => {
    await platform.stop();
  });

  async function attempts(): Promise<number> {
    const response = await platform.query<{ careCase: { visitAttempts: unknown[] } }>(`query($id: ID!) { careCase(id: $id) { visitAttempts { attemptNumber } } }`, {
      variables: { id: fixture.careCaseId },
    });
    return response.data!.careCase.visitAttempts.length;
  }

  it("should refuse another district's officer acting on a case, and change nothing", async () => {
    const before = await attempts();
    const visit = await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: SHILIN,
      variables: { input: { careCaseId: fixture.careCaseId, attemptedOn: "2026-01-01", mode: "PHONE", met: false } },
    });
    expect(errorCodes(visit)).toEqual(["FORBIDDEN"]);
    const assign = await platform.query(`mutation($id: ID!) { assignVillageOfficer(careCaseId: $id, officerId: "x", officerName: "y") { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: SHILIN,
      variables: { id: fixture.careCaseId },
    });
    expect(errorCodes(assign)).toEqual(["FORBIDDEN"]);
    expect(await attempts()).toBe(before);
  });

  it("should refuse a village officer outside the case's village", async () => {
    const response = await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
      role: Role.VILLAGE_OFFICER,
      villages: ["幸福里"],
      variables: { input: { careCaseId: fixture.careCaseId, attemptedOn: "2026-01-01", mode: "PHONE", met: false } },
    });
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
  });

  it("should refuse another unit serving or closing a referral", async () => {
    const serve = await platform.query(`mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { id } }`, {
      role: Role.SOCIAL_WORKER,
      org: "NORTH_CARE_POINT",
      variables: { input: { referralId: fixture.socialReferralId, servedOn: "2026-01-01", mode: "PHONE", summary: "x", socialWorkerName: "y" } },
    });
    expect(errorCodes(serve)).toEqual(["FORBIDDEN"]);
    const close = await platform.query(`mutation($id: ID!) { closeHealthReferral(referralId: $id, closedOn: "2026-01-01") { id } }`, {
      role: Role.HEALTH_NURSE,
      org: SHILIN,
      variables: { id: fixture.healthReferralId },
    });
    expect(errorCodes(close)).toEqual(["FORBIDDEN"]);
    const services = await platform.query<{ socialReferral: { status: string; services: unknown[] } }>(
      `query($id: ID!) { socialReferral(id: $id) { status services { servedOn } } }`,
      { variables: { id: fixture.socialReferralId } },
    );
    expect(services.data?.socialReferral.services).toHaveLength(1);
  });

  it("should refuse a sender acting for another office or district", async () => {
    const referral = await platform.query(`mutation($input: SocialReferralInput!) { receiveSocialReferral(input: $input) { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      variables: {
        input: { clientKey: "write-scope-social-1", careCaseId: fixture.careCaseId, personId: fixture.immigrant.id, needs: ["ECONOMIC"], referringDistrict: "shilin", referredOn: "2026-01-01" },
      },
    });
    expect(errorCodes(referral)).toEqual(["FORBIDDEN"]);
    const handover = await platform.query(`mutation($input: ConsentHandoverInput!) { receiveConsentHandover(input: $input) { id } }`, {
      role: Role.HOUSEHOLD_CLERK,
      variables: {
        input: {
          clientKey: "write-scope-handover-1", consentInquiryId: fixture.consentInquiryId, personId: fixture.immigrant.id, caseType: "MARRIAGE",
          receivingOffice: "shilin", visitDistrict: "63000050", village: "文北里", householdDistrict: "63000050", requestedMode: "HOME",
        },
      },
    });
    expect(errorCodes(handover)).toEqual(["FORBIDDEN"]);
  });

  it("should refuse a clerk placing a person in another district's household", async () => {
    const response = await platform.query(`mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`, {
      role: Role.HOUSEHOLD_CLERK,
      org: SHILIN,
      variables: { input: { name: "測試者", sex: "FEMALE", birthDate: "1990-01-01", idNumber: "A223456781", householdId: fixture.householdId } },
    });
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
  });
});
