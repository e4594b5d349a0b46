import { readServeConfig } from "../../scripts/platform/serve-config";
import { readStartConfig } from "../../scripts/platform/start-config";
import { ConfigError, readLogConfig } from "../../shared/config";
import { withEnv } from "../support/env";

/** Issue #7: settings are read in config modules only, ports validated alike, errors are ConfigError. */
describe("start-up configuration", () => {
  describe("one subgraph as its own process", () => {
    const unset = { SUBGRAPH: undefined, PORT: undefined, HOST: undefined, DATABASE_URL: undefined, DISTRICT_PORT: undefined };

    it("should pick the agency from the registry, on its registry port unless PORT or <NAME>_PORT says otherwise", () => {
      withEnv({ ...unset, SUBGRAPH: "district" }, () => {
        const config = readServeConfig();
        expect([config.subgraph.agency.name, config.subgraph.definition.name, config.port, config.host, config.databaseUrl]).toEqual(["district", "district", 4002, "0.0.0.0", undefined]);
      });
      withEnv({ ...unset, DISTRICT_PORT: "4902" }, () => {
        expect(readServeConfig("district").port).toBe(4902);
      });
      withEnv({ ...unset, SUBGRAPH: "district", PORT: "8080", DISTRICT_PORT: "4902" }, () => {
        expect(readServeConfig().port).toBe(8080);
      });
    });

    it("should refuse an unnamed or unknown agency and a bad port with a ConfigError", () => {
      withEnv(unset, () => {
        expect(() => readServeConfig()).toThrow(ConfigError);
      });
      withEnv({ ...unset, SUBGRAPH: "fire-department" }, () => {
        expect(() => readServeConfig()).toThrow(/No subgraph named "fire-department"/);
      });
      withEnv({ ...unset, SUBGRAPH: "district", PORT: "http" }, () => {
        expect(() => readServeConfig()).toThrow(ConfigError);
      });
    });
  });

  describe("npm start", () => {
    it("should read every agency's port from the registry unless <NAME>_PORT is set", () => {
      withEnv({ HOUSEHOLD_PORT: undefined, DISTRICT_PORT: undefined, SOCIAL_PORT: undefined, HEALTH_PORT: "4904", CALENDAR_PORT: undefined, CIVIL_AFFAIRS_PORT: undefined, POLICE_PORT: undefined }, () => {
        expect(readStartConfig().subgraphPorts).toEqual({ household: 4001, district: 4002, social: 4003, health: 4904, calendar: 4005, "civil-affairs": 4006, police: 4007 });
      });
    });

    it("should refuse a bad port or demo size with a ConfigError", () => {
      withEnv({ GATEWAY_PORT: "-1" }, () => {
        expect(() => readStartConfig()).toThrow(ConfigError);
      });
      withEnv({ SOCIAL_PORT: "4003.5" }, () => {
        expect(() => readStartConfig()).toThrow(ConfigError);
      });
      withEnv({ DEMO_PERSONS: "many" }, () => {
        expect(() => readStartConfig()).toThrow(ConfigError);
      });
    });
  });

  describe("logs", () => {
    it("should be silent in tests unless LOG_LEVEL says otherwise, and refuse an unknown level", () => {
      withEnv({ LOG_LEVEL: undefined, LOG_FILE: undefined }, () => {
        expect(readLogConfig()).toEqual({ level: "silent", file: undefined });
      });
      withEnv({ LOG_LEVEL: "debug", LOG_FILE: "/tmp/care.log" }, () => {
        expect(readLogConfig()).toEqual({ level: "debug", file: "/tmp/care.log" });
      });
      withEnv({ LOG_LEVEL: "loud" }, () => {
        expect(() => readLogConfig()).toThrow(ConfigError);
      });
    });
  });
});
