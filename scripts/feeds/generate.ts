import { mkdirSync, writeFileSync } from "fs";
import { dirname } from "path";
import { isIsoDate } from "../../shared/calendar/iso-date";
import { taipeiToday } from "../../shared/clock";
import { argument } from "../cli-arguments";
import { countKinds, generateCdcFile } from "./cdc-rows";
import { countLowIncomeDisabilityKinds, generateLowIncomeDisabilityFile } from "./low-income-disability-rows";
import { countMoiWhereaboutsKinds, generateMoiWhereaboutsFile } from "./moi-whereabouts-rows";
import { countNhiaKinds, generateNhiaFile } from "./nhia-rows";

/** Each outside sender's generator (docs/feeds/): the file's text and how many lines of each kind it holds. */
const GENERATORS: Readonly<Record<string, (options: { rows: number; seed: string; deliveredOn: string }) => { text: string; counts: Record<string, number> }>> = {
  cdc: (options) => {
    const file = generateCdcFile(options);
    return { text: file.text, counts: countKinds(file.kinds) };
  },
  nhia: (options) => {
    const file = generateNhiaFile(options);
    return { text: file.text, counts: countNhiaKinds(file.kinds) };
  },
  "low-income-disability": (options) => {
    const file = generateLowIncomeDisabilityFile(options);
    return { text: file.text, counts: countLowIncomeDisabilityKinds(file.kinds) };
  },
  "moi-whereabouts-unknown": (options) => {
    const file = generateMoiWhereaboutsFile(options);
    return { text: file.text, counts: countMoiWhereaboutsKinds(file.kinds) };
  },
};

/**
 * `npm run feeds:generate -- --feed cdc|nhia|low-income-disability|moi-whereabouts-unknown --rows 50000 --out FILE`
 * [--seed S] [--date YYYY-MM-DD]: a realistic delivery of an outside sender in its documented
 * format (docs/feeds/cdc-overdue-vaccination.md, nhia-uninsured.md, low-income-disability.md, moi-whereabouts-unknown.md).
 */
function main(): void {
  const feed = argument("feed") ?? "cdc";
  const rows = Number(argument("rows") ?? "1000");
  const out = argument("out");
  const deliveredOn = argument("date") ?? taipeiToday();
  const generate = GENERATORS[feed];
  if (generate === undefined) {
    throw new Error(`--feed ${feed}: one of ${Object.keys(GENERATORS).join(", ")} (docs/feeds/)`);
  }
  if (!Number.isSafeInteger(rows) || rows < 1 || out === undefined || !isIsoDate(deliveredOn)) {
    throw new Error(`usage: feeds:generate -- --feed ${Object.keys(GENERATORS).join("|")} --rows N --out FILE [--seed S] [--date YYYY-MM-DD]`);
  }
  const file = generate({ rows, seed: argument("seed") ?? `${feed}-${deliveredOn}`, deliveredOn });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file.text, "utf8");
  process.stdout.write(`${out}: ${rows} lines, ${JSON.stringify(file.counts)}\n`);
}

main();
