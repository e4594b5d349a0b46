import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";

interface ColumnInfo {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
}

/**
 * D5: schemas come from migrations only (never `synchronize`), so the migrations must create every
 * column the entities map, with the same nullability, in the subgraph's own schema (D1).
 */
describe("migrations", () => {
  let database: TestDatabase;
  const opened: SubgraphDatabase[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const subgraph of opened) {
      await subgraph.dataSource.destroy();
    }
    await database.drop();
  });

  it.each(SUBGRAPHS.map((entry) => [entry.definition.name, entry] as const))("should create every column %s's entities map", async (_name, entry) => {
    const subgraph = await openSubgraphDatabase(database.engine, entry.definition.database);
    opened.push(subgraph);
    const schema = entry.definition.database.schema;
    const columns = (await subgraph.dataSource.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = $1`,
      [schema],
    )) as ColumnInfo[];
    const actual = new Map(columns.map((column) => [`${column.table_name}.${column.column_name}`, column.is_nullable === "YES"]));
    const expected = subgraph.dataSource.entityMetadatas.flatMap((entity) =>
      entity.columns.map((column) => [`${entity.tableName}.${column.databaseName}`, column.isNullable] as const),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const [key, nullable] of expected) {
      expect({ column: key, exists: actual.has(key), nullable: actual.get(key) }).toEqual({ column: key, exists: true, nullable });
    }
  });

  it("should name every receiving agency's service contacts service_records, and undo health's rename (issue #7)", async () => {
    const tablesOf = async (subgraph: SubgraphDatabase, schema: string): Promise<string[]> =>
      ((await subgraph.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'service%'`, [schema])) as {
        table_name: string;
      }[]).map((row) => row.table_name);
    const health = SUBGRAPHS.find((entry) => entry.definition.name === "health");
    if (health === undefined) {
      throw new Error("no health subgraph");
    }
    const subgraph = await openSubgraphDatabase(database.engine, health.definition.database);
    opened.push(subgraph);
    expect(await tablesOf(subgraph, "health")).toEqual(["service_records"]);
    expect(await tablesOf(subgraph, "social")).toEqual(["service_records"]);
    // Migrations listed after the rename (issue #10's statistics tables) are undone first.
    for (let undone = 0; undone < 5 && (await tablesOf(subgraph, "health")).includes("service_records"); undone += 1) {
      await subgraph.dataSource.undoLastMigration();
    }
    expect(await tablesOf(subgraph, "health")).toEqual(["service_contacts"]);
    await subgraph.dataSource.runMigrations();
    expect(await tablesOf(subgraph, "health")).toEqual(["service_records"]);
  });

  // Issue #9 (transfers, withdrawals, then retention) and issue #10 (updated_at kept by a trigger): each agency's last migrations undo and redo.
  it.each([
    ["household", 3, ["consent_inquiries.withdrawn_at", "consent_inquiries.updated_at", "legal_holds.reason"]],
    ["district", 3, ["care_cases.withdrawal_key", "care_cases.updated_at", "legal_holds.reason"]],
    ["social", 2, ["referral_transfers.from_unit", "legal_holds.reason"]],
    ["health", 2, ["referral_transfers.to_unit", "legal_holds.reason"]],
  ] as const)("should undo %s's last %i migrations and run them again", async (name, undo, columns) => {
    const entry = SUBGRAPHS.find((candidate) => candidate.definition.name === name);
    if (entry === undefined) {
      throw new Error(`no ${name} subgraph`);
    }
    const subgraph = await openSubgraphDatabase(database.engine, entry.definition.database);
    opened.push(subgraph);
    const present = async (): Promise<string[]> =>
      ((await subgraph.dataSource.query(
        `SELECT table_name || '.' || column_name AS "column" FROM information_schema.columns WHERE table_schema = $1 AND table_name || '.' || column_name = ANY($2)`,
        [name, [...columns]],
      )) as { column: string }[]).map((row) => row.column).sort();
    expect(await present()).toEqual([...columns].sort());
    for (let undone = 0; undone < undo; undone += 1) {
      await subgraph.dataSource.undoLastMigration();
    }
    expect(await present()).toEqual([]);
    await subgraph.dataSource.runMigrations();
    expect(await present()).toEqual([...columns].sort());
  });

  it("should keep each agency's tables in its own schema and be re-runnable", async () => {
    const [first] = opened;
    const schemas = (await first.dataSource.query(
      `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_schema = ANY($1)`,
      [SUBGRAPHS.map((entry) => entry.definition.database.schema)],
    )) as { table_schema: string }[];
    expect(schemas.map((row) => row.table_schema).sort()).toEqual(SUBGRAPHS.map((entry) => entry.definition.database.schema).sort());
    const again = await openSubgraphDatabase(database.engine, SUBGRAPHS[0].definition.database);
    opened.push(again);
    expect(await again.dataSource.showMigrations()).toBe(false);
  });
});
