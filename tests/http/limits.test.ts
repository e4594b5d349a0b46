import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { buildClientSchema, getIntrospectionQuery, GraphQLSchema, IntrospectionQuery, Lexer, parse, print, Source, TokenKind, validate } from "graphql";
import { startGateway } from "../../gateway";
import { readGatewayConfig } from "../../gateway/config";
import { DEFAULT_COST_MODEL, DEFAULT_QUERY_LIMITS, measureOperations, OperationMeasure, queryLimitRules } from "../../gateway/limits";
import { UNIFIED_PERSON_FIELDS, UNIFIED_PERSON_QUERY, UNIFIED_PERSONS_QUERY } from "../../scripts/operations/unified-view";
import { AGENCY_NAMES } from "../../shared/agencies";
import { Role } from "../../shared/auth/roles";
import { ConfigError } from "../../shared/config";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../shared/graphql/connection";
import { RunningServer } from "../../shared/http/serve";
import { errorCodes, GraphQLResponse, postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #4: depth, alias, token and cost limits at the gateway. Every legitimate operation passes
 * with room to spare; abusive ones are refused before any subgraph is asked. In production
 * (developerTools off) errors suggest no field names. Assertions are on codes and the limit's name.
 */
const subgraphsDir = join(__dirname, "..", "..", "subgraphs");
const limits = DEFAULT_QUERY_LIMITS;

function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    count += 1;
  }
  return count;
}

/** Every legitimate document: each agency's operations.graphql and the frontends' unified views. */
function legitimateDocuments(): [string, string][] {
  const documents: [string, string][] = readdirSync(subgraphsDir).map((agency) => [
    `${agency}/operations.graphql`,
    readFileSync(join(subgraphsDir, agency, "operations.graphql"), "utf8"),
  ]);
  documents.push(["UNIFIED_PERSONS_QUERY", UNIFIED_PERSONS_QUERY], ["UNIFIED_PERSON_QUERY", UNIFIED_PERSON_QUERY]);
  return documents;
}

/** The unified view of a page of `first` persons, with the page size written in the document. */
function unifiedPage(first: number, alias = ""): string {
  return `${alias}persons(first: ${first}) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${UNIFIED_PERSON_FIELDS} } } }`;
}

function expectRejected(response: GraphQLResponse<unknown>, code: string, limitName: RegExp): void {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(new Set(errorCodes(response))).toEqual(new Set([code]));
  expect(response.errors?.some((error) => limitName.test(error.message))).toBe(true);
}

