import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { CITY_ORG, Role } from "../../../shared/auth/roles";
import { directoryTablesOf } from "./directory.tables";
import { AgencyLevel, City, DirectoryAgency, ServiceDirectoryData, VisitFormBoxKind } from "./directory.types";

/**
 * Who published the shipped directories: the migration, as 民政局 (C1). Its outbox hand-off of
 * Taipei's version carries this actor, so the district's intake sees a CIVIL_AFFAIRS_OFFICER.
 */
export const SYSTEM_PUBLISHER: Principal = { subject: "system:service-directory-migration", role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG, villages: [] };

type Queryable = DataSource | EntityManager;

/** Multi-row INSERT: one statement per table per version, whatever its size (STYLE 3's spirit for writes). */
async function insertRows(db: Queryable, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const values = rows.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
  await db.query(`INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${values}`, rows.flat());
}

/**
 * Stores one whole version (already validated); the caller's transaction keeps it whole. Returns its
 * id. `distributed`: its hand-off to the district is queued in the same transaction (a publication);
 * otherwise the distribution job queues it (the shipped versions, loaded by the migration).
 * `withoutBoxNeeds`: for the migration that ran before the boxes had needs (1766900000000); the
 * next one (1767000000000) adds the column and the shipped versions' needs.
 */
export async function insertVersion(
  db: Queryable,
  schema: string,
  directory: ServiceDirectoryData,
  options: { publishedBy: string; at: Date; distributed: boolean; withoutBoxNeeds?: boolean },
): Promise<string> {
  const { publishedBy, at } = options;
  const T = directoryTablesOf(schema);
  const id = randomUUID();
  const { version } = directory;
  await db.query(
    `INSERT INTO ${T.versions} ("id", "city", "version_date", "printed_version", "published_at", "published_by", "distributed_at")
     VALUES ($1, $2, $3::date, $4, $5::timestamptz, $6, $7::timestamptz)`,
    [id, version.city, version.versionDate, version.printedVersion, at.toISOString(), publishedBy, options.distributed ? at.toISOString() : null],
  );
  await insertRows(db, T.agencies, ["version_id", "code", "position", "name", "level", "phone"], directory.agencies.map((agency, i) => [id, agency.code, i, agency.name, agency.level, agency.phone]));
  const units = directory.agencies.flatMap((agency) => agency.units.map((unit) => ({ agency: agency.code, unit })));
  await insertRows(db, T.units, ["version_id", "code", "agency_code", "position", "name", "phone", "count", "tasks"], units.map(({ agency, unit }, i) => [id, unit.code, agency, i, unit.name, unit.phone, unit.count, JSON.stringify(unit.tasks)]));
  await insertRows(db, T.categories, ["version_id", "code", "position", "name"], directory.categories.map((category, i) => [id, category.code, i, category.name]));
  await insertRows(db, T.duties, ["version_id", "position", "agency_code", "category_code", "item_number", "text"], directory.duties.map((duty, i) => [id, i, duty.agency, duty.category, duty.itemNumber, duty.text]));
  const boxColumns = ["version_id", "code", "box_order", "label", "kind", "agency_code", "unit_code", "description", "printed_on_form"];
  const boxRow = (box: ServiceDirectoryData["visitFormBoxes"][number]): unknown[] => [id, box.code, box.order, box.label, box.kind, box.agency, box.unit, box.description, box.printedOnForm];
  await insertRows(
    db,
    T.boxes,
    options.withoutBoxNeeds === true ? boxColumns : [...boxColumns, "needs"],
    directory.visitFormBoxes.map((box) => (options.withoutBoxNeeds === true ? boxRow(box) : [...boxRow(box), JSON.stringify(box.needs)])),
  );
  return id;
}

export interface StoredVersion {
  readonly id: string;
  readonly city: City;
  readonly versionDate: string;
  readonly printedVersion: string | null;
  readonly publishedAt: Date;
}

interface VersionRow {
  id: string;
  city: City;
  version_date: string;
  printed_version: string | null;
  published_at: Date | string;
}

const VERSION_COLUMNS = `"id"::text AS "id", "city", to_char("version_date", 'YYYY-MM-DD') AS "version_date", "printed_version", "published_at"`;

function storedOf(row: VersionRow): StoredVersion {
  return { id: row.id, city: row.city, versionDate: row.version_date, printedVersion: row.printed_version, publishedAt: row.published_at instanceof Date ? row.published_at : new Date(row.published_at) };
}

/** The city's version in force on a date: the latest with a version date on or before it (null: none yet). */
export async function versionInForce(db: Queryable, schema: string, city: string, on: string): Promise<StoredVersion | null> {
  const rows = (await db.query(`SELECT ${VERSION_COLUMNS} FROM ${directoryTablesOf(schema).versions} WHERE "city" = $1 AND "version_date" <= $2::date ORDER BY "version_date" DESC LIMIT 1`, [city, on])) as VersionRow[];
  return rows.length === 0 ? null : storedOf(rows[0]);
}

