import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { referToSocialAndHealth } from "../support/referrals";
import { carePointUnitOf } from "../support/scope-oracle";

interface UnifiedPerson {
  person: {
    id: string;
    name: string;
    idNumber: string;
    household: { householdNumber: string } | null;
    registrations: { id: string; caseType: string; consentInquiry: { id: string; decision: string } | null }[];
    registrationInquiries: { id: string; careCase: { id: string; status: string } | null }[] | null;
    careCases: {
      id: string;
      status: string;
      visitAttempts: { attemptNumber: number; met: boolean }[];
      visitRecord: { outcome: string } | null;
    }[] | null;
    socialReferrals: { id: string; status: string; careCaseId: string; services: { summary: string }[] }[] | null;
    healthReferrals: { id: string; status: string; careCaseId: string; services: { summary: string }[] }[] | null;
  } | null;
}

/** D2: one gateway query returns a person with every agency's part of their case. */
describe("the unified case view", () => {
  let platform: TestPlatform;
  let careCase: TestPlatform["data"]["careCases"][number];
  let referralIds: { socialReferralId: string; healthReferralId: string };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 80, seed: "unified-view" });
    // A family visited where it lives, so the visiting district's officer may see all of it (A5).
    const visited = platform.data.careCases.find(
      (candidate) => candidate.householdDistrictCode === candidate.visitDistrictCode && platform.data.visitRecords.some((record) => record.careCaseId === candidate.id),
    );
    if (visited === undefined) {
      throw new Error("The demo seed made no visited case");
    }
    careCase = visited;
    referralIds = await referToSocialAndHealth(platform, careCase);
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should return household's, the district's, social's and health's parts in one request", async () => {
    // The case officer of the visiting district (A5) sees every agency's part of this case.
    const response = await platform.query<UnifiedPerson>(UNIFIED_PERSON_QUERY, { org: careCase.visitDistrictCode, variables: { id: careCase.personId } });
    expect(response.errors).toBeUndefined();
    const person = response.data!.person!;
    const stored = platform.data.persons.find((candidate) => candidate.id === careCase.personId)!;
    const registration = platform.data.registrations.find((candidate) => candidate.newImmigrantId === stored.id)!;
    const inquiry = platform.data.consentInquiries.find((candidate) => candidate.registrationId === registration.id)!;

    // household: identity, registration and 附件1
    expect(person).toEqual(expect.objectContaining({ id: stored.id, name: stored.name, idNumber: stored.idNumber }));
    expect(person.registrations).toContainEqual(
      expect.objectContaining({
        id: registration.id,
        caseType: registration.caseType,
        consentInquiry: expect.objectContaining({ id: inquiry.id, decision: inquiry.decision }),
      }),
    );
    // district: the care case the 附件1's hand-over opened (D3), by the inquiry's key (issue #13)
    expect(person.registrationInquiries).toContainEqual({ id: inquiry.id, careCase: { id: careCase.id, status: careCase.status } });
    // district: the case, its attempts and 附件4
    const attempts = platform.data.visitAttempts.filter((attempt) => attempt.careCaseId === careCase.id);
    const record = platform.data.visitRecords.find((candidate) => candidate.careCaseId === careCase.id)!;
    const viewedCase = person.careCases!.find((candidate) => candidate.id === careCase.id)!;
    expect(viewedCase.visitAttempts.map((attempt) => attempt.attemptNumber)).toEqual(attempts.map((attempt) => attempt.attemptNumber));
    expect(viewedCase.visitRecord?.outcome).toBe(record.outcome);
    // social and health: the referrals the district sent for this case (D3), each carrying the case's key (issue #13)
    expect(person.socialReferrals).toEqual([
      expect.objectContaining({ id: referralIds.socialReferralId, status: "IN_SERVICE", careCaseId: careCase.id, services: [expect.objectContaining({ summary: "電話評估" })] }),
    ]);
    expect(person.healthReferrals).toEqual([
      expect.objectContaining({ id: referralIds.healthReferralId, status: "IN_SERVICE", careCaseId: careCase.id, services: [expect.objectContaining({ summary: "新生兒衛教" })] }),
    ]);
  });

  it("should show a registrant the care case of their registration's 附件1, which is the new immigrant's (issue #13, D3)", async () => {
    const registration = platform.data.registrations.find((candidate) => candidate.newImmigrantId === careCase.personId && candidate.registrantId !== careCase.personId)!;
    const inquiry = platform.data.consentInquiries.find((candidate) => candidate.registrationId === registration.id)!;
    const response = await platform.query<UnifiedPerson>(UNIFIED_PERSON_QUERY, { org: careCase.visitDistrictCode, variables: { id: registration.registrantId } });
    expect(response.errors).toBeUndefined();
    const person = response.data!.person!;
    expect(person.careCases?.map((candidate) => candidate.id)).not.toContain(careCase.id);
    expect(person.registrationInquiries).toContainEqual({ id: inquiry.id, careCase: { id: careCase.id, status: careCase.status } });
  });

  it("should answer every role the same 附件1 cases and case referrals from the person as from the inquiry and the case (issue #13)", async () => {
    // The paths the view left: a 附件1's case under the registration, each case's referrals under the case.
    const byPaths = `query($id: ID!) { person(id: $id) {
      registrations { consentInquiry { id careCase { id status } } }
      careCases { id socialReferrals { id status } healthReferrals { id status } }
    } }`;
    const byPerson = `query($id: ID!) { person(id: $id) {
      registrationInquiries { id careCase { id status } }
      careCases { id }
      socialReferrals { id status careCaseId }
      healthReferrals { id status careCaseId }
    } }`;
    type Referral = { id: string; status: string; careCaseId?: string };
    type Answer = {
      person: {
        registrations?: { consentInquiry: { id: string; careCase: { id: string; status: string } | null } | null }[] | null;
        registrationInquiries?: { id: string; careCase: { id: string; status: string } | null }[] | null;
        careCases: { id: string; socialReferrals?: Referral[] | null; healthReferrals?: Referral[] | null }[] | null;
        socialReferrals?: Referral[] | null;
        healthReferrals?: Referral[] | null;
      } | null;
    };
    const registrant = platform.data.registrations.find((candidate) => candidate.newImmigrantId === careCase.personId && candidate.registrantId !== careCase.personId)!.registrantId;
    const callers = [
      { role: Role.HOUSEHOLD_CLERK, org: careCase.visitDistrictCode },
      { role: Role.DISTRICT_CASE_OFFICER, org: careCase.visitDistrictCode },
      { role: Role.VILLAGE_OFFICER, org: careCase.visitDistrictCode, villages: [careCase.village] },
      { role: Role.SOCIAL_WORKER, org: carePointUnitOf(careCase.householdDistrictCode) },
      { role: Role.HEALTH_NURSE, org: careCase.visitDistrictCode },
      { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG },
    ];
    let compared = 0;
    for (const caller of callers) {
      for (const id of [careCase.personId, registrant]) {
        const old = (await platform.query<Answer>(byPaths, { ...caller, variables: { id } })).data?.person;
        const now = (await platform.query<Answer>(byPerson, { ...caller, variables: { id } })).data?.person;
        const casesOld = (old?.registrations ?? []).flatMap((registration) => (registration.consentInquiry?.careCase ? [[registration.consentInquiry.id, registration.consentInquiry.careCase]] : []));
        const casesNow = (now?.registrationInquiries ?? []).flatMap((inquiry) => (inquiry.careCase ? [[inquiry.id, inquiry.careCase]] : []));
        expect({ ...caller, id, cases: casesNow }).toEqual({ ...caller, id, cases: casesOld });
        for (const viewed of old?.careCases ?? []) {
          const ofCase = (referrals: Referral[] | null | undefined) => (referrals ?? []).filter((referral) => referral.careCaseId === viewed.id).map(({ id: key, status }) => ({ id: key, status }));
          expect({ ...caller, id, social: ofCase(now?.socialReferrals), health: ofCase(now?.healthReferrals) }).toEqual({ ...caller, id, social: viewed.socialReferrals ?? [], health: viewed.healthReferrals ?? [] });
          compared += (viewed.socialReferrals?.length ?? 0) + (viewed.healthReferrals?.length ?? 0);
        }
        compared += casesOld.length;
      }
    }
    // Not vacuous: the district's officer alone sees the 附件1's case from both persons and both referrals.
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it("should still answer every other agency's part when one subgraph is down, with an error at its path", async () => {
    await platform.platform.subgraphs.get("health")!.close();
    const response = await platform.query<UnifiedPerson>(UNIFIED_PERSON_QUERY, { org: careCase.visitDistrictCode, variables: { id: careCase.personId } });
    const person = response.data!.person!;
    expect(person.name).toBeTruthy();
    expect(person.careCases!.map((candidate) => candidate.id)).toContain(careCase.id);
    expect(person.socialReferrals!.filter((referral) => referral.careCaseId === careCase.id)).toHaveLength(1);
    expect(person.healthReferrals).toBeNull();
    expect(new Set(errorCodes(response))).toEqual(new Set(["SERVICE_UNAVAILABLE"]));
    expect(response.errors?.every((error) => error.extensions?.serviceName === "health")).toBe(true);
    // Issue #14: the error says where health's part is missing (issue #13: health's one fetch, at the person).
    expect(response.errors?.map((error) => error.path)).toEqual([["person", "healthReferrals"]]);
    expect(JSON.stringify(response.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|localhost|at \w+ \(/);
  });
});
