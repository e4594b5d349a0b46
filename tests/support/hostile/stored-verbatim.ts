import { DataSnapshot, schemaOf } from "../data-snapshot";
import { TestPlatform } from "../platform";

/** The tables whose rows changed between two snapshots. */
export function changedTables(before: DataSnapshot, after: DataSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name])).sort();
}

/**
 * Issue #14: where a hostile value was accepted, the tables of `changed` that hold it exactly as sent,
 * at any depth of a row (a column, an array item, a JSON document). A date-time is compared as an instant.
 */
export function tablesHolding(platform: TestPlatform, changed: readonly string[], value: unknown, instant: boolean): Promise<string[]> {
  if (typeof value === "string" && value.includes("\u0000")) {
    // PostgreSQL's text and jsonb cannot hold a NUL at all: no row holds it.
    return Promise.resolve([]);
  }
  const sought = instant ? "to_jsonb($1::timestamptz)" : "$1::jsonb";
  return tablesWhere(platform, changed, `jsonb_path_exists(to_jsonb(t), '$.** ? (@ == $v)', jsonb_build_object('v', ${sought}))`, instant ? value : JSON.stringify(value));
}

/** The tables of `changed` with a row whose text holds `marker` anywhere. */
export function tablesContaining(platform: TestPlatform, changed: readonly string[], marker: string): Promise<string[]> {
  return tablesWhere(platform, changed, "position($1 in t::text) > 0", marker);
}

async function tablesWhere(platform: TestPlatform, changed: readonly string[], condition: string, parameter: unknown): Promise<string[]> {
  const holding: string[] = [];
  for (const qualified of changed) {
    const [subgraph, table] = qualified.split(".");
    const dataSource = platform.platform.subgraphs.get(subgraph)?.database.dataSource;
    if (dataSource === undefined) {
      continue;
    }
    const schema = schemaOf(dataSource, subgraph);
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}" t WHERE ${condition}`, [parameter])) as { n: number }[];
    if (row.n > 0) {
      holding.push(qualified);
    }
  }
  return holding;
}
