import { addDays } from "../../shared/calendar/iso-date";
import { Sex } from "../../shared/domain/enums";
import { taiwaneseName } from "../demo-data/names";
import { SeededRandom } from "../demo-data/random";
import { CHILD_HEADER, childMaker, countOf, csvText, malformedChild } from "./child-rows";

/** docs/feeds/low-income-disability.md: the header, in order. */
export const LOW_INCOME_DISABILITY_HEADER = [...CHILD_HEADER, "certificate_holder_name", "certificate_holder_relation", "already_served", "listed_on"] as const;

/**
 * By construction: a child social takes, one whose household a system already serves
 * (ALREADY_SERVED, B6), one over 7 (OVER_AGE, R7) and a malformed line.
 */
export const LOW_INCOME_DISABILITY_LINE_KINDS = ["child", "already-served", "over-age", "malformed"] as const;
export type LowIncomeDisabilityLineKind = (typeof LOW_INCOME_DISABILITY_LINE_KINDS)[number];

/** Who holds the certificate, mostly a parent (DOMAIN.md B1 (8)). */
const RELATIONS: readonly (readonly [string, Sex])[] = [
  ["MOTHER", Sex.FEMALE], ["MOTHER", Sex.FEMALE], ["FATHER", Sex.MALE], ["FATHER", Sex.MALE], ["GRANDPARENT", Sex.FEMALE], ["SIBLING", Sex.MALE], ["STEPPARENT", Sex.MALE], ["OTHER_RELATIVE", Sex.FEMALE],
];

/**
 * A realistic file of the six national systems' matching: children under 7 of low-income or
 * near-low-income households where a member holds a mental or intellectual disability
 * certificate; ~25% of households already served, ~3% over 7, ~1% malformed. Reproducible.
 */
export function generateLowIncomeDisabilityFile(options: { rows: number; seed: string; deliveredOn: string }): { text: string; kinds: LowIncomeDisabilityLineKind[] } {
  const rng = new SeededRandom(options.seed);
  const child = childMaker(rng, options.deliveredOn);
  const kinds: LowIncomeDisabilityLineKind[] = [];
  const lines: string[][] = [];
  for (let index = 0; index < options.rows; index += 1) {
    const roll = rng.next();
    const kind: LowIncomeDisabilityLineKind = roll < 0.01 ? "malformed" : roll < 0.04 ? "over-age" : roll < 0.29 ? "already-served" : "child";
    const made = child(`SIX${options.deliveredOn.replace(/-/g, "")}-${String(index + 1).padStart(7, "0")}`, kind === "over-age");
    const [relation, sex] = rng.pick(RELATIONS);
    // The mother's own name when she holds it and is known.
    const holder = relation === "MOTHER" && made.fields[6] !== "" ? made.fields[6] : taiwaneseName(rng, sex);
    const line = [...made.fields, holder, relation, kind === "already-served" ? "Y" : "N", addDays(options.deliveredOn, -rng.int(0, 5))];
    lines.push(kind === "malformed" ? malformedChild(rng, line) : line);
    kinds.push(kind);
  }
  return { text: csvText(LOW_INCOME_DISABILITY_HEADER, lines), kinds };
}

export const countLowIncomeDisabilityKinds = (kinds: readonly LowIncomeDisabilityLineKind[]): Record<LowIncomeDisabilityLineKind, number> => countOf(kinds, LOW_INCOME_DISABILITY_LINE_KINDS);
