import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { taipeiToday } from "../../shared/clock";
import { runFeed } from "../../shared/feeds";
import { nhiaFeed } from "../../subgraphs/health/insurance/nhia-feed";
import type { TestPlatform } from "./platform";

const HEADER = "row_id,child_id_number,child_name,sex,birth_date,household_district_code,mother_name,mother_id_number,uninsured_since,nhia_listed_on";

/** One child on an NHIA list (docs/feeds/nhia-uninsured.md): its own values, written by the test. */
export interface NhiaChild {
  readonly rowId: string;
  readonly idNumber: string;
  readonly name: string;
  readonly birthDate: string;
  readonly district: string;
  readonly uninsuredSince: string;
}

/**
 * Issue #12 (B5): one NHIA list, listed today (Taipei), read by health's own feed in its documented
 * format, each call a delivery of its own (under a feed name of its day, so no earlier run's
 * watermark hides it). Returns what the feed took and skipped.
 */
export async function deliverNhiaList(platform: TestPlatform, children: readonly NhiaChild[]): Promise<{ taken: number; skipped: Readonly<Record<string, number>> }> {
  const health = platform.platform.subgraphs.get("health")?.database.dataSource;
  if (health === undefined) {
    throw new Error("no health subgraph");
  }
  const today = taipeiToday();
  const directory = mkdtempSync(join(tmpdir(), "nhia-fixture-"));
  try {
    const lines = children.map((child) => `${child.rowId},${child.idNumber},${child.name},F,${child.birthDate},${child.district},,,${child.uninsuredSince},${today}\r\n`);
    writeFileSync(join(directory, `nhia-uninsured-${today.replace(/-/g, "")}.csv`), `${HEADER}\r\n${lines.join("")}`, "utf8");
    const report = await runFeed(health, { ...nhiaFeed(directory), name: `nhia-fixture-${today}` }, { schema: "health", pageSize: 10, leaseMs: 600_000, log: { info: () => undefined, warn: () => undefined } });
    return { taken: report.taken, skipped: report.skipped };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
