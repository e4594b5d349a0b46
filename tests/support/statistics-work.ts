import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import type { TestPlatform } from "./platform";

/** Every agency that keeps statistics (issue #10; issue #12: the police), in the order a report reads them. */
const STATISTICS_AGENCIES = ["household", "district", "social", "health", "civil-affairs", "police"] as const;

/** One statistics pass in each agency, as their jobs would run it: the aggregates then hold what was written. */
export async function aggregateStatistics(platform: TestPlatform): Promise<void> {
  for (const subgraph of STATISTICS_AGENCIES) {
    await platform.runJob(subgraph, STATISTICS_JOB);
  }
}
