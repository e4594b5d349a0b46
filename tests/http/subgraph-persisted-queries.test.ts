import { createHash } from "crypto";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { Role } from "../../shared/auth/roles";
import { errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { districtOfHousehold } from "../support/scope-oracle";
import { tokenFor } from "../support/tokens";

const OFFICES = "query Offices { householdOffices { code name } }";
const extensions = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(OFFICES).digest("hex") } };

/**
 * Issue #13: the gateway sends a plan's fetch to a subgraph as its hash alone once the subgraph
 * has seen its text (Apollo Server's automatic persisted queries; gateway/forwarding-data-source.ts),
 * so neither side reads, writes or hashes the text per fetch. The subgraph's side of it, as the
 * gateway relies on it, with the caller's own token as always (D4).
 */
describe("persisted queries between the gateway and the subgraphs (issue #13)", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4 });
  });

  afterAll(async () => {
    await platform.stop();
  });

  /** To household's subgraph directly, as a district officer unless `signed` is false. */
  async function post(body: unknown, signed = true): Promise<{ status: number; body: GraphQLResponse<{ householdOffices: { code: string }[] }> }> {
    const bearer = signed ? await tokenFor(Role.DISTRICT_CASE_OFFICER) : null;
    const response = await fetch(platform.subgraphUrl("household"), {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<{ householdOffices: { code: string }[] }> };
  }

  it("should answer an unknown hash with PERSISTED_QUERY_NOT_FOUND, then answer the hash alone once the text came with it", async () => {
    const unknown = await post({ extensions });
    expect([unknown.status, errorCodes(unknown.body)]).toEqual([200, ["PERSISTED_QUERY_NOT_FOUND"]]);

    const whole = await post({ query: OFFICES, extensions });
    const hashOnly = await post({ extensions });

    expect(whole.body.errors).toBeUndefined();
    expect(whole.body.data?.householdOffices.length).toBeGreaterThan(0);
    expect(hashOnly).toEqual(whole);
  });

  it("should still ask for the caller's token on a hash-only request", async () => {
    await post({ query: OFFICES, extensions });
    const anonymous = await post({ extensions }, false);
    expect([anonymous.status, errorCodes(anonymous.body)]).toEqual([401, ["UNAUTHENTICATED"]]);
    expect(anonymous.body.data ?? null).toBeNull();
  });

  it("should refuse a text that does not match its hash", async () => {
    const forged = await post({ query: "{ householdOffices { code } }", extensions });
    expect(forged.status).toBe(400);
    expect(forged.body.data).toBeUndefined();
  });

  it("should send each subgraph a fetch's text once through the gateway, then one request per fetch", async () => {
    const requests = new Map<string, number>();
    for (const [name, subgraph] of platform.platform.subgraphs) {
      subgraph.httpServer.on("request", () => requests.set(name, (requests.get(name) ?? 0) + 1));
    }
    const person = platform.data.persons[0];
    const org = districtOfHousehold(platform.data, person.householdId);
    const view = (): Promise<GraphQLResponse<{ person: { id: string } }>> => platform.query(UNIFIED_PERSON_QUERY, { org, variables: { id: person.id } });
    const counts = (): Record<string, number> => Object.fromEntries(["household", "district", "social", "health"].map((name) => [name, requests.get(name) ?? 0]));

    const first = await view();
    const afterFirst = counts();
    const second = await view();
    const afterSecond = counts();

    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    // The first: the hash, refused, then the text with it; the second: the hash alone.
    expect(afterFirst).toEqual({ household: 2, district: 2, social: 2, health: 2 });
    expect(afterSecond).toEqual({ household: 3, district: 3, social: 3, health: 3 });
  });
});
