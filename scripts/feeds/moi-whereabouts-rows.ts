import { addDays } from "../../shared/calendar/iso-date";
import { DISTRICT_CODES } from "../../shared/domain/districts";
import { villagesOf } from "../../shared/domain/villages";
import { SeededRandom } from "../demo-data/random";
import { childMaker, countOf, csvText, malformedChild } from "./child-rows";

/** docs/feeds/moi-whereabouts-unknown.md: the header, in order (the generator writes the documented format, not the reader's constants). */
export const MOI_WHEREABOUTS_HEADER = [
  "row_id", "child_id_number", "child_name", "sex", "birth_date", "household_district_code", "village", "category", "registering_office_code", "registered_on", "moi_listed_on",
] as const;

/**
 * What a generated line is meant to be, by construction: a Taipei child (household notices
 * social), one over 7 (noticed too, social excludes it, R7), another city's child (OUTSIDE_CITY)
 * and a malformed line.
 */
export const MOI_WHEREABOUTS_LINE_KINDS = ["child", "over-age", "outside-city", "malformed"] as const;
export type MoiWhereaboutsLineKind = (typeof MOI_WHEREABOUTS_LINE_KINDS)[number];

/** Other cities' districts (the MOI's area codes): 新北市板橋區, 臺中市中區, 臺南市新營區, 高雄市鹽埕區, 桃園市桃園區; their offices register Taipei children too. */
const OTHER_CITIES = ["65000010", "66000010", "67000010", "64000010", "68000010"] as const;
const OTHER_VILLAGES = ["中正里", "民生里", "復興里", "光明里", "和平里"] as const;

export interface MoiWhereaboutsFile {
  readonly text: string;
  readonly kinds: readonly MoiWhereaboutsLineKind[];
}

export interface MoiWhereaboutsFileOptions {
  readonly rows: number;
  readonly seed: string;
  /** The day the file is delivered (the 10th or the 25th, B8). */
  readonly deliveredOn: string;
}

/**
 * A realistic 戶政司 delivery: children registered ex officio whose whereabouts are unknown (valid
 * ID check digits), ~70% of Taipei's districts and their 里, registered by other cities' offices
 * (the children the platform's own records do not hold), both categories, the registration after
 * the birth (an ex-officio birth two months to a year after it); ~3% over 7, ~1% malformed.
 * Reproducible from its seed.
 */
export function generateMoiWhereaboutsFile(options: MoiWhereaboutsFileOptions): MoiWhereaboutsFile {
  const rng = new SeededRandom(options.seed);
  const child = childMaker(rng, options.deliveredOn);
  const prefix = `MOI${options.deliveredOn.replace(/-/g, "")}`;
  const kinds: MoiWhereaboutsLineKind[] = [];
  const lines: string[][] = [];
  for (let index = 0; index < options.rows; index += 1) {
    const roll = rng.next();
    const kind: MoiWhereaboutsLineKind = roll < 0.01 ? "malformed" : roll < 0.04 ? "over-age" : roll < 0.34 ? "outside-city" : "child";
    const made = child(`${prefix}-${String(index + 1).padStart(7, "0")}`, kind === "over-age");
    const listedOn = addDays(options.deliveredOn, -rng.int(0, 3));
    const category = rng.chance(0.6) ? "1" : "2";
    const afterBirth = category === "1" ? rng.int(60, 365) : rng.int(30, 2000);
    const registered = addDays(made.birthDate, afterBirth);
    const registeredOn = registered > listedOn ? listedOn : registered;
    const district = kind === "outside-city" ? rng.pick(OTHER_CITIES) : rng.pick(DISTRICT_CODES);
    const village = kind === "outside-city" ? rng.pick(OTHER_VILLAGES) : rng.pick(villagesOf(district));
    const line = [...made.fields.slice(0, 5), district, village, category, rng.pick(OTHER_CITIES), registeredOn, listedOn];
    // 戶政司's own column is checked in the district's place: a category neither 1 nor 2; a line cut short ends after the village.
    lines.push(kind === "malformed" ? malformedChild(rng, line, 7, [7, "3"]) : line);
    kinds.push(kind);
  }
  return { text: csvText(MOI_WHEREABOUTS_HEADER, lines), kinds };
}

export const countMoiWhereaboutsKinds = (kinds: readonly MoiWhereaboutsLineKind[]): Record<MoiWhereaboutsLineKind, number> => countOf(kinds, MOI_WHEREABOUTS_LINE_KINDS);
