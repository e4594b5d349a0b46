import { DataSource } from "typeorm";
import { TestPlatform } from "./platform";

/**
 * Issue #7: "a refused write writes nothing", measured in the subgraphs' own databases. Per table of
 * every subgraph schema: the row count and a digest of every row, so an insert, an update and a
 * delete all show. The audit log (reads are recorded asynchronously, in batches) and the migrations
 * table are not the agencies' data and are left out.
 */
const NOT_DATA = new Set(["audit_log", "migrations"]);

/** A schema's tables, read once per database: migrations ran before any test takes a snapshot. */
const tablesOf = new WeakMap<object, Map<string, Promise<string[]>>>();

function dataTables(dataSource: DataSource, schema: string): Promise<string[]> {
  const bySchema = tablesOf.get(dataSource) ?? new Map<string, Promise<string[]>>();
  tablesOf.set(dataSource, bySchema);
  if (!bySchema.has(schema)) {
    const listed = dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`, [schema]) as Promise<{ name: string }[]>;
    bySchema.set(schema, listed.then((tables) => tables.map((table) => table.name).filter((name) => !NOT_DATA.has(name))));
  }
  return bySchema.get(schema)!;
}

/**
 * The PostgreSQL schema a subgraph owns: its name with "-" as "_" (civil-affairs → civil_affairs), as
 * its data source says. Keyed by the name alone, civil affairs' tables were never snapshotted.
 */
export function schemaOf(dataSource: { options: object }, subgraph: string): string {
  return (dataSource.options as { schema?: string }).schema ?? subgraph;
}

export type DataSnapshot = Readonly<Record<string, { rows: number; digest: string | null }>>;

/** Every table of every subgraph, or only of the subgraphs named in `schemas` (issue #14 takes one per corpus entry: one query per schema keeps that fast). */
export async function dataSnapshot(platform: TestPlatform, schemas?: readonly string[]): Promise<DataSnapshot> {
  const snapshot: Record<string, { rows: number; digest: string | null }> = {};
  for (const [name, subgraph] of platform.platform.subgraphs) {
    if (schemas !== undefined && !schemas.includes(name)) {
      continue;
    }
    const { dataSource } = subgraph.database;
    const schema = schemaOf(dataSource, name);
    const digests = (await dataTables(dataSource, schema)).map(
      (name) => `SELECT '${name}' AS name, count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${schema}"."${name}" t`,
    );
    if (digests.length === 0) {
      continue;
    }
    const rows = (await dataSource.query(digests.join(" UNION ALL "))) as { name: string; rows: number; digest: string | null }[];
    for (const row of rows) {
      snapshot[`${name}.${row.name}`] = { rows: row.rows, digest: row.digest };
    }
  }
  return snapshot;
}
