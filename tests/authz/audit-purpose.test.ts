import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { dataOf, errorCodes } from "../support/graphql";
import { recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #11 (PDPA, issue #4): a purpose in Chinese, as the console sends it — percent-encoded UTF-8,
 * since HTTP header values are Latin-1 — is recorded as the words the user chose, in the agency
 * that was read through the gateway; a header that is not valid percent-encoding is refused.
 */
const PURPOSE = "新移民關懷訪視：受理登記及徵詢";

describe("a declared purpose in Chinese (x-purpose, percent-encoded)", () => {
  let platform: TestPlatform;
  let personId: string;
  const clerk = { role: Role.HOUSEHOLD_CLERK, org: "63000050" };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 5, seed: "audit-purpose" });
    ({ personId } = await recordForm(platform, new SeededRandom("audit-purpose"), "63000050", new Date().toISOString().slice(0, 10), "HOME_VISIT"));
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should record the decoded words in the audit log of the agency read", async () => {
    dataOf(await platform.query(`query($id: ID!) { person(id: $id) { name } }`, { ...clerk, variables: { id: personId }, headers: { "x-purpose": encodeURIComponent(PURPOSE) } }));
    const audit = dataOf(
      await platform.query<{ householdAuditLog: { purpose: string | null; fields: string[] }[] }>(
        `query($personId: ID) { householdAuditLog(filter: { personId: $personId }) { purpose fields } }`,
        { role: Role.AUDITOR, variables: { personId } },
      ),
    );
    expect(audit.householdAuditLog).toContainEqual({ purpose: PURPOSE, fields: ["name"] });
  });

  it("should refuse a purpose that is not valid percent-encoding, reading nothing", async () => {
    const response = await platform.query(`query($id: ID!) { person(id: $id) { name } }`, { ...clerk, variables: { id: personId }, headers: { "x-purpose": "%E6%96" } });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.data?.person ?? null).toBeNull();
  });
});
