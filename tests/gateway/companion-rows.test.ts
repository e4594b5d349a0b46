import { UNIFIED_PERSON_QUERY, UNIFIED_PERSONS_QUERY } from "../../scripts/operations/unified-view";
import { Role } from "../../shared/auth/roles";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { referToSocialAndHealth } from "../support/referrals";
import { carePointUnitOf } from "../support/scope-oracle";

interface ViewedCase {
  id: string;
  visitAttempts: { attemptNumber: number }[];
  visitRecord: { outcome: string } | null;
}

interface ViewedPerson {
  id: string;
  registrations: { id: string; registeredOn: string; consentInquiry: { id: string } | null }[] | null;
  careCases: ViewedCase[] | null;
  socialReferrals: { id: string; services: { servedOn: string; summary: string }[] }[] | null;
}

/**
 * Issue #13: a person comes from household with their registrations and each one's 附件1 in one
 * statement, a person's care cases from the district with their visit records and visit attempts,
 * and a person's referrals with their service contacts — the parent row
 * repeated per child and folded back (shared/db/plain-rows.ts, one-to-many joins). What the view
 * answers must be what was stored: every case once, its attempts in attempt order, none lost for a
 * case without any, and contacts in the order served, whatever order they were recorded in.
 */
describe("rows read with the row they belong to (issue #13)", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 3000, seed: "companion-rows" });
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should answer each case once, with its own attempts in attempt order and its visit record, for cases with none, one and several attempts", async () => {
    const response = await platform.query<{ persons: { edges: { node: ViewedPerson }[] } }>(UNIFIED_PERSONS_QUERY, {
      org: "63000050",
      variables: { first: 200, filter: { newImmigrant: true, district: "zhongzheng" } },
    });
    expect(response.errors).toBeUndefined();
    const cases = response.data!.persons.edges.flatMap((edge) => edge.node.careCases ?? []);
    const attemptCounts = new Set(cases.map((careCase) => platform.data.visitAttempts.filter((attempt) => attempt.careCaseId === careCase.id).length));
    // The page exercises every shape of the fold: no attempt, one, several.
    expect(attemptCounts).toContain(0);
    expect([...attemptCounts].some((count) => count >= 2)).toBe(true);
    expect(new Set(cases.map((careCase) => careCase.id)).size).toBe(cases.length);
    for (const careCase of cases) {
      const stored = platform.data.visitAttempts
        .filter((attempt) => attempt.careCaseId === careCase.id)
        .map((attempt) => attempt.attemptNumber)
        .sort((left, right) => left - right);
      expect({ id: careCase.id, attempts: careCase.visitAttempts.map((attempt) => attempt.attemptNumber) }).toEqual({ id: careCase.id, attempts: stored });
      const record = platform.data.visitRecords.find((candidate) => candidate.careCaseId === careCase.id);
      expect(careCase.visitRecord?.outcome ?? null).toBe(record?.outcome ?? null);
    }
  });

  it("should answer each person's registrations once, by registration date, each with its own 附件1", async () => {
    const response = await platform.query<{ persons: { edges: { node: ViewedPerson }[] } }>(UNIFIED_PERSONS_QUERY, {
      org: "63000050",
      variables: { first: 200, filter: { newImmigrant: true, district: "zhongzheng" } },
    });
    expect(response.errors).toBeUndefined();
    const persons = response.data!.persons.edges.map((edge) => edge.node);
    // The page's registrations come with their 附件1 (the joined rows' own join).
    const inquiries = persons.flatMap((person) => person.registrations ?? []).map((registration) => registration.consentInquiry);
    expect(inquiries).toContainEqual(expect.objectContaining({ id: expect.any(String) }));
    for (const person of persons) {
      const stored = platform.data.registrations
        .filter((registration) => registration.registrantId === person.id || registration.newImmigrantId === person.id)
        .sort((left, right) => left.registeredOn.localeCompare(right.registeredOn) || left.id.localeCompare(right.id))
        .map((registration) => ({
          id: registration.id,
          registeredOn: registration.registeredOn,
          consentInquiry: platform.data.consentInquiries.find((inquiry) => inquiry.registrationId === registration.id)?.id ?? null,
        }));
      const viewed = (person.registrations ?? []).map((registration) => ({ id: registration.id, registeredOn: registration.registeredOn, consentInquiry: registration.consentInquiry?.id ?? null }));
      expect({ person: person.id, registrations: viewed }).toEqual({ person: person.id, registrations: stored });
    }
  });

  it("should answer a person alone as on a page (the person's statement, not the page's)", async () => {
    const page = await platform.query<{ persons: { edges: { node: ViewedPerson }[] } }>(UNIFIED_PERSONS_QUERY, {
      org: "63000050",
      variables: { first: 20, filter: { newImmigrant: true, district: "zhongzheng" } },
    });
    expect(page.errors).toBeUndefined();
    const onPage = page.data!.persons.edges.map((edge) => edge.node).find((person) => (person.registrations ?? []).some((registration) => registration.consentInquiry !== null))!;
    const alone = await platform.query<{ person: ViewedPerson }>(UNIFIED_PERSON_QUERY, { org: "63000050", variables: { id: onPage.id } });
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.person).toEqual(onPage);
  });

  it("should answer a referral's service contacts in the order served, not the order recorded", async () => {
    const careCase = platform.data.careCases.find((candidate) => candidate.householdDistrictCode === candidate.visitDistrictCode)!;
    const { socialReferralId } = await referToSocialAndHealth(platform, careCase);
    // Two more contacts, recorded latest first: 10-03 (the helper's), then 10-09, then 10-05.
    for (const [servedOn, summary] of [
      ["2026-10-09", "第三次家訪"],
      ["2026-10-05", "第二次電訪"],
    ]) {
      const recorded = await platform.query(`mutation($input: SocialServiceInput!) { recordSocialService(input: $input) { id } }`, {
        role: Role.SOCIAL_WORKER,
        org: carePointUnitOf(careCase.visitDistrictCode),
        variables: { input: { referralId: socialReferralId, servedOn, mode: "PHONE", summary, socialWorkerName: "社工甲" } },
      });
      expect(recorded.errors).toBeUndefined();
    }
    const response = await platform.query<{ person: ViewedPerson }>(UNIFIED_PERSON_QUERY, { org: careCase.visitDistrictCode, variables: { id: careCase.personId } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.person.socialReferrals).toEqual([
      expect.objectContaining({
        id: socialReferralId,
        services: [
          expect.objectContaining({ servedOn: "2026-10-03", summary: "電話評估" }),
          expect.objectContaining({ servedOn: "2026-10-05", summary: "第二次電訪" }),
          expect.objectContaining({ servedOn: "2026-10-09", summary: "第三次家訪" }),
        ],
      }),
    ]);
  });
});
