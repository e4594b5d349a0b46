import { readFileSync } from "fs";
import { join } from "path";
import { subgraphNamesOf } from "../../gateway/routes";
import { AGENCY_DEMO } from "../../scripts/demo-data/agency-demo";
import { deployFiles } from "../../scripts/deploy/generate";
import { pairSubgraphs, SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { AGENCIES, AGENCY_NAMES, agencyNamed, envPrefixOf } from "../../shared/agencies";
import { ConfigError } from "../../shared/config";

/**
 * Issue #7: one agency registry from which everything else is derived or checked. These tests read
 * each artefact on its own terms (the committed files by pattern) and compare it with the registry.
 */
const ROOT = join(__dirname, "..", "..");
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
const sorted = (values: readonly string[]): string[] => [...values].sort();
const matches = (text: string, pattern: RegExp): string[][] => [...text.matchAll(pattern)].map((match) => match.slice(1));

describe("the agency registry", () => {
  it("should list the four agencies of the seed documents with their ports", () => {
    expect(AGENCIES.map(({ name, port, schema }) => ({ name, port, schema }))).toEqual([
      { name: "household", port: 4001, schema: "household" },
      { name: "district", port: 4002, schema: "district" },
      { name: "social", port: 4003, schema: "social" },
      { name: "health", port: 4004, schema: "health" },
      { name: "calendar", port: 4005, schema: "calendar" },
      { name: "civil-affairs", port: 4006, schema: "civil_affairs" },
      // Issue #12 (D11): 臺北市政府警察局's search requests.
      { name: "police", port: 4007, schema: "police" },
    ]);
  });

  it("should give each agency its own name, port and schema", () => {
    expect(new Set(AGENCIES.map((agency) => agency.name)).size).toBe(AGENCIES.length);
    expect(new Set(AGENCIES.map((agency) => agency.schema)).size).toBe(AGENCIES.length);
    expect(new Set([4000, ...AGENCIES.map((agency) => agency.port)]).size).toBe(AGENCIES.length + 1);
    for (const agency of AGENCIES) {
      expect(agency.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(agency.schema).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
    }
  });

  it("should name environment variables from the agency's name", () => {
    expect(envPrefixOf("household")).toBe("HOUSEHOLD");
    expect(envPrefixOf("civil-affairs")).toBe("CIVIL_AFFAIRS");
  });

  it("should refuse an agency it does not list", () => {
    expect(() => agencyNamed("fire-department")).toThrow(ConfigError);
    expect(agencyNamed("social").port).toBe(4003);
  });
});

describe("what is derived from the registry", () => {
  it("should have one subgraph definition per agency, under its name and schema", () => {
    expect(SUBGRAPHS.map((entry) => [entry.definition.name, entry.definition.database.schema])).toEqual(AGENCIES.map((agency) => [agency.name, agency.schema]));
  });

  it("should compose the committed supergraph over exactly the registry's agencies", () => {
    const composed = matches(read("supergraph.graphql"), /@join__graph\(name: "([^"]+)", url: "http:\/\/localhost:(\d+)\/graphql"\)/g);
    expect(sorted(composed.map(([name, port]) => `${name}:${port}`))).toEqual(sorted(AGENCIES.map((agency) => `${agency.name}:${agency.port}`)));
    expect(sorted(subgraphNamesOf(read("supergraph.graphql")))).toEqual(sorted(AGENCY_NAMES));
  });

  it("should run one docker-compose service per agency on its port and database, and route the gateway to each", () => {
    const compose = read("docker-compose.yml");
    const services = matches(compose, /^ {2}([a-z][a-z0-9-]*):\n {4}<<: \*subgraph\n {4}environment:\n {6}SUBGRAPH: (\S+)\n {6}PORT: "(\d+)"\n {6}DATABASE_URL: \S+@postgres:5432\/(\w+)$/gm);
    expect(services).toEqual(AGENCIES.map((agency) => [agency.name, agency.name, String(agency.port), agency.schema]));
    const urls = matches(compose.slice(compose.indexOf("  gateway:")), /^ {6}([A-Z_]+)_URL: http:\/\/([a-z0-9-]+):(\d+)\/graphql$/gm);
    expect(urls).toEqual(AGENCIES.map((agency) => [envPrefixOf(agency.name), agency.name, String(agency.port)]));
    const gatewayDependsOn = matches(compose.slice(compose.indexOf("  gateway:")), /^ {6}([a-z0-9-]+): \{ condition: service_healthy \}$/gm);
    expect(gatewayDependsOn.map(([name]) => name)).toEqual(AGENCY_NAMES);
    // D3: every subgraph delivers its hand-offs through the gateway.
    expect(matches(compose, /^ {6}GATEWAY_URL: (\S+)$/gm)).toEqual(AGENCIES.map(() => ["http://gateway:4000/graphql"]));
  });

  it("should create one database per agency in postgres-init.sql", () => {
    const databases = matches(read("deploy/postgres-init.sql"), /^CREATE DATABASE (\w+);$/gm).map(([name]) => name);
    expect(databases).toEqual(AGENCIES.map((agency) => agency.schema));
  });

  it("should keep the committed deployment files as npm run deploy:generate writes them", () => {
    for (const [path, text] of deployFiles()) {
      expect(read(path)).toBe(text);
    }
  });

  it("should load demo tables only for registry agencies (the calendar has none)", () => {
    expect(sorted(Object.keys(AGENCY_DEMO))).toEqual(sorted(["household", "district", "social", "health"]));
    expect(Object.keys(AGENCY_DEMO).every((name) => AGENCY_NAMES.includes(name as (typeof AGENCY_NAMES)[number]))).toBe(true);
  });
});

describe("pairing the registry with the subgraph definitions", () => {
  const household = SUBGRAPHS[0].definition;
  const district = SUBGRAPHS[1].definition;
  const line = (name: string, schema = name) => ({ name, port: 4900, schema, title: name });

  it("should refuse an agency without a definition, naming it", () => {
    expect(() => pairSubgraphs([line("household"), line("police")], { household })).toThrow(ConfigError);
    expect(() => pairSubgraphs([line("household"), line("police")], { household })).toThrow(/police has no subgraph definition/);
  });

  it("should refuse a definition without a registry line, naming it", () => {
    expect(() => pairSubgraphs([line("household")], { household, district })).toThrow(/district has a subgraph definition but no line in the registry/);
  });

  it("should refuse a definition under another name or schema, and a line listed twice", () => {
    expect(() => pairSubgraphs([line("household")], { household: district })).toThrow(ConfigError);
    expect(() => pairSubgraphs([line("household", "households")], { household })).toThrow(/schema household, the registry says households/);
    expect(() => pairSubgraphs([line("household"), line("household")], { household })).toThrow(/listed twice/);
  });

  it("should pair a registry and definitions that agree, in the registry's order", () => {
    expect(pairSubgraphs([line("district"), line("household")], { household, district }).map((entry) => entry.definition)).toEqual([district, household]);
  });
});
