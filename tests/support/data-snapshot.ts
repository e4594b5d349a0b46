import { TestPlatform } from "./platform";

/**
 * Issue #7: "a refused write writes nothing", measured in the subgraphs' own databases. Per table of
 * every subgraph schema: the row count and a digest of every row, so an insert, an update and a
 * delete all show. The audit log (reads are recorded asynchronously, in batches) and the migrations
 * table are not the agencies' data and are left out.
 */
const NOT_DATA = new Set(["audit_log", "migrations"]);

export type DataSnapshot = Readonly<Record<string, { rows: number; digest: string | null }>>;

/** Every table of every subgraph, or only of `schemas` (issue #14 takes one per corpus entry: one query per schema keeps that fast). */
export async function dataSnapshot(platform: TestPlatform, schemas?: readonly string[]): Promise<DataSnapshot> {
  const snapshot: Record<string, { rows: number; digest: string | null }> = {};
  for (const [schema, subgraph] of platform.platform.subgraphs) {
    if (schemas !== undefined && !schemas.includes(schema)) {
      continue;
    }
    const { dataSource } = subgraph.database;
    const tables = (await dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
      [schema],
    )) as { name: string }[];
    const digests = tables
      .filter((table) => !NOT_DATA.has(table.name))
      .map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${schema}"."${name}" t`);
    if (digests.length === 0) {
      continue;
    }
    const rows = (await dataSource.query(digests.join(" UNION ALL "))) as { name: string; rows: number; digest: string | null }[];
    for (const row of rows) {
      snapshot[`${schema}.${row.name}`] = { rows: row.rows, digest: row.digest };
    }
  }
  return snapshot;
}
