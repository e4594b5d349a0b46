import { randomUUID } from "crypto";
import { queueAuditEntries } from "../../shared/audit/queue";
import { verifyAuditChain } from "../../shared/audit/verify";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";
import { openAuditTestDatabase } from "./support";

const QUEUED = "audit_queued";

/** Group commit (issue #4): concurrent requests' records share statements, each still awaited. */
describe("the audit queue", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openAuditTestDatabase(database.engine, [QUEUED]);
  });

  afterAll(async () => {
    await subgraph.dataSource.destroy();
    await database.drop();
  });

  const header = (subject: string) => ({ subject, role: "DISTRICT_CASE_OFFICER", org: "63000050", operationName: "CaseView", purpose: null, readAt: new Date() });

  it("should store every request's records in one valid chain, with fewer statements than requests", async () => {
    subgraph.queries.reset();
    await Promise.all(
      Array.from({ length: 30 }, (_, index) => {
        const personId = randomUUID();
        return queueAuditEntries(subgraph.dataSource, QUEUED, header(`reader-${index}`), [{ personId, entityType: "Person", entityId: personId, fields: ["name"] }]);
      }),
    );
    expect(await verifyAuditChain(subgraph.dataSource, QUEUED)).toEqual({ rows: 30, ok: true, problems: [] });
    const [{ count }] = (await subgraph.dataSource.query(`SELECT count(DISTINCT "subject")::int AS count FROM "${QUEUED}"."audit_log"`)) as { count: number }[];
    expect(count).toBe(30);
    // 30 requests, written by at most a handful of appends (the first alone, the rest together).
    expect(subgraph.queries.count).toBeLessThan(30);
  });

  it("should fail only the request whose records are malformed", async () => {
    const good = randomUUID();
    const results = await Promise.allSettled([
      queueAuditEntries(subgraph.dataSource, QUEUED, header("good"), [{ personId: good, entityType: "Person", entityId: good, fields: ["name"] }]),
      queueAuditEntries(subgraph.dataSource, QUEUED, header("bad"), [{ personId: "not-a-uuid", entityType: "Person", entityId: "x", fields: ["name"] }]),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected"]);
    expect((await verifyAuditChain(subgraph.dataSource, QUEUED)).ok).toBe(true);
  });
});
