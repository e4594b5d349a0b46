import { DataSource } from "typeorm";
import { agencyDemos } from "./agency-demo";
import { DemoData } from "./rows";

/**
 * Writes a demo data set, each agency's rows through that agency's own DataSource (D1), one
 * transaction per agency so a failed load leaves no half-loaded agency.
 */
export async function loadDemoData(dataSources: ReadonlyMap<string, DataSource>, data: DemoData): Promise<void> {
  for (const { dataSource, tables } of agencyDemos(dataSources)) {
    if (tables.length === 0) {
      continue;
    }
    await dataSource.transaction(async (manager) => {
      for (const demoTable of tables) {
        await demoTable.insert(manager, data);
      }
    });
  }
}
