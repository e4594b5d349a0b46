import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import { createReferredCase, createVisitedCase, ReferredCase, referToAgenciesFrom } from "../support/case-fixture";
import { setEnv } from "../support/env";
import { dataOf, errorCodes, postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { carePointUnitOf } from "../support/scope-oracle";
import { tokenFor } from "../support/tokens";

/**
 * Issue #10 (A12: "referred, per target agency, with their outcome"): each receiving agency counts
 * its referrals by where they stand as its kit records it (A10: RECEIVED — not yet accepted —,
 * IN_SERVICE after a first contact, CLOSED), and a referral that moves on is recounted in the month
 * it was received. Two cases in August 2027 (no demo data reaches it): 中正區's, served by each agency
 * (the fixture's first contacts), and 士林區's, not yet accepted anywhere. The counts expected are
 * those two cases, written by hand.
 */
const AUGUST = { from: "2027-08-01", to: "2027-08-31" };
const OUTCOME_FIELDS = ["socialReferralOutcomes", "healthReferralOutcomes", "civilAffairsReferralOutcomes", "partnerReferralOutcomes"] as const;
/** Where each new field is served (the partner agencies' by 民政局's subgraph). */
const SUBGRAPH_OF: Record<(typeof OUTCOME_FIELDS)[number], string> = {
  socialReferralOutcomes: "social",
  healthReferralOutcomes: "health",
  civilAffairsReferralOutcomes: "civil-affairs",
  partnerReferralOutcomes: "civil-affairs",
};

type Cell = { status: string; count: number | null; suppressed: boolean };
type Outcomes = Record<string, { cells: Cell[] }>;

describe("referrals' outcomes in 民政局's statistics (issue #10, A10, A12)", () => {
  let platform: TestPlatform;
  let served: ReferredCase;
  let restoreEnv: () => void = () => undefined;

  async function outcomes(): Promise<Outcomes> {
    for (const agency of ["social", "health", "civil-affairs"]) {
      await platform.runJob(agency, STATISTICS_JOB);
    }
    const response = await platform.query<{ careStatistics: Outcomes }>(
      `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to) {
        ${OUTCOME_FIELDS.slice(0, 3).map((field) => `${field} { cells { status count suppressed } }`).join("\n")}
      } }`,
      { role: Role.CIVIL_AFFAIRS_ANALYST, variables: AUGUST },
    );
    return dataOf(response).careStatistics;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "referral-outcomes" });
    restoreEnv = setEnv({ STATISTICS_MIN_CELL: "1", STATISTICS_WATERMARK_OVERLAP_SECONDS: "0" });
    setFakeNow(new Date("2027-08-03T10:00:00+08:00"));
    served = await createReferredCase(platform, "63000050", "文北里", "outcomes-served");
    await referToAgenciesFrom(platform, await createVisitedCase(platform, "63000110", "天母里", "outcomes-waiting"));
  }, 120_000);

  afterAll(async () => {
    restoreEnv();
    setFakeNow(null);
    await platform.stop();
  });

  it("should count each agency's referrals by where they stand: one in service, one not yet accepted", async () => {
    const both = [
      { status: "RECEIVED", count: 1, suppressed: false },
      { status: "IN_SERVICE", count: 1, suppressed: false },
    ];
    const counted = await outcomes();
    for (const field of OUTCOME_FIELDS.slice(0, 3)) {
      expect({ field, cells: [...counted[field].cells].sort((a, b) => b.status.localeCompare(a.status)) }).toEqual({ field, cells: both });
    }
  });

  it("should recount a closed referral in the month it was received", async () => {
    setFakeNow(new Date("2027-09-06T10:00:00+08:00"));
    dataOf(
      await platform.query(`mutation($id: ID!) { closeSocialReferral(referralId: $id, closedOn: "2027-09-06") { status } }`, {
        role: Role.SOCIAL_WORKER,
        org: carePointUnitOf("63000050"),
        variables: { id: served.socialReferralId },
      }),
    );
    const counted = await outcomes();
    expect([...counted.socialReferralOutcomes.cells].sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: "CLOSED", count: 1, suppressed: false },
      { status: "RECEIVED", count: 1, suppressed: false },
    ]);
    // 衛生局's are as they were: one agency's change moves only its own figures (D1).
    expect(counted.healthReferralOutcomes.cells.map((cell) => cell.status).sort()).toEqual(["IN_SERVICE", "RECEIVED"]);
  });

  it("should suppress the single referrals at the default k of 3, total included", async () => {
    delete process.env.STATISTICS_MIN_CELL;
    try {
      const response = await platform.query<{ careStatistics: { socialReferralOutcomes: { cells: Cell[]; total: { count: number | null; suppressed: boolean } } } }>(
        `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to) { socialReferralOutcomes { cells { status count suppressed } total { count suppressed } } } }`,
        { role: Role.CIVIL_AFFAIRS_ANALYST, variables: AUGUST },
      );
      const table = dataOf(response).careStatistics.socialReferralOutcomes;
      expect(table.cells.map((cell) => [cell.count, cell.suppressed])).toEqual([
        [null, true],
        [null, true],
      ]);
      expect(table.total).toEqual({ count: null, suppressed: true });
    } finally {
      process.env.STATISTICS_MIN_CELL = "1";
    }
  });

  it.each(Object.values(Role).filter((role) => role !== Role.CIVIL_AFFAIRS_ANALYST))("should refuse %s each outcome table, even asked of the agency directly (FORBIDDEN)", async (role) => {
    const token = await tokenFor(role);
    for (const field of OUTCOME_FIELDS) {
      const response = await postGraphQL<{ _entities: (Record<string, unknown> | null)[] }>(
        platform.subgraphUrl(SUBGRAPH_OF[field]),
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on CareStatistics { ${field} { cells { status count } } } } }`,
        { token, variables: { representations: [{ __typename: "CareStatistics", id: `${AUGUST.from}/${AUGUST.to}/` }] } },
      );
      expect({ field, codes: errorCodes(response) }).toEqual({ field, codes: ["FORBIDDEN"] });
      expect(response.data?._entities?.[0]?.[field] ?? null).toBeNull();
    }
  });

  it("should give the analyst each outcome table asked of the agency directly (the gateway's path)", async () => {
    const token = await tokenFor(Role.CIVIL_AFFAIRS_ANALYST);
    for (const field of OUTCOME_FIELDS) {
      const response = await postGraphQL<{ _entities: Record<string, { cells: unknown[] }>[] }>(
        platform.subgraphUrl(SUBGRAPH_OF[field]),
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on CareStatistics { ${field} { cells { status count } } } } }`,
        { token, variables: { representations: [{ __typename: "CareStatistics", id: `${AUGUST.from}/${AUGUST.to}/` }] } },
      );
      expect({ field, errors: response.errors }).toEqual({ field, errors: undefined });
      expect(Array.isArray(response.data?._entities[0][field].cells)).toBe(true);
    }
  });
});
