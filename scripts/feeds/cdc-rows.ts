import { addDays } from "../../shared/calendar/iso-date";
import { DISTRICT_CODES } from "../../shared/domain/districts";
import { Sex } from "../../shared/domain/enums";
import { csvField } from "../../shared/feeds/csv";
import { formatAddress, randomAddress } from "../demo-data/addresses";
import { generateNationalId } from "../demo-data/identity";
import { taiwaneseName } from "../demo-data/names";
import { SeededRandom } from "../demo-data/random";
import { malformedChild, uniqueIdMaker } from "./child-rows";

/** docs/feeds/cdc-overdue-vaccination.md: the header, in order (the generator writes the documented format, not the reader's constants). */
export const CDC_HEADER = [
  "row_id", "child_id_number", "child_name", "sex", "birth_date", "household_district_code", "household_address",
  "mother_name", "mother_id_number", "vaccine", "dose", "due_date", "window_start", "window_end", "cdc_recorded_on",
] as const;

/** The CDC's schedule of childhood vaccines (衛福部疾管署 常規疫苗), with the age in months each dose is due. */
const SCHEDULE: readonly (readonly [string, string, number])[] = [
  ["HepB", "3", 6], ["DTaP-Hib-IPV-HepB", "1", 2], ["DTaP-Hib-IPV-HepB", "2", 4], ["DTaP-Hib-IPV-HepB", "3", 6],
  ["PCV13", "1", 2], ["PCV13", "2", 4], ["PCV13", "3", 12], ["BCG", "1", 5], ["MMR", "1", 12], ["MMR", "2", 60],
  ["VAR", "1", 12], ["HepA", "1", 12], ["HepA", "2", 18], ["JE", "1", 15], ["JE", "2", 27], ["DTaP-IPV", "1", 60],
];

/** What a generated line is meant to be: the expectations of a test or a benchmark, by construction. */
export type CdcLineKind = "child" | "second-dose" | "over-age" | "malformed";

export interface CdcFile {
  readonly text: string;
  readonly kinds: readonly CdcLineKind[];
  /** Distinct children of the "child" lines (each a follow-up; a second dose joins its child's). */
  readonly children: number;
  /** Malformed lines cut short (too few fields): no row id to key them by, only their place in the file. */
  readonly truncated: number;
}

export interface CdcFileOptions {
  readonly rows: number;
  readonly seed: string;
  /** The day the file is delivered (the feed screens on its run's date, R7). */
  readonly deliveredOn: string;
  readonly overAgeShare?: number;
  readonly malformedShare?: number;
  readonly secondDoseShare?: number;
  /** Row ids start after this prefix (a second delivery uses another). */
  readonly rowIdPrefix?: string;
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${target.getUTCFullYear()}-${String(target.getUTCMonth() + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * A realistic CDC delivery: Taipei children under 7 with an overdue dose (valid ID check digits,
 * real district codes and addresses, the CDC's 6-month window from the dose's due date), a share
 * of a second overdue dose for a child already listed, children 7 or older (R7: excluded as
 * OVER_AGE) and malformed lines (skipped with a reason). Reproducible from its seed.
 */
export function generateCdcFile(options: CdcFileOptions): CdcFile {
  const rng = new SeededRandom(options.seed);
  const overAge = options.overAgeShare ?? 0.04;
  const bad = options.malformedShare ?? 0.01;
  const second = options.secondDoseShare ?? 0.05;
  const prefix = options.rowIdPrefix ?? `CDC${options.deliveredOn.replace(/-/g, "")}`;
  const lines: string[] = [CDC_HEADER.join(",")];
  const kinds: CdcLineKind[] = [];
  const listed: string[][] = [];
  // Each child once: a repeated random number would make two children one follow-up.
  const uniqueId = uniqueIdMaker(rng);
  let children = 0;
  let truncated = 0;
  for (let index = 0; index < options.rows; index += 1) {
    const rowId = `${prefix}-${String(index + 1).padStart(7, "0")}`;
    const recordedOn = addDays(options.deliveredOn, -rng.int(0, 2));
    const roll = rng.next();
    const kind: CdcLineKind = roll < bad ? "malformed" : roll < bad + overAge ? "over-age" : roll < bad + overAge + second && listed.length > 0 ? "second-dose" : "child";
    let fields: string[];
    if (kind === "second-dose") {
      const child = rng.pick(listed);
      const [vaccine, dose, months] = rng.pick(SCHEDULE);
      const due = addMonths(child[4], months);
      const windowStart = addDays(recordedOn, -rng.int(0, 30));
      fields = [rowId, ...child.slice(1, 9), vaccine, dose, due < windowStart ? due : windowStart, windowStart, addMonths(windowStart, 6), recordedOn];
    } else {
      const sex = rng.chance(0.5) ? Sex.MALE : Sex.FEMALE;
      // Under 7 by at least a month on delivery, or 7–11 for the over-age lines (R7).
      const birthDate = kind === "over-age" ? addDays(options.deliveredOn, -rng.int(7 * 366 + 10, 11 * 365)) : addDays(options.deliveredOn, -rng.int(60, 6 * 365 + 300));
      const district = rng.pick(DISTRICT_CODES);
      const knowsMother = rng.chance(0.85);
      const [vaccine, dose, months] = rng.pick(SCHEDULE);
      const dueRaw = addMonths(birthDate, months);
      const due = dueRaw < recordedOn ? dueRaw : addDays(recordedOn, -rng.int(14, 60));
      const windowStart = addDays(recordedOn, -rng.int(0, 30));
      fields = [
        rowId,
        uniqueId(sex),
        taiwaneseName(rng, sex),
        sex === Sex.MALE ? "M" : "F",
        birthDate,
        district,
        formatAddress(randomAddress(rng, district)),
        knowsMother ? taiwaneseName(rng, Sex.FEMALE) : "",
        knowsMother ? generateNationalId(rng, Sex.FEMALE) : "",
        vaccine,
        dose,
        due,
        windowStart,
        addMonths(windowStart, 6),
        recordedOn,
      ];
      if (kind === "malformed") {
        fields = malformedChild(rng, fields, 9);
      } else if (kind === "child") {
        listed.push(fields);
        children += 1;
      }
    }
    if (fields.length !== CDC_HEADER.length) {
      truncated += 1;
    }
    kinds.push(kind);
    lines.push(fields.map(csvField).join(","));
  }
  return { text: `${lines.join("\r\n")}\r\n`, kinds, children, truncated };
}

/** Lines of each kind in a generated file. */
export function countKinds(kinds: readonly CdcLineKind[]): Record<CdcLineKind, number> {
  const counts: Record<CdcLineKind, number> = { child: 0, "second-dose": 0, "over-age": 0, malformed: 0 };
  for (const kind of kinds) {
    counts[kind] += 1;
  }
  return counts;
}
