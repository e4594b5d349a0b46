import { SignJWT } from "jose";
import { Role } from "../../shared/auth/roles";
import { errorCodes, postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { districtOfHousehold } from "../support/scope-oracle";
import { tokenFor } from "../support/tokens";

/** D4: the gateway authenticates every request and each subgraph verifies the token again. */
describe("authentication", () => {
  let platform: TestPlatform;
  let personId: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10 });
    personId = platform.data.persons[0].id;
  });

  afterAll(async () => {
    await platform.stop();
  });

  const PERSON_QUERY = `query Person($id: ID!) { person(id: $id) { id name idNumber } }`;

  async function forgedToken(claims: { key?: string; audience?: string; expiresAt?: number }): Promise<string> {
    return new SignJWT({ role: Role.DISTRICT_CASE_OFFICER, org: "63000050" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("intruder")
      .setIssuer("care-platform-dev")
      .setAudience(claims.audience ?? "care-platform")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(claims.expiresAt ?? Math.floor(Date.now() / 1000) + 3600)
      .sign(new TextEncoder().encode(claims.key ?? "a-key-that-is-not-the-platform-key-0123456789"));
  }

  it("should reject a request without a token at the gateway", async () => {
    const response = await postGraphQL(platform.gatewayUrl, PERSON_QUERY, { variables: { id: personId } });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.data ?? null).toBeNull();
  });

  it("should reject tokens signed with another key, for another audience, or expired", async () => {
    const [header, payload, signature] = (await tokenFor(Role.DISTRICT_CASE_OFFICER)).split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const elevated = Buffer.from(JSON.stringify({ ...claims, org: "63000110" })).toString("base64url");
    const tampered = `${header}.${elevated}.${signature}`;
    for (const token of [
      await forgedToken({}),
      await forgedToken({ key: "dev-only-shared-secret-do-not-deploy-0123456789", audience: "another-system" }),
      await forgedToken({ key: "dev-only-shared-secret-do-not-deploy-0123456789", expiresAt: Math.floor(Date.now() / 1000) - 60 }),
      tampered,
      "not-a-jwt",
    ]) {
      const response = await postGraphQL(platform.gatewayUrl, PERSON_QUERY, { token, variables: { id: personId } });
      expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
      expect(response.data ?? null).toBeNull();
    }
  });

  it("should answer a caller with a valid token", async () => {
    // A case officer of the person's own district, so the whole person is in scope.
    const org = districtOfHousehold(platform.data, platform.data.persons[0].householdId);
    const response = await platform.query<{ person: { id: string; name: string } }>(PERSON_QUERY, { org, variables: { id: personId } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.person.id).toBe(personId);
    expect(response.data?.person.name).toBe(platform.data.persons[0].name);
  });

  it("should refuse a direct subgraph call without a valid token, _entities included", async () => {
    const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { name idNumber } } }`;
    const representations = [{ __typename: "Person", id: personId }];
    for (const name of platform.platform.subgraphs.keys()) {
      const url = platform.subgraphUrl(name);
      for (const token of [undefined, await forgedToken({})]) {
        const direct = await postGraphQL(url, entities, { token, variables: { representations } });
        expect(direct.status).toBe(401);
        expect(errorCodes(direct)).toEqual(["UNAUTHENTICATED"]);
        expect(direct.data ?? null).toBeNull();
      }
    }
  });

  it("should keep each subgraph's _service reachable for composition, with a valid token", async () => {
    const token = await tokenFor(Role.AUDITOR);
    for (const name of platform.platform.subgraphs.keys()) {
      const response = await postGraphQL<{ _service: { sdl: string } }>(platform.subgraphUrl(name), "{ _service { sdl } }", { token });
      expect(response.errors).toBeUndefined();
      expect(response.data?._service.sdl).toContain("@key");
    }
  });

  it("should let Sandbox load the schema without a token in development, and nothing else", async () => {
    const introspection = await postGraphQL<{ __schema: { queryType: { name: string } } }>(platform.gatewayUrl, "{ __schema { queryType { name } } }");
    expect(introspection.data?.__schema.queryType.name).toBe("Query");
    const mixed = await postGraphQL(platform.gatewayUrl, `{ __schema { queryType { name } } persons(first: 1) { totalCount } }`);
    expect(errorCodes(mixed)).toEqual(["UNAUTHENTICATED"]);
  });
});
