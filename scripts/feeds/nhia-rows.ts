import { addDays } from "../../shared/calendar/iso-date";
import { SeededRandom } from "../demo-data/random";
import { CHILD_HEADER, childMaker, countOf, csvText, malformedChild } from "./child-rows";

/** docs/feeds/nhia-uninsured.md: the header, in order (the generator writes the documented format, not the reader's constants). */
export const NHIA_HEADER = [...CHILD_HEADER, "uninsured_since", "nhia_listed_on"] as const;

/**
 * What a generated line is meant to be, by construction: a child uninsured over a year (health
 * notices social), one over 7 (health notices too, social excludes it, R7), one uninsured less
 * than a year (NOT_OVER_ONE_YEAR) and a malformed line.
 */
export const NHIA_LINE_KINDS = ["child", "over-age", "under-one-year", "malformed"] as const;
export type NhiaLineKind = (typeof NHIA_LINE_KINDS)[number];

export interface NhiaFile {
  readonly text: string;
  readonly kinds: readonly NhiaLineKind[];
}

export interface NhiaFileOptions {
  readonly rows: number;
  readonly seed: string;
  /** The day the file is delivered (the 10th or the 25th, B8). */
  readonly deliveredOn: string;
  readonly rowIdPrefix?: string;
}

/**
 * A realistic NHIA delivery: Taipei children uninsured since a date the NHIA gives (valid ID check
 * digits, real district codes), ~3% over 7, ~3% uninsured less than a year, ~1% malformed.
 * Reproducible from its seed.
 */
export function generateNhiaFile(options: NhiaFileOptions): NhiaFile {
  const rng = new SeededRandom(options.seed);
  const child = childMaker(rng, options.deliveredOn);
  const prefix = options.rowIdPrefix ?? `NHIA${options.deliveredOn.replace(/-/g, "")}`;
  const kinds: NhiaLineKind[] = [];
  const lines: string[][] = [];
  for (let index = 0; index < options.rows; index += 1) {
    const roll = rng.next();
    const kind: NhiaLineKind = roll < 0.01 ? "malformed" : roll < 0.04 ? "over-age" : roll < 0.07 ? "under-one-year" : "child";
    const made = child(`${prefix}-${String(index + 1).padStart(7, "0")}`, kind === "over-age");
    const listedOn = addDays(options.deliveredOn, -rng.int(0, 3));
    const latest = addDays(listedOn, kind === "under-one-year" ? -rng.int(30, 300) : -366);
    const span = Math.max(0, Math.round((Date.parse(latest) - Date.parse(made.birthDate)) / 86_400_000));
    const since = kind === "under-one-year" ? latest : addDays(made.birthDate, rng.int(0, span));
    const line = [...made.fields, since < made.birthDate ? made.birthDate : since, listedOn];
    lines.push(kind === "malformed" ? malformedChild(rng, line) : line);
    kinds.push(kind);
  }
  return { text: csvText(NHIA_HEADER, lines), kinds };
}

export const countNhiaKinds = (kinds: readonly NhiaLineKind[]): Record<NhiaLineKind, number> => countOf(kinds, NHIA_LINE_KINDS);
