import { join } from "path";
import { startGateway } from "../../gateway";
import { GatewayConfig, readGatewayConfig } from "../../gateway/config";
import { ConfigError } from "../../shared/config";
import { withEnv } from "../support/env";

/**
 * Issue #7: the gateway knows each subgraph by name and URL (D8), from the agency registry. A
 * subgraph of the supergraph without a URL stops the start — never a placeholder or the URL
 * written at composition time, which would only fail when a caller's query first reached it.
 */
const SUPERGRAPH = join(__dirname, "..", "..", "supergraph.graphql");

function configWith(subgraphUrls: Record<string, string>): GatewayConfig {
  return { port: 0, host: "127.0.0.1", supergraphPath: SUPERGRAPH, subgraphUrls, developerTools: false };
}

describe("the gateway's subgraph URLs", () => {
  it("should refuse to start when a subgraph of the supergraph has no URL, naming it", async () => {
    const urls = { household: "http://127.0.0.1:9/graphql", district: "http://127.0.0.1:9/graphql", social: "http://127.0.0.1:9/graphql", calendar: "http://127.0.0.1:9/graphql", "civil-affairs": "http://127.0.0.1:9/graphql", police: "http://127.0.0.1:9/graphql" };
    await expect(startGateway(configWith(urls))).rejects.toThrow(ConfigError);
    await expect(startGateway(configWith(urls))).rejects.toThrow(/No URL for subgraph health/);
  });

  it("should refuse to start without a readable supergraph", async () => {
    const config = { ...configWith({}), supergraphPath: join(__dirname, "no-such-supergraph.graphql") };
    await expect(startGateway(config)).rejects.toThrow(ConfigError);
  });

  it("should start when every subgraph has a URL", async () => {
    const nowhere = "http://127.0.0.1:9/graphql";
    const running = await startGateway(configWith({ household: nowhere, district: nowhere, social: nowhere, health: nowhere, calendar: nowhere, "civil-affairs": nowhere, police: nowhere }));
    try {
      expect(running.port).toBeGreaterThan(0);
    } finally {
      await running.close();
    }
  });

  it("should take each URL from <NAME>_URL, else localhost on <NAME>_PORT or the registry's port", () => {
    const clear = { HOUSEHOLD_URL: undefined, HOUSEHOLD_PORT: undefined, DISTRICT_URL: undefined, DISTRICT_PORT: undefined, SOCIAL_URL: undefined, SOCIAL_PORT: undefined, HEALTH_URL: undefined, HEALTH_PORT: undefined, CALENDAR_URL: undefined, CALENDAR_PORT: undefined, CIVIL_AFFAIRS_URL: undefined, CIVIL_AFFAIRS_PORT: undefined, POLICE_URL: undefined, POLICE_PORT: undefined };
    withEnv({ ...clear, HEALTH_URL: "http://health:4004/graphql", SOCIAL_PORT: "4903" }, () => {
      expect(readGatewayConfig().subgraphUrls).toEqual({
        household: "http://localhost:4001/graphql",
        district: "http://localhost:4002/graphql",
        social: "http://localhost:4903/graphql",
        health: "http://health:4004/graphql",
        calendar: "http://localhost:4005/graphql",
        "civil-affairs": "http://localhost:4006/graphql",
        police: "http://localhost:4007/graphql",
      });
    });
  });

  it("should refuse a subgraph port that is not a port number", () => {
    withEnv({ DISTRICT_PORT: "40o2" }, () => {
      expect(() => readGatewayConfig()).toThrow(ConfigError);
    });
    withEnv({ DISTRICT_PORT: "70000" }, () => {
      expect(() => readGatewayConfig()).toThrow(ConfigError);
    });
  });
});
