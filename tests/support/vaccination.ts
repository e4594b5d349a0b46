import { cdcFollowUpsIn } from "../../scripts/demo-data/cdc-follow-up";
import type { TestPlatform } from "./platform";

/** Issue #12 (B4): a child of `district` overdue for MMR, through health's CDC feed (scripts/demo-data/cdc-follow-up.ts). */
export async function cdcFollowUp(platform: TestPlatform, district: string, idNumber: string): Promise<string> {
  const [id] = await cdcFollowUps(platform, [{ district, idNumber }]);
  return id;
}

/** Several children at once, one line each, in one delivery: their follow-ups' ids, in order. */
export function cdcFollowUps(platform: TestPlatform, children: readonly { district: string; idNumber: string }[]): Promise<string[]> {
  const health = platform.platform.subgraphs.get("health")?.database.dataSource;
  if (health === undefined) {
    throw new Error("no health subgraph");
  }
  return cdcFollowUpsIn(health, children);
}
