import type { Pool } from "pg";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";
import { describeOnPostgres } from "./support";

/**
 * Issue #14: the defect tests/faults/postgres-restarted.test.ts found. A pooled connection that is
 * checked out between statements when its session is terminated (PostgreSQL shutting down sends
 * FATAL 57P01) emitted an `error` event nobody listened to, and node ended the process.
 */
describeOnPostgres("a pooled connection whose session is terminated", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openSubgraphDatabase(database.engine, { schema: "fault_connection", entities: [], migrations: [] });
  });

  afterAll(async () => {
    await subgraph.dataSource.destroy();
    await database.drop();
  });

  it("should not end the process, and the pool should answer on a new connection", async () => {
    const pool = (subgraph.dataSource.driver as unknown as { master: Pool }).master;
    const held = await pool.connect();
    const pid = ((await held.query(`SELECT pg_backend_pid() AS "pid"`)).rows[0] as { pid: number }).pid;
    // Its end, not its error: a listener of the test's own would hide the missing one.
    const lost = new Promise<void>((resolve) => held.once("end", () => resolve()));
    // Between statements, as a transaction waiting on the application is: the FATAL arrives with no query to fail.
    await subgraph.dataSource.query(`SELECT pg_terminate_backend($1::int, 5000)`, [pid]);
    await lost;
    held.release(true);
    expect(await subgraph.dataSource.query(`SELECT 1 AS "one"`)).toEqual([{ one: 1 }]);
  });
});
