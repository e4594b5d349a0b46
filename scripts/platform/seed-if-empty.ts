import { DataSource } from "typeorm";
import { generateDemoData } from "../demo-data/generate";
import { loadDemoData } from "../demo-data/load";
import { personCount } from "../demo-data/reset";

/** Loads the demo data set when the household database has no person yet (first start). */
export async function seedIfEmpty(dataSources: ReadonlyMap<string, DataSource>, persons: number, seed: string): Promise<number> {
  const household = dataSources.get("household");
  if (household === undefined || persons === 0) {
    return 0;
  }
  if ((await personCount(household)) > 0) {
    return 0;
  }
  const data = generateDemoData({ persons, seed });
  await loadDemoData(dataSources, data);
  return data.persons.length;
}
