import { isIsoDate } from "../calendar/iso-date";
import { isDistrictCode } from "../domain/districts";
import { isValidIdentityNumber } from "../domain/identity-number";
import type { CsvRow } from "./file-source";

/**
 * The columns every programme B sender names a child by (docs/feeds/nhia-uninsured.md,
 * docs/feeds/low-income-disability.md): the sender's row id, the child, the household district
 * and, when known, the mother. One check for the feeds that share them (STYLE 9).
 */
export const CHILD_COLUMNS = ["row_id", "child_id_number", "child_name", "sex", "birth_date", "household_district_code", "mother_name", "mother_id_number"] as const;

/** Why a line is skipped: codes, never the values (they are personal data). */
export enum ChildLineSkipReason {
  MALFORMED_LINE = "MALFORMED_LINE",
  MALFORMED_ROW_ID = "MALFORMED_ROW_ID",
  MALFORMED_ID_NUMBER = "MALFORMED_ID_NUMBER",
  MALFORMED_NAME = "MALFORMED_NAME",
  MALFORMED_SEX = "MALFORMED_SEX",
  MALFORMED_DATE = "MALFORMED_DATE",
  UNKNOWN_DISTRICT = "UNKNOWN_DISTRICT",
}

/** A sender's row id: 1–40 of A–Z a–z 0–9 _ - (the feed's row key). */
export const SENDER_ROW_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** A line's fields, trimmed, by column; null when the line has the wrong number of fields or lacks a column. */
export function lineValues<Column extends string>(row: CsvRow, columns: readonly Column[]): Readonly<Record<Column, string>> | null {
  const fields = row.fields;
  if (fields === null || columns.some((column) => fields[column] === undefined)) {
    return null;
  }
  return Object.fromEntries(columns.map((column) => [column, fields[column].trim()])) as Record<Column, string>;
}

/** The child's columns checked against the documented format; the first problem's code, or null. */
export function childColumnsProblem(values: Readonly<Record<(typeof CHILD_COLUMNS)[number], string>>, today: string): ChildLineSkipReason | null {
  if (!SENDER_ROW_ID.test(values.row_id)) {
    return ChildLineSkipReason.MALFORMED_ROW_ID;
  }
  if (!isValidIdentityNumber(values.child_id_number) || (values.mother_id_number !== "" && !isValidIdentityNumber(values.mother_id_number))) {
    return ChildLineSkipReason.MALFORMED_ID_NUMBER;
  }
  if (values.child_name === "" || values.child_name.length > 60 || values.mother_name.length > 60) {
    return ChildLineSkipReason.MALFORMED_NAME;
  }
  if (values.sex !== "M" && values.sex !== "F") {
    return ChildLineSkipReason.MALFORMED_SEX;
  }
  if (!isIsoDate(values.birth_date) || values.birth_date > today) {
    return ChildLineSkipReason.MALFORMED_DATE;
  }
  return isDistrictCode(values.household_district_code) ? null : ChildLineSkipReason.UNKNOWN_DISTRICT;
}

/** A line checked: its trimmed values by column, or why it is skipped (a code). */
export type CheckedLine<Column extends string> = { readonly ok: true; readonly values: Readonly<Record<Column, string>> } | { readonly ok: false; readonly reason: string };

/**
 * A line of a feed whose columns start with CHILD_COLUMNS: the line's shape, the child's columns,
 * then the feed's own (`rest`: the first problem's code, or null); the first problem is the reason.
 */
export function checkChildLine<Column extends string>(
  row: CsvRow,
  columns: readonly Column[],
  today: string,
  rest: (values: Readonly<Record<Column | (typeof CHILD_COLUMNS)[number], string>>) => string | null,
): CheckedLine<Column> {
  const values = lineValues(row, columns) as Readonly<Record<Column | (typeof CHILD_COLUMNS)[number], string>> | null;
  if (values === null) {
    return { ok: false, reason: ChildLineSkipReason.MALFORMED_LINE };
  }
  const problem = childColumnsProblem(values, today) ?? rest(values);
  return problem === null ? { ok: true, values } : { ok: false, reason: problem };
}

/** A line the sender gave a row id is keyed by it (a re-delivered line is taken once); one without a usable id by its file and line. */
export function senderRowKey(row: CsvRow): string {
  const id = (row.fields?.row_id ?? "").trim();
  return SENDER_ROW_ID.test(id) ? `row:${id}` : `line:${row.file}#${row.line}`;
}
