import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { deadlinesMigration } from "../../shared/deadlines/migration";
import { feedsMigration } from "../../shared/feeds";
import { createTestDatabase, TestDatabase } from "../support/database";

const SCHEMA = "replica_start_test";
const spec = { schema: SCHEMA, entities: [], migrations: [feedsMigration(SCHEMA, "ReplicaStartFeeds1765000000001"), deadlinesMigration(SCHEMA)] };

/**
 * Issue #13 (D7): a Deployment starts its replicas together, and each migrates its database at
 * start (D5). They take turns under an advisory lock: one applies the migrations, the others find
 * them applied; none fails on a table or schema the other just created.
 */
describe("replicas starting at once on an empty database", () => {
  let database: TestDatabase;
  const opened: SubgraphDatabase[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const replica of opened) {
      await replica.dataSource.destroy();
    }
    await database?.drop();
  });

  it("should open every replica and apply each migration once", async () => {
    opened.push(...(await Promise.all([1, 2, 3].map(() => openSubgraphDatabase(database.engine, spec)))));
    const applied = (await opened[0].dataSource.query(`SELECT "name" FROM "${SCHEMA}"."migrations" ORDER BY "id"`)) as { name: string }[];
    expect(applied).toHaveLength(2);
    expect(new Set(applied.map((migration) => migration.name)).size).toBe(2);
  });
});