/** The city's latest version, in force or not yet: a new one must come after it. */
export async function latestVersion(db: Queryable, schema: string, city: string): Promise<StoredVersion | null> {
  const rows = (await db.query(`SELECT ${VERSION_COLUMNS} FROM ${directoryTablesOf(schema).versions} WHERE "city" = $1 ORDER BY "version_date" DESC LIMIT 1`, [city])) as VersionRow[];
  return rows.length === 0 ? null : storedOf(rows[0]);
}

interface AgencyRow {
  code: string;
  name: string;
  level: AgencyLevel;
  phone: string | null;
}
interface UnitRow {
  code: string;
  agency_code: string;
  name: string;
  phone: string | null;
  count: number | null;
  tasks: string[] | string;
}
interface DutyRow {
  agency_code: string;
  category_code: string;
  item_number: number | null;
  text: string;
}
interface BoxRow {
  code: string;
  box_order: number;
  label: string;
  kind: VisitFormBoxKind;
  agency_code: string | null;
  unit_code: string | null;
  description: string;
  printed_on_form: boolean;
  needs: string[] | string;
}

/** One version read whole: five statements, whatever its size (no query per agency, STYLE 3). */
export async function loadVersion(db: Queryable, schema: string, version: StoredVersion): Promise<ServiceDirectoryData> {
  const T = directoryTablesOf(schema);
  const args = [version.id];
  // One after another, not Promise.all: inside a transaction `db` is one connection, where pg
  // queues concurrent queries with a deprecation warning today and pg 9 will refuse them.
  const rowsOf = async <Row>(sql: string): Promise<Row[]> => (await db.query(sql, args)) as Row[];
  const agencies = await rowsOf<AgencyRow>(`SELECT "code", "name", "level", "phone" FROM ${T.agencies} WHERE "version_id" = $1 ORDER BY "position"`);
  const units = await rowsOf<UnitRow>(`SELECT "code", "agency_code", "name", "phone", "count", "tasks" FROM ${T.units} WHERE "version_id" = $1 ORDER BY "position"`);
  const categories = await rowsOf<{ code: string; name: string }>(`SELECT "code", "name" FROM ${T.categories} WHERE "version_id" = $1 ORDER BY "position"`);
  const duties = await rowsOf<DutyRow>(`SELECT "agency_code", "category_code", "item_number", "text" FROM ${T.duties} WHERE "version_id" = $1 ORDER BY "position"`);
  const boxes = await rowsOf<BoxRow>(
    `SELECT "code", "box_order", "label", "kind", "agency_code", "unit_code", "description", "printed_on_form", "needs" FROM ${T.boxes} WHERE "version_id" = $1 ORDER BY "box_order"`,
  );
  const agencyOf = (row: AgencyRow): DirectoryAgency => ({
    code: row.code,
    city: version.city,
    name: row.name,
    level: row.level,
    phone: row.phone,
    units: units
      .filter((unit) => unit.agency_code === row.code)
      .map((unit) => ({ code: unit.code, name: unit.name, phone: unit.phone, count: unit.count, tasks: typeof unit.tasks === "string" ? (JSON.parse(unit.tasks) as string[]) : unit.tasks })),
  });
  return {
    version: { city: version.city, versionDate: version.versionDate, printedVersion: version.printedVersion },
    agencies: agencies.map(agencyOf),
    categories,
    duties: duties.map((duty) => ({ agency: duty.agency_code, category: duty.category_code, itemNumber: duty.item_number, text: duty.text })),
    visitFormBoxes: boxes.map((box) => ({
      code: box.code,
      label: box.label,
      order: box.box_order,
      kind: box.kind,
      agency: box.agency_code,
      unit: box.unit_code,
      description: box.description,
      printedOnForm: box.printed_on_form,
      needs: typeof box.needs === "string" ? (JSON.parse(box.needs) as string[]) : box.needs,
    })),
  };
}

/**
 * The versions whose hand-off is not queued yet, locked for this transaction (a second replica's
 * pass skips them): what the distribution job works through.
 */
export async function undistributedVersions(manager: EntityManager, schema: string): Promise<StoredVersion[]> {
  const rows = (await manager.query(
    `SELECT ${VERSION_COLUMNS} FROM ${directoryTablesOf(schema).versions} WHERE "distributed_at" IS NULL ORDER BY "city", "version_date" FOR UPDATE SKIP LOCKED`,
  )) as VersionRow[];
  return rows.map(storedOf);
}

export async function markDistributed(manager: EntityManager, schema: string, id: string, at: Date): Promise<void> {
  await manager.query(`UPDATE ${directoryTablesOf(schema).versions} SET "distributed_at" = $2::timestamptz WHERE "id" = $1`, [id, at.toISOString()]);
}
