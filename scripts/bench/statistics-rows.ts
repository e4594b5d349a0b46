import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { CaseType } from "../../shared/domain/enums";

/** Runs one SQL statement on an agency's database (a TypeORM DataSource's `query`). */
export type Run = (sql: string, parameters?: unknown[]) => Promise<unknown[]>;

/**
 * The benchmark's bulk rows (issue #10, Scale): the statistics read aggregates, so the question is
 * what a report and a rebuild cost over N cases, not how the N were written — they are cloned in
 * SQL from one row of each table that the demo data wrote through the services, with their own
 * ids, dates, offices and case types (generate_series), and every other column as the template's.
 * The proof that the figures are right is tests/statistics/seed-001.test.ts, through the services.
 */
const FIRST_DAY = "2015-06-01";
/** 2015-06-01 … 2018-12-31: seed 001's period. */
const DAYS = 1310;

const CODES = `ARRAY[${TAIPEI_DISTRICTS.map((district) => `'${district.code}'`).join(",")}]`;
const CASE_TYPES = `ARRAY[${Object.values(CaseType).map((type) => `'${type}'`).join(",")}]`;

/** Per case number g: its day, office (= its district, A5 aside), case type; uuids derived from g so tables join. */
export const DAY = `(date '${FIRST_DAY}' + ("g" % ${DAYS}))`;
export const AREA = `(${CODES})[1 + "g" % ${TAIPEI_DISTRICTS.length}]`;
export const CASE_TYPE = `(${CASE_TYPES})[1 + ("g" / 7) % ${Object.values(CaseType).length}]`;
export const idOf = (kind: string): string => `md5('${kind}-' || "g")::uuid`;
/** A Taipei instant on the case's day, `hours` after its midnight (+ `days`). */
export const instantOn = (days: number, hours: number): string => `((${DAY} + ${days})::timestamp + interval '${hours} hours') AT TIME ZONE 'Asia/Taipei'`;

async function columnsOf(run: Run, schema: string, table: string): Promise<string[]> {
  const rows = (await run(
    `SELECT "column_name" FROM "information_schema"."columns" WHERE "table_schema" = $1 AND "table_name" = $2 ORDER BY "ordinal_position"`,
    [schema, table],
  )) as { column_name: string }[];
  return rows.map((row) => row.column_name);
}

export interface CloneSpec {
  readonly schema: string;
  readonly table: string;
  /** Picks the template row (a WHERE clause over the table as "t"). */
  readonly template: string;
  /** Column → SQL expression over the case number "g"; a column set to null is left to its default (a serial id). */
  readonly set: Readonly<Record<string, string | null>>;
  /** Only the case numbers for which this holds get a row (e.g. the visited ones). */
  readonly where?: string;
}

/** Clones the template row once per case number in from..to; returns the rows written. */
export async function cloneRows(run: Run, spec: CloneSpec, from: number, to: number): Promise<number> {
  const columns = (await columnsOf(run, spec.schema, spec.table)).filter((column) => spec.set[column] !== null);
  if (columns.length === 0) {
    throw new Error(`No table ${spec.schema}.${spec.table}`);
  }
  const values = columns.map((column) => spec.set[column] ?? `"t"."${column}"`);
  const sql = `
    WITH "inserted" AS (
      INSERT INTO "${spec.schema}"."${spec.table}" (${columns.map((column) => `"${column}"`).join(", ")})
      SELECT ${values.join(", ")}
        FROM (SELECT * FROM "${spec.schema}"."${spec.table}" "t" WHERE ${spec.template} LIMIT 1) "t"
       CROSS JOIN generate_series($1::int, $2::int) "g"
       WHERE ${spec.where ?? "true"}
      RETURNING 1)
    SELECT count(*)::int AS "rows" FROM "inserted"`;
  const [result] = (await run(sql, [from, to])) as { rows: number }[];
  if (result === undefined || (result.rows === 0 && to >= from && spec.where === undefined)) {
    throw new Error(`No template row in ${spec.schema}.${spec.table} (${spec.template}): the demo data wrote none`);
  }
  return result.rows;
}
