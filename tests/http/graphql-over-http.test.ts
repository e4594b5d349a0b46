import { auditServer } from "graphql-http";
import type { AuditResult } from "graphql-http";
import { Role } from "../../shared/auth/roles";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #14: the gateway against graphql-http's audits of the GraphQL-over-HTTP specification.
 * Every MUST holds. The SHOULDs it does not follow are the ones README's "GraphQL over HTTP"
 * explains, listed here by name: a new one fails this test until it is fixed or explained.
 */
const EXPLAINED_SHOULDS = [
  // Apollo Server answers a request error with 400 whatever the Accept header: clients see a
  // failed request as failed (the console's Apollo Client reads the body of a 400 as GraphQL errors).
  "SHOULD use 200 status code on document parsing failure when accepting application/json",
  "SHOULD use 200 status code on document validation failure when accepting application/json",
  "SHOULD use a status code of 200 on variable coercion failure when accepting application/json",
];

/** The audits read `{ __typename }`: any signed-in role may; the auditor reads no personal data. */
async function signedInFetch(): Promise<typeof fetch> {
  const token = await tokenFor(Role.AUDITOR);
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("authorization", `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}

function named(results: readonly AuditResult[], level: "MUST" | "SHOULD"): string[] {
  return results
    .filter((result) => result.status !== "ok" && result.name.startsWith(`${level} `))
    .map((result) => result.name)
    .sort();
}

describe("GraphQL over HTTP: graphql-http's audits against the gateway (issue #14)", () => {
  let platform: TestPlatform;
  let results: AuditResult[];

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 2 });
    results = await auditServer({ url: platform.gatewayUrl, fetchFn: await signedInFetch() });
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should pass every MUST audit", () => {
    expect(results.filter((result) => result.name.startsWith("MUST ")).length).toBeGreaterThan(10);
    expect(named(results, "MUST")).toEqual([]);
  });

  it("should pass every SHOULD audit except those README explains", () => {
    expect(named(results, "SHOULD")).toEqual([...EXPLAINED_SHOULDS].sort());
  });

  it("should refuse a GET without a preflight-forcing header (CSRF prevention), with a 400 and a message, not run it", async () => {
    const response = await fetch(`${platform.gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`, { headers: { authorization: `Bearer ${await tokenFor(Role.AUDITOR)}` } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/CSRF/);
  });
});