describe("limits at the gateway", () => {
  let platform: TestPlatform;
  let schema: GraphQLSchema;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 200, seed: "limits" });
    const introspection = await postGraphQL<IntrospectionQuery>(platform.gatewayUrl, getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
    token = await tokenFor(Role.DISTRICT_CASE_OFFICER);
  });

  afterAll(async () => {
    await platform.stop();
  });

  /** Through the gateway, with a declared purpose in case persons searches come to require one. */
  function query<Data = Record<string, unknown>>(document: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>> {
    return postGraphQL<Data>(platform.gatewayUrl, document, { token, variables, headers: { "x-purpose": "test" } });
  }

  describe("legitimate operations", () => {
    it("should keep the cost model's page sizes equal to the subgraphs'", () => {
      expect(DEFAULT_COST_MODEL.defaultPageSize).toBe(DEFAULT_PAGE_SIZE);
      expect(DEFAULT_COST_MODEL.maxPageSize).toBe(MAX_PAGE_SIZE);
    });

    it.each(legitimateDocuments())("should pass every limit with room to spare: %s", (_name, text) => {
      const document = parse(text, { maxTokens: limits.maxTokens });
      // A request carries one operation (a sample file holds many): ten times its tokens must fit.
      for (const definition of document.definitions) {
        expect(tokenCount(print(definition)) * 10).toBeLessThanOrEqual(limits.maxTokens);
      }
      expect(validate(schema, document, queryLimitRules(limits)).map((error) => error.message)).toEqual([]);
      const measures = [...measureOperations(schema, document).values()];
      expect(measures.length).toBeGreaterThan(0);
      for (const measure of measures) {
        expect(measure.depth + 3).toBeLessThanOrEqual(limits.maxDepth);
        expect(measure.aliases).toBe(0);
        expect(measure.cost * 2).toBeLessThanOrEqual(limits.maxCost);
      }
    });

    it("should measure the unified view of 200 persons as its largest operation", () => {
      const measure = measureOperations(schema, parse(UNIFIED_PERSONS_QUERY)).get("UnifiedPersons");
      // `first: $first` is costed at the largest page the subgraphs serve, like a literal 200.
      expect(measure).toEqual(measureOperations(schema, parse(`query UnifiedPersons { ${unifiedPage(200)} }`)).get("UnifiedPersons"));
      expect(measure).toEqual<OperationMeasure>({ depth: 7, aliases: 0, cost: expect.any(Number) });
      const costs = legitimateDocuments().flatMap(([, text]) => [...measureOperations(schema, parse(text)).values()].map((each) => each.cost));
      expect(Math.max(...costs)).toBe(measure?.cost);
    });

    it("should answer the unified view of a 200-person page through the gateway", async () => {
      // The page holds what the caller may see of the demo data (rows are scoped to the caller's
      // district), up to 200; the limits judge the document, which asks for 200.
      const response = await query<{ persons: { totalCount: number; edges: unknown[] } }>(UNIFIED_PERSONS_QUERY, { first: 200 });
      expect(response.errors).toBeUndefined();
      const persons = response.data?.persons;
      expect(persons?.edges.length).toBeGreaterThan(0);
      expect(persons?.edges).toHaveLength(Math.min(200, persons?.totalCount ?? 0));
    });

    it("should pass each query of operations.graphql through the gateway's parsing and validation", async () => {
      // Queries only (mutations are checked above against the served schema, not run). Without
      // variables an operation that needs one fails with BAD_USER_INPUT, after validation, before
      // any subgraph is asked; the others run, cheaply.
      for (const [name, text] of legitimateDocuments()) {
        for (const definition of parse(text).definitions) {
          if (definition.kind !== "OperationDefinition" || definition.operation !== "query") {
            continue;
          }
          const operationName = definition.name?.value;
          const response = await fetch(platform.gatewayUrl, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "test" },
            body: JSON.stringify({ query: text, operationName }),
          });
          const body = (await response.json()) as GraphQLResponse<unknown>;
          const codes = errorCodes(body);
          expect({ name, operationName, codes }).toEqual({
            name,
            operationName,
            codes: codes.filter((code) => code !== "GRAPHQL_PARSE_FAILED" && code !== "GRAPHQL_VALIDATION_FAILED"),
          });
        }
      }
    });
  });

  describe("abusive operations", () => {
    it("should refuse a 30-deep CareCase ⇄ Person nesting on depth", async () => {
      let selection = "id";
      for (let level = 0; level < 14; level += 1) {
        selection = `careCases { person { ${selection} } }`;
      }
      const response = await query(`{ persons(first: 1) { edges { node { ${selection} } } } }`);
      expect(measureOperations(schema, parse(`{ persons(first: 1) { edges { node { ${selection} } } } }`)).get("#0")?.depth).toBe(32);
      expectRejected(response, "GRAPHQL_VALIDATION_FAILED", /depth/i);
    });

    it("should refuse 60 aliases in one operation", async () => {
      const aliases = Array.from({ length: 60 }, (_, index) => `a${index}: id`).join(" ");
      const response = await query(`{ persons(first: 200) { edges { node { ${aliases} } } } }`);
      expectRejected(response, "GRAPHQL_VALIDATION_FAILED", /alias/i);
      expect(response.errors).toHaveLength(1);
    });

    it("should count aliases in fragments once per spread", () => {
      const document = parse(`
        query { persons(first: 1) { edges { node { ...Named ...Named2 } } } }
        fragment Named on Person { a: id b: name }
        fragment Named2 on Person { ...Named }`);
      expect(measureOperations(schema, document).get("#0")?.aliases).toBe(4);
    });

    it("should refuse a cost bomb that stays within depth, aliases and tokens", async () => {
      // Ten full pages of the unified view: depth 7, 10 aliases, ~1,500 tokens, cost ~450,000.
      const document = `{ ${Array.from({ length: 10 }, (_, index) => unifiedPage(200, `p${index}: `)).join(" ")} }`;
      const response = await query(document);
      expectRejected(response, "GRAPHQL_VALIDATION_FAILED", /cost/i);
      expect(response.errors).toHaveLength(1);
    });

    it("should cost a page size given as a variable at the largest page, whatever its value", async () => {
      // Five pages of one person each, costed as five full pages (~226,000, gateway/limits.ts).
      const pages = ["a", "b", "c", "d", "e"].map((alias) => `${alias}: persons(first: $first) { edges { node { ${UNIFIED_PERSON_FIELDS} } } }`).join(" ");
      const response = await query(`query Pages($first: Int) { ${pages} }`, { first: 1 });
      expectRejected(response, "GRAPHQL_VALIDATION_FAILED", /cost/i);
    });

    it("should refuse a fragment bomb quickly, on cost", async () => {
      let document = `{ persons(first: 1) { edges { node { ...F0 } } } }\n`;
      for (let index = 0; index < 30; index += 1) {
        document += `fragment F${index} on Person { ...F${index + 1} ...F${index + 1} }\n`;
      }
      document += `fragment F30 on Person { id }\n`;
      const started = Date.now();
      const response = await query(document);
      expect(Date.now() - started).toBeLessThan(5_000);
      expectRejected(response, "GRAPHQL_VALIDATION_FAILED", /cost/i);
    });

    it("should refuse a document of more tokens than the limit with GRAPHQL_PARSE_FAILED", async () => {
      const document = `{ persons(first: 1) { totalCount ${"__typename ".repeat(limits.maxTokens)} } }`;
      const response = await query(document);
      expectRejected(response, "GRAPHQL_PARSE_FAILED", /tokens/i);
    });
  });

  describe("configuration", () => {
    const names = ["GATEWAY_MAX_DEPTH", "GATEWAY_MAX_ALIASES", "GATEWAY_MAX_COST", "GATEWAY_MAX_TOKENS"];
    let saved: Record<string, string | undefined>;

    beforeEach(() => {
      saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
    });

    afterEach(() => {
      for (const name of names) {
        if (saved[name] === undefined) {
          delete process.env[name];
        } else {
          process.env[name] = saved[name];
        }
      }
    });

    it("should read each limit from the environment, else the default", () => {
      for (const name of names) {
        delete process.env[name];
      }
      expect(readGatewayConfig()).toMatchObject({ ...limits });
      process.env.GATEWAY_MAX_DEPTH = "9";
      process.env.GATEWAY_MAX_ALIASES = "5";
      process.env.GATEWAY_MAX_COST = "1000";
      process.env.GATEWAY_MAX_TOKENS = "800";
      expect(readGatewayConfig()).toMatchObject({ maxDepth: 9, maxAliases: 5, maxCost: 1000, maxTokens: 800 });
    });

    it("should refuse a limit that is not a positive whole number", () => {
      process.env.GATEWAY_MAX_COST = "lots";
      expect(() => readGatewayConfig()).toThrow(ConfigError);
      process.env.GATEWAY_MAX_COST = "0";
      expect(() => readGatewayConfig()).toThrow(ConfigError);
    });
  });

  describe("in production (developer tools off)", () => {
    let production: RunningServer;

    beforeAll(async () => {
      production = await startGateway({
        port: 0,
        host: "127.0.0.1",
        supergraphPath: join(__dirname, "..", "..", "supergraph.graphql"),
        subgraphUrls: Object.fromEntries(AGENCY_NAMES.map((name) => [name, platform.subgraphUrl(name)])),
        developerTools: false,
      });
    });

    afterAll(async () => {
      await production.close();
    });

    const misspelt = "{ persons(first: 1) { edges { node { nam originCountr } } } }";

    it("should suggest field names in development (so the production check below means something)", async () => {
      const response = await query(misspelt);
      expect(errorCodes(response)).toContain("GRAPHQL_VALIDATION_FAILED");
      expect(JSON.stringify(response.errors)).toMatch(/Did you mean/);
    });

    it("should answer a misspelt field with GRAPHQL_VALIDATION_FAILED and no suggestion or stack trace", async () => {
      const response = await postGraphQL(production.url, misspelt, { token });
      expect(response.status).toBe(400);
      expect(new Set(errorCodes(response))).toEqual(new Set(["GRAPHQL_VALIDATION_FAILED"]));
      const text = JSON.stringify(response.errors);
      expect(text).not.toMatch(/Did you mean/i);
      expect(text).not.toMatch(/stacktrace|exception|node_modules|\.ts:\d+/i);
    });

    it("should refuse introspection", async () => {
      const response = await postGraphQL(production.url, "{ __schema { types { name } } }", { token });
      expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    });

    it("should enforce the same limits", async () => {
      const aliases = Array.from({ length: 60 }, (_, index) => `a${index}: id`).join(" ");
      const response = await postGraphQL(production.url, `{ persons(first: 200) { edges { node { ${aliases} } } } }`, { token });
      expectRejected(response, "GRAPHQL_VALIDATION_FAILED", /alias/i);
    });

    it("should still answer a legitimate operation", async () => {
      const response = await postGraphQL<{ persons: { totalCount: number } }>(production.url, "{ persons(first: 1) { totalCount } }", {
        token,
        headers: { "x-purpose": "test" },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.persons.totalCount).toBeGreaterThan(0);
    });
  });
});
