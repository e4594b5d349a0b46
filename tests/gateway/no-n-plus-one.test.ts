import { UNIFIED_PERSON_QUERY, UNIFIED_PERSONS_QUERY } from "../../scripts/operations/unified-view";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { referToSocialAndHealth } from "../support/referrals";
import { districtOfHousehold } from "../support/scope-oracle";

interface UnifiedPage {
  persons: {
    edges: {
      node: {
        careCases: { visitRecord: unknown; visitAttempts: unknown[] }[];
        registrationInquiries: { careCase: unknown }[];
        socialReferrals: { services: unknown[] }[];
        healthReferrals: { services: unknown[] }[];
      };
    }[];
  };
}

/**
 * STYLE 3: every lookup by key is batched, so the unified view of a page costs the same number of
 * SQL statements per subgraph whatever the page size (counted at each subgraph's driver).
 */
describe("the unified view has no N+1", () => {
  let platform: TestPlatform;
  /** The immigrant whose case has every agency's part. */
  let referredPersonId: string;

  beforeAll(async () => {
    // The caller is a case officer of 中正區 listing its resident new immigrants (all of whose
    // household data it may see): 200 of them need ~7,000 persons city-wide.
    platform = await startTestPlatform({ persons: 7000, seed: "n-plus-one" });
    // Both pages start with the same ten immigrants; give one of them a case with every agency's
    // part, so the small page exercises every loader the large one does.
    const firstTen = platform.data.persons
      .filter((person) => person.originCountry !== null && districtOfHousehold(platform.data, person.householdId) === "63000050")
      .map((person) => person.id)
      .sort()
      .slice(0, 10);
    const careCase = platform.data.careCases.find(
      (candidate) =>
        firstTen.includes(candidate.personId) &&
        candidate.visitDistrictCode === "63000050" &&
        platform.data.visitRecords.some((record) => record.careCaseId === candidate.id),
    );
    if (careCase === undefined) {
      throw new Error("The demo seed gave none of the first ten immigrants a visited case; change the seed");
    }
    await referToSocialAndHealth(platform, careCase);
    referredPersonId = careCase.personId;
  });

  afterAll(async () => {
    await platform.stop();
  });

  async function statementsFor(first: number): Promise<Record<string, number>> {
    platform.resetSqlCounts();
    const response = await platform.query<UnifiedPage>(UNIFIED_PERSONS_QUERY, { variables: { first, filter: { newImmigrant: true, district: "zhongzheng" } } });
    expect(response.errors).toBeUndefined();
    const edges = response.data?.persons.edges ?? [];
    expect(edges).toHaveLength(first);
    const cases = edges.flatMap((edge) => edge.node.careCases);
    // Every loader had work to do: attempts, records, the 附件1's cases, referrals and their services.
    expect(cases.some((careCase) => careCase.visitRecord !== null && careCase.visitAttempts.length > 0)).toBe(true);
    expect(edges.some((edge) => edge.node.registrationInquiries.some((inquiry) => inquiry.careCase !== null))).toBe(true);
    expect(edges.some((edge) => edge.node.socialReferrals.some((referral) => referral.services.length > 0))).toBe(true);
    expect(edges.some((edge) => edge.node.healthReferrals.some((referral) => referral.services.length > 0))).toBe(true);
    return platform.sqlCounts();
  }

  it("should issue the same statements per subgraph for 10 and for 200 persons", async () => {
    // The first audit write of a process reads its chain's head; measure the steady state.
    await statementsFor(10);
    const ten = await statementsFor(10);
    const twoHundred = await statementsFor(200);
    expect(Object.keys(ten).sort()).toEqual([...platform.platform.subgraphs.keys()].sort());
    expect(twoHundred).toEqual(ten);
    // household (issue #13): the count, the page with each person's household, registrations and
    // 附件1s (loaders.ts personsPage: the rows read with the persons they belong to), the audit append.
    expect(ten.household).toBe(3);
    // district: the persons' cases and their 附件1s' cases in one statement; the audit append.
    expect(ten.district).toBe(2);
  });

  it("should read one person's whole view in one statement per level of each agency's part, and one audit append each (issue #13)", async () => {
    const read = async (): Promise<Record<string, number>> => {
      platform.resetSqlCounts();
      const response = await platform.query<{ person: UnifiedPage["persons"]["edges"][number]["node"] }>(UNIFIED_PERSON_QUERY, { variables: { id: referredPersonId } });
      expect(response.errors).toBeUndefined();
      const person = response.data?.person;
      expect(person?.careCases.some((careCase) => careCase.visitRecord !== null && careCase.visitAttempts.length > 0)).toBe(true);
      expect(person?.socialReferrals.some((referral) => referral.services.length > 0)).toBe(true);
      expect(person?.healthReferrals.some((referral) => referral.services.length > 0)).toBe(true);
      return platform.sqlCounts();
    };
    await read();
    const counts = await read();
    // household: the person with their household, their registrations and each one's 附件1 (rows
    // read with the one they belong to, shared/authz/scoped-loaders.ts Companion); the audit append.
    expect(counts.household).toBe(2);
    // district: the person's cases with their visit records and attempts (a one-to-many companion,
    // shared/authz/scoped-loaders.ts groupedByCompanion) and the 附件1's case, in one statement
    // (subgraphs/district/care-case/care-case.loaders.ts); the audit append.
    expect(counts.district).toBe(2);
    // social and health alike: the person's referrals with their service contacts; the audit append.
    expect(counts.social).toBe(2);
    expect(counts.health).toBe(2);
  });
});
