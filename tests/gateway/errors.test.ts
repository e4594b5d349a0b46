import { Role } from "../../shared/auth/roles";
import { errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/** Errors carry a code a client can act on, and never a stack trace, SQL or an address. */
describe("errors through the gateway", () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4 });
    token = await tokenFor(Role.DISTRICT_CASE_OFFICER);
  });

  afterAll(async () => {
    await platform.stop();
  });

  function expectNothingInternal(response: GraphQLResponse<unknown>): void {
    const text = JSON.stringify(response.errors ?? []);
    expect(text).not.toMatch(/stacktrace|exception|SELECT|INSERT|node_modules|\.ts:\d+|localhost:\d+/i);
  }

  async function raw(body: string, contentType = "application/json"): Promise<{ status: number; body: GraphQLResponse<unknown> }> {
    const response = await fetch(platform.gatewayUrl, { method: "POST", headers: { "content-type": contentType, authorization: `Bearer ${token}` }, body });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
  }

  it("should answer a syntax error with GRAPHQL_PARSE_FAILED", async () => {
    const response = await platform.query("{ persons(first: 1) { ");
    expect(errorCodes(response)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expectNothingInternal(response);
  });

  it("should answer an unknown field with GRAPHQL_VALIDATION_FAILED and no suggestion of hidden fields", async () => {
    const response = await platform.query("{ persons(first: 1) { edges { node { passwordHash } } } }");
    expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expectNothingInternal(response);
  });

  it("should answer a body that is not JSON with 400 BAD_REQUEST", async () => {
    const response = await raw("{not json");
    expect(response.status).toBe(400);
    expect(errorCodes(response.body)).toEqual(["BAD_REQUEST"]);
  });

  it("should refuse an oversized body with 413", async () => {
    const response = await raw(JSON.stringify({ query: `{ persons(first: 1) { totalCount } } # ${"x".repeat(1_100_000)}` }));
    expect(response.status).toBe(413);
    expect(errorCodes(response.body)).toEqual(["BAD_REQUEST"]);
  });

  it("should refuse a declared purpose longer than a sentence", async () => {
    const response = await platform.query("{ householdOffices { code } }", { headers: { "x-purpose": "x".repeat(201) } });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });

  it("should answer a wrongly typed variable with BAD_USER_INPUT and not echo the value", async () => {
    const response = await platform.query(`query($id: ID!) { person(id: $id) { id } }`, { variables: { id: { secret: "A123456789" } } });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expectNothingInternal(response);
    expect(JSON.stringify(response.errors)).not.toContain("A123456789");
  });

  it("should answer a malformed date with BAD_USER_INPUT, as a variable and as a literal (issue #7)", async () => {
    const variable = await platform.query(`mutation($on: LocalDate!) { closeHealthReferral(referralId: "00000000-0000-4000-8000-000000000001", closedOn: $on) { id } }`, {
      role: Role.HEALTH_NURSE,
      variables: { on: "1994-02-30" },
    });
    expect(errorCodes(variable)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(variable.errors)).not.toContain("1994-02-30");
    const literal = await platform.query(`mutation { closeHealthReferral(referralId: "00000000-0000-4000-8000-000000000001", closedOn: "105/6/13") { id } }`, {
      role: Role.HEALTH_NURSE,
    });
    expect(errorCodes(literal)).toEqual(["BAD_USER_INPUT"]);
    expectNothingInternal(literal);
  });
});
