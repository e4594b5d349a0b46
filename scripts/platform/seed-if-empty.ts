import { generateDemoData } from "../demo-data/generate";
import { loadDemoData } from "../demo-data/load";
import { RecentWork, seedRecentWork } from "../demo-data/recent-work";
import { personCount } from "../demo-data/reset";
import { RunningPlatform } from "./run-platform";

export interface Seeded {
  readonly persons: number;
  readonly recentWork: RecentWork | null;
}

/**
 * Loads the demo data set when the household database has no person yet (first start): the
 * generated history as rows, then the last two weeks' work replayed through the gateway (issue #8),
 * so every role's inbox has work on the day of the first start. Run it before the platform's jobs start.
 */
export async function seedIfEmpty(platform: RunningPlatform, persons: number, seed: string): Promise<Seeded> {
  const dataSources = new Map([...platform.subgraphs].map(([name, subgraph]) => [name, subgraph.database.dataSource]));
  const household = dataSources.get("household");
  if (household === undefined || persons === 0) {
    return { persons: 0, recentWork: null };
  }
  if ((await personCount(household)) > 0) {
    return { persons: 0, recentWork: null };
  }
  const data = generateDemoData({ persons, seed });
  await loadDemoData(dataSources, data);
  return { persons: data.persons.length, recentWork: await seedRecentWork(platform, data) };
}
