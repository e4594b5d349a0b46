import { randomUUID } from "crypto";
import { ApolloServer } from "@apollo/server";
import { AuditCollector } from "../../shared/audit/collector";
import { AuditPrincipal, auditPlugin } from "../../shared/audit/plugin";
import { queryAuditLog } from "../../shared/audit/query";
import { verifyAuditChain } from "../../shared/audit/verify";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";
import { AUDIT_TEST_SCHEMA, openAuditTestDatabase } from "./support";

interface TestContext {
  collector?: AuditCollector;
  principal?: AuditPrincipal;
  purpose?: string;
}

interface PersonRow {
  id: string;
}

const typeDefs = `
  type Person { id: ID! name: String birthDate: String }
  type Query { persons(ids: [ID!]!): [Person!]! }
`;

/** A stand-in subgraph: personal fields record themselves, as the policy layer will (D4). */
const resolvers = {
  Query: { persons: (_parent: unknown, args: { ids: string[] }): PersonRow[] => args.ids.map((id) => ({ id })) },
  Person: {
    name: (person: PersonRow, _args: unknown, context: TestContext): string => {
      context.collector?.record({ personId: person.id, entityType: "Person", entityId: person.id, field: "name" });
      return "王小明";
    },
    birthDate: (person: PersonRow, _args: unknown, context: TestContext): string => {
      context.collector?.record({ personId: person.id, entityType: "Person", entityId: person.id, field: "birthDate" });
      return "2020-01-01";
    },
  },
};

const OFFICER: AuditPrincipal = { subject: "officer-9", role: "DISTRICT_CASE_OFFICER", org: "63000010" };
const QUERY = "query CaseView($ids: [ID!]!) { persons(ids: $ids) { id name birthDate } }";

/** issue #4: the plugin writes one batch per request, and withholds data it could not record (PDPA). */
describe("audit plugin", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;

  function serverFor(schema: string): ApolloServer<TestContext> {
    return new ApolloServer<TestContext>({
      typeDefs,
      resolvers,
      plugins: [
        auditPlugin<TestContext>({
          schema,
          dataSource: subgraph.dataSource,
          collectorOf: (context) => context.collector,
          principalOf: (context) => context.principal,
          purposeOf: (context) => context.purpose,
        }),
      ],
    });
  }

  async function run(server: ApolloServer<TestContext>, query: string, ids: string[], context: TestContext): Promise<unknown> {
    const response = await server.executeOperation({ query, variables: { ids } }, { contextValue: context });
    if (response.body.kind !== "single") {
      throw new Error("expected a single result");
    }
    return response.body.singleResult;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openAuditTestDatabase(database.engine);
  });

  afterAll(async () => {
    await subgraph.dataSource.destroy();
    await database.drop();
  });

  it("should record who read which fields of whom, with the operation and purpose", async () => {
    const server = serverFor(AUDIT_TEST_SCHEMA);
    const person = randomUUID();
    const result = await run(server, QUERY, [person], { collector: new AuditCollector(), principal: OFFICER, purpose: " home visit " });
    expect(result).toEqual({ data: { persons: [{ id: person, name: "王小明", birthDate: "2020-01-01" }] } });
    expect(await queryAuditLog(subgraph.dataSource, AUDIT_TEST_SCHEMA, { personId: person })).toEqual([
      expect.objectContaining({ subject: "officer-9", role: "DISTRICT_CASE_OFFICER", org: "63000010", fields: ["birthDate", "name"], operationName: "CaseView", purpose: "home visit" }),
    ]);
  });

  it("should write one batch per request however many persons and fields it read", async () => {
    const server = serverFor(AUDIT_TEST_SCHEMA);
    const statementsFor = async (count: number): Promise<number> => {
      const ids = Array.from({ length: count }, () => randomUUID());
      subgraph.queries.reset();
      await run(server, QUERY, ids, { collector: new AuditCollector(), principal: OFFICER });
      return subgraph.queries.count;
    };
    const one = await statementsFor(1);
    expect(one).toBeGreaterThan(0);
    expect(await statementsFor(50)).toBe(one);
    expect(await verifyAuditChain(subgraph.dataSource, AUDIT_TEST_SCHEMA)).toEqual({ rows: 52, ok: true, problems: [] });
  });

  it("should write nothing for a request that read no personal field", async () => {
    const server = serverFor(AUDIT_TEST_SCHEMA);
    subgraph.queries.reset();
    await run(server, "query Ids($ids: [ID!]!) { persons(ids: $ids) { id } }", [randomUUID()], { collector: new AuditCollector(), principal: OFFICER });
    expect(subgraph.queries.count).toBe(0);
  });

  it.each([
    ["the audit log cannot be written", "audit_missing", OFFICER],
    ["there is no principal to record", AUDIT_TEST_SCHEMA, undefined],
  ])("should withhold the data when %s", async (_label, schema, principal) => {
    const server = serverFor(schema);
    const person = randomUUID();
    const result = await run(server, QUERY, [person], { collector: new AuditCollector(), principal });
    expect(result).toEqual({ data: null, errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    expect(await queryAuditLog(subgraph.dataSource, AUDIT_TEST_SCHEMA, { personId: person })).toEqual([]);
  });
});
