import { Socket } from "net";
import { SUBGRAPH_IDLE_TIMEOUT_MS } from "../../gateway/subgraph-fetcher";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { SERVER_KEEP_ALIVE_TIMEOUT_MS } from "../../shared/http/serve";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { districtOfHousehold } from "../support/scope-oracle";

/**
 * Issue #13: the gateway keeps its connections to the subgraphs open between requests (a TCP
 * handshake per fetch was part of every request's cost), and closes idle ones before a subgraph
 * would, so no request is sent down a socket the server is closing.
 */
describe("keep-alive from the gateway to the subgraphs (issue #13)", () => {
  let platform: TestPlatform;
  const accepted = new Map<string, Socket[]>();

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4 });
    for (const [name, subgraph] of platform.platform.subgraphs) {
      accepted.set(name, []);
      subgraph.httpServer.on("connection", (socket: Socket) => accepted.get(name)?.push(socket));
    }
  });

  afterAll(async () => {
    await platform.stop();
  });

  function acceptedCounts(): Record<string, number> {
    return Object.fromEntries([...accepted].map(([name, sockets]) => [name, sockets.length]));
  }

  it("should reuse the open connections for consecutive gateway requests", async () => {
    const person = platform.data.persons[0];
    const org = districtOfHousehold(platform.data, person.householdId);
    const view = async (): Promise<unknown> => (await platform.query<{ person: { id: string } }>(UNIFIED_PERSON_QUERY, { org, variables: { id: person.id } })).data?.person.id;
    // The first request opens what it needs (a subgraph fetched twice at once opens two).
    expect(await view()).toBe(person.id);
    const opened = acceptedCounts();
    for (const name of ["household", "district", "social", "health"]) {
      expect(opened[name]).toBeGreaterThanOrEqual(1);
    }

    for (let request = 0; request < 5; request += 1) {
      expect(await view()).toBe(person.id);
    }

    expect(acceptedCounts()).toEqual(opened);
  });

  it("should let the gateway close an idle connection before the subgraph does", () => {
    expect(SUBGRAPH_IDLE_TIMEOUT_MS).toBeLessThan(SERVER_KEEP_ALIVE_TIMEOUT_MS);
    for (const subgraph of platform.platform.subgraphs.values()) {
      expect(subgraph.httpServer.keepAliveTimeout).toBe(SERVER_KEEP_ALIVE_TIMEOUT_MS);
    }
  });
});
