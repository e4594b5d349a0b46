import { DataSource } from "typeorm";
import { Person } from "../../subgraphs/household/person/person.entity";
import { HOUSEHOLD_SCHEMA } from "../../subgraphs/household/schema-name";
import { agencyDemos } from "./agency-demo";

/**
 * Empties the tables loadDemoData fills, each agency's through its own DataSource (D1). Only those:
 * an agency's other tables (its migrations, its append-only audit log, which refuses TRUNCATE) are
 * not demo data.
 */
/**
 * Tables that are not demo data but hold references to demo rows, emptied with them (PostgreSQL
 * refuses to truncate a referenced table alone). Household's copy of 戶政司's list names the person
 * household already had (B8, issue #12): after a reset that person is gone, so is the reference.
 */
const REFERENCING_DEMO_ROWS: Readonly<Record<string, readonly string[]>> = {
  [HOUSEHOLD_SCHEMA]: ["moi_whereabouts_unknown_children"],
};

export async function truncateDemoTables(dataSources: ReadonlyMap<string, DataSource>): Promise<void> {
  for (const { dataSource, tables } of agencyDemos(dataSources)) {
    if (tables.length === 0) {
      continue;
    }
    const names = tables.map(({ entity }) => {
      const metadata = dataSource.getMetadata(entity);
      return `"${metadata.schema ?? "public"}"."${metadata.tableName}"`;
    });
    const schema = dataSource.getMetadata(tables[0].entity).schema ?? "public";
    names.push(...(REFERENCING_DEMO_ROWS[schema] ?? []).map((name) => `"${schema}"."${name}"`));
    // No CASCADE: should another table come to reference these, the reload fails loudly instead of emptying it.
    await dataSource.query(`TRUNCATE ${names.join(", ")}`);
  }
}

/** The demo data's persons (D2: household owns them), to tell an empty database from a loaded one. */
export async function personCount(household: DataSource): Promise<number> {
  return household.getRepository(Person).count();
}
