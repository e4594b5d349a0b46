import { readFileSync } from "fs";
import { join } from "path";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { dataOf } from "../support/graphql";
import { handOverAndDeliver, recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #11: "the audit log records the operation's id". A console read sent by its trusted
 * document's hash, as the console sends it, is kept in the district's record of use with that
 * hash — set by the gateway, so a caller cannot write another id in. ("any" only so that the
 * fixture's own steps run; the console's operation is named by its hash either way.)
 */
const MANIFEST = join(__dirname, "..", "..", "web", "src", "gql", "persisted-documents.json");
const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, string>;
const inboxKey = Object.keys(manifest).find((key) => manifest[key].startsWith("query ConsoleDistrictInbox")) ?? "";
const INBOX_HASH = inboxKey.replace(/^sha256:/, "");
const OFFICE = "63000050";

interface Entry {
  subject: string;
  personId: string | null;
  entityType: string;
  fields: string[];
  operationName: string | null;
  operationId: string | null;
}

describe("the operation's id in the records of use (issue #11)", () => {
  let platform: TestPlatform;
  let personId: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 5, seed: "operation-id", trustedDocuments: { mode: "any", manifests: [MANIFEST] } });
    setFakeNow(new Date("2027-04-07T09:00:00+08:00"));
    ({ personId } = await recordForm(platform, new SeededRandom("operation-id"), OFFICE, "2027-04-07", "HOME_VISIT"));
    await handOverAndDeliver(platform, OFFICE, "2027-04-07");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  const readInboxAs = async (subject: string, headers: Record<string, string> = {}): Promise<void> => {
    const token = await tokenFor(Role.DISTRICT_CASE_OFFICER, OFFICE, subject);
    const response = await fetch(platform.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "test", ...headers },
      body: JSON.stringify({ operationName: "ConsoleDistrictInbox", variables: { first: 50 }, extensions: { persistedQuery: { version: 1, sha256Hash: INBOX_HASH } } }),
    });
    const body = (await response.json()) as { errors?: unknown[]; data?: { districtInbox?: { items: unknown[] } } };
    expect(body.errors).toBeUndefined();
    expect(body.data?.districtInbox?.items.length).toBeGreaterThan(0);
  };

  const readsOf = async (subject: string): Promise<Entry[]> =>
    dataOf(
      await platform.query<{ districtAuditLog: Entry[] }>(
        `query($filter: AuditFilter!) { districtAuditLog(filter: $filter) { subject personId entityType fields operationName operationId } }`,
        { role: Role.AUDITOR, variables: { filter: { subject } } },
      ),
    ).districtAuditLog;

  it("should keep the trusted document's hash of a console read with its record of use", async () => {
    expect(INBOX_HASH).toMatch(/^[0-9a-f]{64}$/);
    await readInboxAs("officer-operation-id");
    const reads = await readsOf("officer-operation-id");
    const caseRead = reads.find((entry) => entry.personId === personId && entry.entityType === "CareCase");
    expect(caseRead).toEqual(expect.objectContaining({ subject: "officer-operation-id", operationId: INBOX_HASH, fields: expect.arrayContaining(["neighbourhood"]) }));
    // The query planner's name for the district's fetch still says which operation it was part of.
    expect(caseRead?.operationName).toMatch(/^ConsoleDistrictInbox/);
  });

  it("should keep the gateway's id, not one the caller sends in the header", async () => {
    await readInboxAs("officer-forging", { "x-operation-id": "f".repeat(64) });
    const reads = await readsOf("officer-forging");
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads.map((entry) => entry.operationId))).toEqual(new Set([INBOX_HASH]));
  });
});
