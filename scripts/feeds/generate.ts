import { mkdirSync, writeFileSync } from "fs";
import { dirname } from "path";
import { isIsoDate } from "../../shared/calendar/iso-date";
import { taipeiToday } from "../../shared/clock";
import { argument } from "../cli-arguments";
import { countKinds, generateCdcFile } from "./cdc-rows";

/**
 * `npm run feeds:generate -- --feed cdc --rows 50000 --out data/feeds/cdc/cdc-overdue-20261201.csv`
 * [--seed S] [--date YYYY-MM-DD]: a realistic delivery of an outside sender in its documented
 * format (docs/feeds/). Only the CDC's file is generated so far.
 */
function main(): void {
  const feed = argument("feed") ?? "cdc";
  const rows = Number(argument("rows") ?? "1000");
  const out = argument("out");
  const deliveredOn = argument("date") ?? taipeiToday();
  if (feed !== "cdc") {
    throw new Error(`--feed ${feed}: only cdc is generated (docs/feeds/cdc-overdue-vaccination.md)`);
  }
  if (!Number.isSafeInteger(rows) || rows < 1 || out === undefined || !isIsoDate(deliveredOn)) {
    throw new Error("usage: feeds:generate -- --feed cdc --rows N --out FILE [--seed S] [--date YYYY-MM-DD]");
  }
  const file = generateCdcFile({ rows, seed: argument("seed") ?? `cdc-${deliveredOn}`, deliveredOn });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file.text, "utf8");
  process.stdout.write(`${out}: ${rows} lines, ${JSON.stringify(countKinds(file.kinds))}\n`);
}

main();
