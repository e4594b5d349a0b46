import { composeServices } from "@apollo/composition";
import { graphql, parse } from "graphql";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { appendAuditEntries } from "../../shared/audit/writer";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { createTestDatabase, TestDatabase } from "../support/database";
import { AUDIT_TEST_SCHEMA, openAuditTestDatabase } from "./support";

const PERSON = "2b1f7c4e-8a43-4c39-9f0e-6d1a2b3c4d5e";

/** issue #4: every agency serves AuditEntry, so the types must compose and an auditor can ask all agencies at once. */
describe("audit schema", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openAuditTestDatabase(database.engine);
  });

  afterAll(async () => {
    await subgraph.dataSource.destroy();
    await database.drop();
  });

  it("should compose the shared AuditEntry and AuditFilter across agencies", async () => {
    const services = await Promise.all(
      ["household", "district"].map(async (agency) => ({
        name: agency,
        url: `http://localhost/${agency}`,
        typeDefs: parse((await buildFederatedSchema({ resolvers: [auditLogResolverFor(agency, agency)] })).sdl),
      })),
    );
    const result = composeServices(services);
    expect(result.errors).toBeUndefined();
    // Output nullability is the federation helper's choice (it may relax it); the names and types are ours.
    expect(result.supergraphSdl).toMatch(/householdAuditLog\(filter: AuditFilter!\): \[AuditEntry!\]/);
    expect(result.supergraphSdl).toMatch(/districtAuditLog\(filter: AuditFilter!\): \[AuditEntry!\]/);
    expect(result.supergraphSdl).toMatch(/readAt: DateTimeISO\b/);
  });

  it("should answer an agency's audit query and reject a filter without person or subject", async () => {
    await appendAuditEntries(
      subgraph.dataSource,
      AUDIT_TEST_SCHEMA,
      { subject: "nurse-1", role: "HEALTH_NURSE", org: "HC-01", operationName: "Visit", purpose: null, readAt: new Date("2025-06-01T01:02:03.004Z") },
      [{ personId: PERSON, entityType: "Person", entityId: PERSON, fields: ["name"] }],
    );
    const { schema } = await buildFederatedSchema({ resolvers: [auditLogResolverFor("test", AUDIT_TEST_SCHEMA)] });
    const contextValue = { dataSource: subgraph.dataSource };
    const found = await graphql({
      schema,
      source: `query Audit($personId: ID) { testAuditLog(filter: { personId: $personId }) { id agency readAt subject role org personId entityType entityId fields operationName purpose } }`,
      variableValues: { personId: PERSON },
      contextValue,
    });
    expect(found).toEqual({
      data: {
        testAuditLog: [
          {
            id: "1",
            agency: AUDIT_TEST_SCHEMA,
            readAt: "2025-06-01T01:02:03.004Z",
            subject: "nurse-1",
            role: "HEALTH_NURSE",
            org: "HC-01",
            personId: PERSON,
            entityType: "Person",
            entityId: PERSON,
            fields: ["name"],
            operationName: "Visit",
            purpose: null,
          },
        ],
      },
    });
    const rejected = await graphql({ schema, source: `{ testAuditLog(filter: { from: "2025-01-01T00:00:00Z" }) { id } }`, contextValue });
    expect(rejected.errors?.map((error) => error.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  });
});
