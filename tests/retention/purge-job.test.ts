import { Client } from "pg";
import type { DataSource } from "typeorm";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { queryMigration } from "../../shared/db/query-migration";
import { placeLegalHold } from "../../shared/retention/holds";
import { purgeLockKey, RetentionPlan, runPurge } from "../../shared/retention/purge";
import { setRetention } from "../../shared/retention/settings";
import { retentionMigration } from "../../shared/retention/table";
import { createTestDatabase, TestDatabase } from "../support/database";

const onPostgres = process.env.DATABASE_URL !== undefined && process.env.DATABASE_URL !== "";
const SCHEMA = "retention_test";
const OWNER = { subject: "owner-1", role: Role.DISTRICT_CASE_OFFICER, org: "A", villages: [] } as const;

/** A subject table and a child table, as an agency's plan names them. */
const TestTables = queryMigration(
  "RetentionTestTables1766950000001",
  () => [
    `CREATE TABLE "${SCHEMA}"."subjects" ("id" uuid PRIMARY KEY, "org" text NOT NULL, "closed" boolean NOT NULL, "closed_on" date NULL)`,
    `CREATE TABLE "${SCHEMA}"."children" ("id" serial PRIMARY KEY, "subject_id" uuid NOT NULL REFERENCES "${SCHEMA}"."subjects" ("id"))`,
  ],
  () => [`DROP TABLE "${SCHEMA}"."children"`, `DROP TABLE "${SCHEMA}"."subjects"`],
);

const PLAN: RetentionPlan = {
  schema: SCHEMA,
  subjectType: "Subject",
  table: `"${SCHEMA}"."subjects"`,
  ownerColumn: `"org"`,
  closedOnColumn: `"closed_on"`,
  closed: `"s"."closed"`,
  steps: [
    { name: "children", sql: `DELETE FROM "${SCHEMA}"."children" WHERE "subject_id"::text = ANY($1::text[])` },
    { name: "subjects", sql: `DELETE FROM "${SCHEMA}"."subjects" WHERE "id"::text = ANY($1::text[])` },
  ],
};

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/**
 * Issue #9 (A9): the purge kit on its own (shared/retention/purge.ts): the one-year boundary from
 * the closing date, batches, holds, organisations without a period, and replicas (advisory lock).
 */
describe("the retention purge", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;
  let dataSource: DataSource;

  async function insert(n: number, org: string, closedOn: string | null, children = 1): Promise<void> {
    await dataSource.query(`INSERT INTO "${SCHEMA}"."subjects" ("id", "org", "closed", "closed_on") VALUES ($1, $2, $3, $4::date)`, [uuid(n), org, closedOn !== null, closedOn]);
    for (let child = 0; child < children; child += 1) {
      await dataSource.query(`INSERT INTO "${SCHEMA}"."children" ("subject_id") VALUES ($1)`, [uuid(n)]);
    }
  }

  async function left(): Promise<number[]> {
    const rows = (await dataSource.query(`SELECT "id"::text AS "id" FROM "${SCHEMA}"."subjects" ORDER BY "id"`)) as { id: string }[];
    return rows.map((row) => Number(row.id.slice(-12)));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openSubgraphDatabase(database.engine, { schema: SCHEMA, entities: [], migrations: [TestTables, retentionMigration(PLAN)] });
    dataSource = subgraph.dataSource;
    setFakeNow(new Date("2027-12-01T10:00:00+08:00"));
  });

  afterAll(async () => {
    setFakeNow(null);
    delete process.env.RETENTION_PURGE_BATCH;
    await dataSource.destroy();
    await database.drop();
  });

  beforeEach(async () => {
    await dataSource.query(`TRUNCATE "${SCHEMA}"."children", "${SCHEMA}"."subjects", "${SCHEMA}"."legal_holds", "${SCHEMA}"."retention_settings"`);
  });

  it("should keep a subject closed exactly a year ago and purge one closed the day before (A9: at least a year after closing)", async () => {
    await insert(1, "A", "2026-12-01");
    await insert(2, "A", "2026-11-30", 3);
    await insert(3, "A", null);
    await setRetention(dataSource, SCHEMA, OWNER, "A", 12);
    expect(await runPurge(dataSource, PLAN)).toEqual({ status: "ran", purged: { children: 3, subjects: 1 } });
    expect(await left()).toEqual([1, 3]);
  });

  it("should purge only organisations that set a period, and never a held subject", async () => {
    await insert(1, "A", "2020-01-01");
    await insert(2, "A", "2020-01-01");
    await insert(3, "B", "2020-01-01");
    await setRetention(dataSource, SCHEMA, OWNER, "A", 24);
    await placeLegalHold(dataSource, SCHEMA, OWNER, { type: "Subject", id: uuid(2) }, "訴訟中");
    expect(await runPurge(dataSource, PLAN)).toEqual({ status: "ran", purged: { children: 1, subjects: 1 } });
    expect(await left()).toEqual([2, 3]);
  });

  it("should purge in batches until nothing past the period is left", async () => {
    process.env.RETENTION_PURGE_BATCH = "2";
    try {
      for (let n = 1; n <= 5; n += 1) {
        await insert(n, "A", "2025-06-01");
      }
      await setRetention(dataSource, SCHEMA, OWNER, "A", 12);
      expect(await runPurge(dataSource, PLAN)).toEqual({ status: "ran", purged: { children: 5, subjects: 5 } });
      expect(await left()).toEqual([]);
    } finally {
      delete process.env.RETENTION_PURGE_BATCH;
    }
  });

  (onPostgres ? it : it.skip)("should skip while another replica purges, and purge once it committed", async () => {
    if (database.engine.kind !== "postgres") {
      throw new Error("needs PostgreSQL");
    }
    await insert(1, "A", "2020-01-01");
    await setRetention(dataSource, SCHEMA, OWNER, "A", 12);
    const replica = new Client({ connectionString: database.engine.url });
    await replica.connect();
    try {
      await replica.query("BEGIN");
      await replica.query(`SELECT pg_try_advisory_xact_lock($1::bigint)`, [purgeLockKey(SCHEMA)]);
      expect(await runPurge(dataSource, PLAN)).toEqual({ status: "skipped" });
      expect(await left()).toEqual([1]);
      await replica.query("COMMIT");
      expect(await runPurge(dataSource, PLAN)).toEqual({ status: "ran", purged: { children: 1, subjects: 1 } });
    } finally {
      await replica.end();
    }
  });
});
