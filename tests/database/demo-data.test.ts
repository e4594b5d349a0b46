import { DataSource } from "typeorm";
import { AGENCY_DEMO } from "../../scripts/demo-data/agency-demo";
import { generateDemoData } from "../../scripts/demo-data/generate";
import { loadDemoData } from "../../scripts/demo-data/load";
import { personCount, truncateDemoTables } from "../../scripts/demo-data/reset";
import { DemoData } from "../../scripts/demo-data/rows";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { openSubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";

async function countOf(dataSource: DataSource, sql: string): Promise<number> {
  const [{ count }] = (await dataSource.query(sql)) as { count: number }[];
  return count;
}

/**
 * Issue #7: the demo loader and reset walk the agency registry; each agency's rows go through its
 * own DataSource (D1), and a reset empties the demo tables but not the audit log or migrations.
 */
describe("demo data load and reset", () => {
  let database: TestDatabase;
  const dataSources = new Map<string, DataSource>();
  let data: DemoData;

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const { definition } of SUBGRAPHS) {
      dataSources.set(definition.name, (await openSubgraphDatabase(database.engine, definition.database)).dataSource);
    }
    data = generateDemoData({ persons: 12, seed: "registry" });
  });

  afterAll(async () => {
    for (const dataSource of dataSources.values()) {
      await dataSource.destroy();
    }
    await database.drop();
  });

  function household(): DataSource {
    const dataSource = dataSources.get("household");
    if (dataSource === undefined) {
      throw new Error("the household subgraph was not opened");
    }
    return dataSource;
  }

  it("should map every demo table to an entity of its own agency's database", () => {
    for (const [name, tables] of Object.entries(AGENCY_DEMO)) {
      for (const { entity } of tables) {
        expect([name, dataSources.get(name)?.hasMetadata(entity)]).toEqual([name, true]);
      }
    }
  });

  it("should load every agency's rows, empty them on reset, and load again", async () => {
    await loadDemoData(dataSources, data);
    expect(await personCount(household())).toBe(data.persons.length);
    expect(await countOf(household(), `SELECT count(*)::int AS count FROM "household"."persons"`)).toBe(data.persons.length);
    expect(await countOf(household(), `SELECT count(*)::int AS count FROM "district"."care_cases"`)).toBe(data.careCases.length);
    expect(data.careCases.length).toBeGreaterThan(0);

    await truncateDemoTables(dataSources);
    for (const [name, tables] of Object.entries(AGENCY_DEMO)) {
      const dataSource = dataSources.get(name);
      for (const { entity } of tables) {
        expect([name, String(entity), await dataSource?.getRepository(entity).count()]).toEqual([name, String(entity), 0]);
      }
    }
    expect(await countOf(household(), `SELECT count(*)::int AS count FROM "household"."migrations"`)).toBeGreaterThan(0);

    await loadDemoData(dataSources, data);
    expect(await personCount(household())).toBe(data.persons.length);
  });

  it("should refuse to load without every registry agency's database", async () => {
    const partial = new Map([...dataSources].filter(([name]) => name !== "health"));
    await expect(loadDemoData(partial, data)).rejects.toThrow(/No database for subgraph health/);
  });
});
