import { Duty } from "../directory.types";

/**
 * One agency's lines under one category, as a seed prints them: each text with its printed number
 * (null when unnumbered). Keeps the data modules one line per printed line.
 */
export function dutiesUnder(agency: string, category: { readonly code: string }, lines: ReadonlyArray<readonly [number | null, string]>): Duty[] {
  return lines.map(([itemNumber, text]) => ({ agency, category: category.code, itemNumber, text }));
}
