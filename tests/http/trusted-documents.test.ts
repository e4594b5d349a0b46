import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadTrustedDocuments } from "../../gateway/trusted-documents";
import { Role } from "../../shared/auth/roles";
import { ConfigError } from "../../shared/config";
import { postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { serviceTokenFor, tokenFor } from "../support/tokens";

/**
 * Issue #11 (D10): with TRUSTED_DOCUMENTS=only (production's default) the gateway runs the
 * operations of the registered manifests — the console's, written by graphql-codegen — named by
 * hash or sent as their exact text, and nothing else; the platform's own services (verified
 * service tokens, D3) are not a frontend and keep their intake documents.
 */
const MANIFEST = join(__dirname, "..", "..", "web", "src", "gql", "persisted-documents.json");
const consoleDocuments = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, string>;
const [inboxKey, inboxDocument] = Object.entries(consoleDocuments).find(([, document]) => document.startsWith("query ConsoleDistrictInbox")) ?? ["", ""];
const inboxHash = inboxKey.replace(/^sha256:/, "");

describe("trusted documents only (issue #11)", () => {
  let platform: TestPlatform;
  let officer: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 5, seed: "trusted", trustedDocuments: { mode: "only", manifests: [MANIFEST] } });
    officer = await tokenFor(Role.DISTRICT_CASE_OFFICER, "63000050");
  });

  afterAll(async () => {
    await platform.stop();
  });

  const post = (body: Record<string, unknown>, token = officer): Promise<Response> =>
    fetch(platform.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "test" }, body: JSON.stringify(body) });

  it("should run a console operation named by its hash alone, as the console sends it", async () => {
    expect(inboxDocument).not.toBe("");
    const response = await post({ variables: { first: 5 }, extensions: { persistedQuery: { version: 1, sha256Hash: inboxHash } } });
    const body = (await response.json()) as { data?: { districtInbox?: { __typename: string } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.districtInbox?.__typename).toBe("DistrictInboxPage");
  });

  it("should run the same operation sent as its exact text", async () => {
    const response = await postGraphQL(platform.gatewayUrl, inboxDocument, { token: officer, variables: { first: 5 }, headers: { "x-purpose": "test" } });
    expect(response.errors).toBeUndefined();
  });

  it("should refuse an operation that no manifest lists, with its code and nothing run", async () => {
    const response = await post({ query: "query Mine { districtInbox(first: 1) { totalCount } }" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(["OPERATION_NOT_TRUSTED"]);
    expect(body.data).toBeUndefined();
  });

  it("should answer an unknown hash as not found, not run anything", async () => {
    const response = await post({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("should let a verified service token post its own documents (D3 hand-offs are not a frontend's)", async () => {
    const service = await serviceTokenFor("household", Role.HOUSEHOLD_CLERK, "63000050");
    const response = await post({ query: "query Hand { __typename }" }, service);
    const body = (await response.json()) as { data?: { __typename: string }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.__typename).toBe("Query");
  });

  it("should still serve 民政局's report download, whose query the gateway itself runs (issue #10)", async () => {
    const url = new URL("/reports/care-statistics", platform.gatewayUrl);
    url.search = new URLSearchParams({ from: "2026-01-01", to: "2026-01-31", format: "csv" }).toString();
    const response = await fetch(url, { headers: { authorization: `Bearer ${await tokenFor(Role.CIVIL_AFFAIRS_ANALYST)}` } });
    expect(response.status).toBe(200);
    expect((await response.text()).split("\r\n")[0]).toBe("表 1、新移民關懷訪視系統登錄案件別(115/1/1-115/1/31)");
  });

  it("should refuse to start on a manifest whose key is not its document's hash", () => {
    const directory = mkdtempSync(join(tmpdir(), "trusted-"));
    try {
      const forged = join(directory, "forged.json");
      writeFileSync(forged, JSON.stringify({ [`sha256:${inboxHash}`]: "query Other { __typename }" }));
      expect(() => loadTrustedDocuments([forged])).toThrow(ConfigError);
      expect(() => loadTrustedDocuments([join(directory, "missing.json")])).toThrow(/Cannot read the trusted-documents manifest/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
