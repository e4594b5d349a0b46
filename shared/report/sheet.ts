import { Figure, SUPPRESSED_MARK } from "./care-report.model";

/** A cell of a sheet: a number stays a number (so a spreadsheet can sum it), a withheld one is the mark. */
export type SheetValue = string | number;

export interface Sheet {
  readonly name: string;
  readonly title: string;
  readonly rows: readonly (readonly SheetValue[])[];
}

export function valueOf(figure: Figure): SheetValue {
  return figure.suppressed || figure.count === null ? SUPPRESSED_MARK : figure.count;
}
