import { randomUUID } from "crypto";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { DataSource } from "typeorm";
import { addDays } from "../../shared/calendar/iso-date";
import { taipeiToday } from "../../shared/clock";
import { runFeed } from "../../shared/feeds";
import { cdcFeed } from "../../subgraphs/health/vaccination/cdc-feed";

const HEADER = "row_id,child_id_number,child_name,sex,birth_date,household_district_code,household_address,mother_name,mother_id_number,vaccine,dose,due_date,window_start,window_end,cdc_recorded_on";

/**
 * Issue #12 (B4): a child of `district` overdue for MMR, delivered by the CDC's feed (a one-line
 * file in its documented format, read by health's own feed), its window opened 30 days ago.
 * Returns the follow-up's id. `idNumber` must be a valid ID number not used by another fixture.
 * The tests and the child-view benchmark share it (scripts import nothing from tests/). Once per
 * platform: the feed's watermark has then read the fixture's file (cdcFollowUpsIn for more).
 */
export async function cdcFollowUpIn(health: DataSource, district: string, idNumber: string): Promise<string> {
  const [id] = await cdcFollowUpsIn(health, [{ district, idNumber }]);
  return id;
}

/** Several children at once, one line each, in one delivery: their follow-ups' ids, in order. */
export async function cdcFollowUpsIn(health: DataSource, children: readonly { district: string; idNumber: string }[]): Promise<string[]> {
  const today = taipeiToday();
  const windowStart = addDays(today, -30);
  const directory = mkdtempSync(join(tmpdir(), "cdc-fixture-"));
  try {
    const lines = children.map(
      ({ district, idNumber }) =>
        `FIXTURE-${randomUUID().slice(0, 8)},${idNumber},測試童,F,${addDays(today, -800)},${district},臺北市測試路1號,,,MMR,1,${addDays(windowStart, -10)},${windowStart},${addDays(windowStart, 182)},${today}\r\n`,
    );
    writeFileSync(join(directory, "cdc-fixture.csv"), `${HEADER}\r\n${lines.join("")}`, "utf8");
    const report = await runFeed(health, cdcFeed(directory), { schema: "health", pageSize: 10, leaseMs: 600_000, log: { info: () => undefined, warn: () => undefined } });
    if (report.taken !== children.length) {
      throw new Error(`the fixture's lines were not all taken: ${JSON.stringify(report.skipped)}`);
    }
    const ids: string[] = [];
    for (const { idNumber } of children) {
      const [row] = (await health.query(`SELECT "id"::text AS "id" FROM "health"."vaccination_follow_ups" WHERE "id_number" = $1 AND "status" = 'OPEN'`, [idNumber])) as { id: string }[];
      ids.push(row.id);
    }
    return ids;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
