import { DataSource } from "typeorm";

/**
 * The tables loadDemoData fills, emptied before a reload. Named one by one: an agency's other
 * tables (its migrations, its append-only audit log, which refuses TRUNCATE) are not demo data.
 */
const DEMO_TABLES: readonly string[] = [
  `"household"."households"`,
  `"household"."persons"`,
  `"household"."registrations"`,
  `"household"."consent_inquiries"`,
  `"district"."care_cases"`,
  `"district"."visit_attempts"`,
  `"district"."visit_records"`,
  `"social"."referrals"`,
  `"social"."service_records"`,
  `"health"."referrals"`,
  `"health"."service_records"`,
];

export async function truncateDemoTables(dataSource: DataSource): Promise<void> {
  // No CASCADE: should another table come to reference these, the reload fails loudly instead of emptying it.
  await dataSource.query(`TRUNCATE ${DEMO_TABLES.join(", ")}`);
}

export async function personCount(dataSource: DataSource): Promise<number> {
  const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM "household"."persons"`)) as { count: number }[];
  return count;
}
