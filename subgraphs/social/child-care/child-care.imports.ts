import { GraphQLError } from "graphql";
import { DataSource } from "typeorm";
import { now } from "../../../shared/clock";
import { ChildCareCategory } from "../../../shared/domain/child-care";
import { isValidIdentityNumber } from "../../../shared/domain/identity-number";
import { badUserInput, ErrorCode } from "../../../shared/errors";
import { notInFuture } from "../../../shared/validation/dates";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { SOCIAL_SCHEMA } from "../schema-name";
import { ChildCareChildFields, CustodyChildInput, EntryExitRecordInput, ImportReport, ImportSkip, NotEnrolledChildInput } from "./child-care.inputs";
import { noticeCandidate, takeNotice } from "./child-care.intake";

/** The most rows one call takes (a file is imported in calls of this size). */
export const MAX_IMPORT_ROWS = 500;

function checkSize(rows: readonly unknown[]): void {
  if (rows.length === 0 || rows.length > MAX_IMPORT_ROWS) {
    throw badUserInput(`rows must hold 1 to ${MAX_IMPORT_ROWS} rows`, "rows");
  }
}

/** A row's key, checked: it names the row in the report, so it carries no personal data (8–80 URL-safe characters). */
function rowKeyOf(rowKey: string): string {
  if (!/^[A-Za-z0-9._:-]{1,80}$/.test(rowKey)) {
    throw badUserInput("rowKey must be 1 to 80 characters of letters, digits and . _ : -", "rowKey");
  }
  return rowKey;
}

/** A bad row is skipped with the field its error names (never its data); anything else stops the import. */
function skipOf(rowKey: string, error: unknown): ImportSkip {
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT) {
    return { rowKey, reason: "BAD_ROW", field: typeof error.extensions.field === "string" ? error.extensions.field : null };
  }
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.CONFLICT) {
    return { rowKey, reason: "DUPLICATE_KEY", field: "rowKey" };
  }
  throw error;
}

/**
 * docs/feeds/entry-exit-records.md: the immigration agency's entry/exit records into social's own
 * table (B2–B5: the screening reads them). Idempotent per row key: a re-import takes nothing twice.
 */
export async function importEntryExitRecords(dataSource: DataSource, rows: readonly EntryExitRecordInput[]): Promise<ImportReport> {
  checkSize(rows);
  const skipped: ImportSkip[] = [];
  const good: { rowKey: string; idNumber: string; direction: string; crossedOn: string }[] = [];
  for (const [index, row] of rows.entries()) {
    try {
      const rowKey = rowKeyOf(row.rowKey);
      const idNumber = row.idNumber.trim().toUpperCase();
      if (!isValidIdentityNumber(idNumber)) {
        throw badUserInput("idNumber must be a valid national ID or resident certificate number", "idNumber");
      }
      notInFuture(row.crossedOn, "crossedOn");
      good.push({ rowKey, idNumber, direction: row.direction, crossedOn: row.crossedOn });
    } catch (error) {
      skipped.push(skipOf(typeof row.rowKey === "string" && row.rowKey.length <= 80 ? row.rowKey : `#${index + 1}`, error));
    }
  }
  if (good.length > 0) {
    await dataSource.query(
      `INSERT INTO "${SOCIAL_SCHEMA}"."entry_exit_records" ("row_key", "id_number", "direction", "crossed_on", "imported_at")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[]), LATERAL (SELECT $5::timestamptz) AS "at"
       ON CONFLICT ("row_key") DO NOTHING`,
      [good.map((row) => row.rowKey), good.map((row) => row.idNumber), good.map((row) => row.direction), good.map((row) => row.crossedOn), now().toISOString()],
    );
  }
  return { taken: good.length, excluded: 0, skipped };
}

/** The sender of social's own imports (categories 5 and 6 come from agencies outside the platform). */
export const IMPORT_SENDER = "social-import";

interface ImportedRow extends ChildCareChildFields {
  readonly rowKey: string;
  readonly listedOn: string;
}

/** Each row a notice through the same screening and matching as the intake; its client key is the file's row key. */
async function importNotices<Row extends ImportedRow>(
  dataSource: DataSource,
  category: ChildCareCategory,
  rows: readonly Row[],
  extra: (row: Row) => Record<string, string | null>,
): Promise<ImportReport> {
  checkSize(rows);
  const report: ImportReport = { taken: 0, excluded: 0, skipped: [] };
  for (const [index, row] of rows.entries()) {
    const label = typeof row.rowKey === "string" && row.rowKey.length <= 80 ? row.rowKey : `#${index + 1}`;
    try {
      const rowKey = rowKeyOf(row.rowKey);
      const candidate = noticeCandidate(
        { clientKey: `import:${category}:${rowKey}`.slice(0, 100), category, noticedOn: row.listedOn, child: row, details: { importRow: rowKey, ...extra(row) }, prefix: "" },
        IMPORT_SENDER,
      );
      const notice = await takeNotice(dataSource, candidate);
      report.taken += 1;
      report.excluded += notice.exclusionReason === null ? 0 : 1;
    } catch (error) {
      report.skipped.push(skipOf(label, error));
    }
  }
  return report;
}

/** B11 (附表二, category 5): the education bureau's list of first-grade pupils not enrolled. */
export function importNotEnrolledChildren(dataSource: DataSource, rows: readonly NotEnrolledChildInput[]): Promise<ImportReport> {
  // Issue #14: the school is the file's text like any other field (a NUL in it was an INTERNAL_SERVER_ERROR); a bad one skips its row.
  return importNotices(dataSource, ChildCareCategory.NOT_ENROLLED, rows, (row) => ({ assignedSchool: optionalText(row.assignedSchool, "assignedSchool", 60) }));
}

/** R8 (附表三, category 6): the Ministry of Justice's flow — children of prisoners, remand detainees and persons under security measures. */
export const CUSTODY_KINDS = ["PRISONER", "REMAND_DETAINEE", "SECURITY_MEASURES"] as const;

export function importChildrenInCustody(dataSource: DataSource, rows: readonly CustodyChildInput[]): Promise<ImportReport> {
  return importNotices(dataSource, ChildCareCategory.PARENT_IN_CUSTODY, rows, (row) => {
    const kind = requiredText(row.custodyKind, "custodyKind", 20);
    if (!(CUSTODY_KINDS as readonly string[]).includes(kind)) {
      throw badUserInput("custodyKind must be PRISONER, REMAND_DETAINEE or SECURITY_MEASURES", "custodyKind");
    }
    return { custodyKind: kind };
  });
}

