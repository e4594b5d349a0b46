import { Client } from "pg";
import { DataSource } from "typeorm";
import { openSubgraphDatabase } from "../../shared/db/datasource";
import { postgresEngine } from "../../shared/db/engine";
import { generateDemoData } from "../demo-data/generate";
import { loadDemoData } from "../demo-data/load";
import { truncateDemoTables } from "../demo-data/reset";
import { SUBGRAPHS } from "../platform/subgraphs";

/** What the bench database holds, for the report. */
export interface BenchData {
  /** True when this run (re)loaded the demo data; false when an earlier run's data was reused. */
  readonly loaded: boolean;
  readonly loadSeconds: number | null;
  readonly counts: Readonly<Record<string, number>>;
  readonly postgresVersion: string;
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The maintenance database of the server a bench URL names, for CREATE and DROP DATABASE. */
async function withMaintenance<T>(url: string, work: (client: Client, name: string) => Promise<T>): Promise<T> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!DATABASE_NAME.test(name)) {
    throw new Error(`A bench database URL must name a plain database (lower-case letters, digits, _), not "${name}"`);
  }
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

/** Creates the bench database when missing, through the server's maintenance database. */
async function ensureDatabaseExists(url: string): Promise<void> {
  await withMaintenance(url, async (client, name) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      // CREATE DATABASE takes no parameters; the name was checked against DATABASE_NAME.
      await client.query(`CREATE DATABASE "${name}"`);
    }
  });
}

/** A new, empty database for one bench run (issue #8: a fresh one, dropped after); refuses to reuse one. */
export async function createFreshDatabase(url: string): Promise<void> {
  await withMaintenance(url, async (client, name) => {
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** A copy of the database at `templateUrl` under `url`'s name (replacing one left by an earlier run), for a process that must not share its audit chain. */
export async function copyDatabase(templateUrl: string, url: string): Promise<void> {
  const template = new URL(templateUrl).pathname.slice(1);
  if (!DATABASE_NAME.test(template)) {
    throw new Error(`The template database name "${template}" is not a plain identifier`);
  }
  await dropDatabase(url);
  await withMaintenance(url, async (client, name) => {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
}

export async function dropDatabase(url: string): Promise<void> {
  await withMaintenance(url, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

async function countOf(dataSource: DataSource, sql: string): Promise<number> {
  const rows = (await dataSource.query(sql)) as { count: number }[];
  return rows[0].count;
}

const COUNTS: readonly (readonly [string, string])[] = [
  ["persons", `SELECT count(*)::int AS count FROM household.persons`],
  ["new immigrants", `SELECT count(*)::int AS count FROM household.persons WHERE origin_country IS NOT NULL`],
  ["households", `SELECT count(*)::int AS count FROM household.households`],
  ["registrations", `SELECT count(*)::int AS count FROM household.registrations`],
  ["consent inquiries", `SELECT count(*)::int AS count FROM household.consent_inquiries`],
  ["care cases", `SELECT count(*)::int AS count FROM district.care_cases`],
  ["visit attempts", `SELECT count(*)::int AS count FROM district.visit_attempts`],
  ["visit records", `SELECT count(*)::int AS count FROM district.visit_records`],
  ["social referrals", `SELECT count(*)::int AS count FROM social.referrals`],
  ["health referrals", `SELECT count(*)::int AS count FROM health.referrals`],
];

/**
 * Brings the bench database to at least `persons` demo persons: migrates each agency's schema the
 * way its subgraph does, and loads `generateDemoData({ seed: "bench" })` only when the data is
 * missing or too small, so later runs reuse it.
 */
export async function prepareBenchDatabase(url: string, persons: number, progress: (line: string) => void): Promise<BenchData> {
  await ensureDatabaseExists(url);
  // Small pools: this process only migrates, loads and counts.
  const engine = postgresEngine(url, 2);
  const dataSources = new Map<string, DataSource>();
  try {
    for (const { definition } of SUBGRAPHS) {
      dataSources.set(definition.name, (await openSubgraphDatabase(engine, definition.database)).dataSource);
    }
    const household = dataSources.get("household");
    if (household === undefined) {
      throw new Error("SUBGRAPHS has no household subgraph");
    }
    const existing = await countOf(household, `SELECT count(*)::int AS count FROM household.persons`);
    let loadSeconds: number | null = null;
    if (existing < persons) {
      progress(`bench database has ${existing} persons (< ${persons}): generating and loading demo data (seed "bench")…`);
      const started = Date.now();
      await truncateDemoTables(dataSources);
      const data = generateDemoData({ persons, seed: "bench" });
      await loadDemoData(dataSources, data);
      // Fresh tables have no statistics nor a visibility map: plans over them would not be the ones
      // of a live database, where autovacuum has run (an index-only count reads the map, issue #13).
      await household.query("VACUUM ANALYZE");
      loadSeconds = (Date.now() - started) / 1000;
      progress(`loaded ${data.persons.length} persons in ${loadSeconds.toFixed(1)} s`);
    } else {
      progress(`bench database already has ${existing} persons: reusing it`);
    }
    const counts: Record<string, number> = {};
    for (const [label, sql] of COUNTS) {
      counts[label] = await countOf(household, sql);
    }
    const [{ version }] = (await household.query("SELECT version() AS version")) as { version: string }[];
    return { loaded: loadSeconds !== null, loadSeconds, counts, postgresVersion: version };
  } finally {
    for (const dataSource of dataSources.values()) {
      await dataSource.destroy();
    }
  }
}

/**
 * The person of the single-person view: a new immigrant whose care case has a visit record, so the
 * view crosses household and district (and social or health when referred). Lowest ID, so every
 * run measures the same person. Also within the caller's district, household and visit address
 * alike: the row scope (issue #4) shows a district officer nothing but the ID of anyone else.
 */
export async function pickBenchPerson(url: string, district: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ id: string }>(
      `SELECT p.id FROM household.persons p
         JOIN household.households h ON h.id = p.household_id
        WHERE p.origin_country IS NOT NULL
          AND h.address_district_code = $1
          AND EXISTS (SELECT 1 FROM district.care_cases c JOIN district.visit_records v ON v.care_case_id = c.id
                       WHERE c.person_id = p.id AND c.visit_district_code = $1)
        ORDER BY p.id
        LIMIT 1`,
      [district],
    );
    if (result.rows.length === 0) {
      throw new Error(`The bench database has no new immigrant of district ${district} with a visit record`);
    }
    return result.rows[0].id;
  } finally {
    await client.end();
  }
}
