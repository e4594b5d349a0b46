import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { directQuery } from "./direct-query";

/**
 * Issue #13: the hot loaders' rows without TypeORM's query builder. The profile of the unified
 * view put TypeORM first among the subgraphs' libraries: every `getMany` re-parses its SQL to
 * replace property names (`replacePropertyNamesForTheWholeQuery`) and hydrates through the raw
 * results transformer. Here each entity's column list is read from its metadata ONCE, the SQL is
 * written with column names, and each value goes through the driver's own `prepareHydratedValue`
 * — the conversion `getMany` applies (dates, enums, arrays, transformers) — so the objects are the
 * same entities, class and all.
 */
interface PlainShape {
  readonly metadata: EntityMetadata;
  readonly table: string;
  readonly columns: readonly ColumnMetadata[];
}

const shapes = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, PlainShape>>();

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function shapeOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): PlainShape {
  let byTarget = shapes.get(dataSource);
  if (byTarget === undefined) {
    byTarget = new Map();
    shapes.set(dataSource, byTarget);
  }
  let shape = byTarget.get(target);
  if (shape === undefined) {
    const metadata = dataSource.getMetadata(target);
    // Relation columns are not hydrated by getMany either (no join): only the entity's own columns.
    const columns = metadata.columns.filter((column) => column.relationMetadata === undefined && !column.isVirtual && column.isSelect);
    const table = metadata.schema === undefined ? quoted(metadata.tableName) : `${quoted(metadata.schema)}.${quoted(metadata.tableName)}`;
    shape = { metadata, table, columns };
    byTarget.set(target, shape);
  }
  return shape;
}

/** The column an entity property is stored in, for SQL written by hand over `alias`. */
export function columnOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, alias: string, property: string): string {
  const column = shapeOf(dataSource, target).metadata.findColumnWithPropertyName(property);
  if (column === undefined) {
    throw new Error(`No column for property ${property}`);
  }
  return `${quoted(alias)}.${quoted(column.databaseName)}`;
}

export interface PlainQuery {
  /** A condition over `alias`, with column names and `:named` parameters. */
  readonly where: string;
  readonly params: ObjectLiteral;
  /** Columns (as `columnOf` writes them) to order by, ascending. */
  readonly orderBy?: readonly string[];
  /** A boolean expression selected beside the columns (the row-scope flag), with its own parameters. */
  readonly flag?: { readonly sql: string; readonly params: ObjectLiteral };
  /** A one-to-one row read in the same statement (LEFT JOIN): one statement instead of two. */
  readonly join?: PlainJoin;
}

/**
 * Issue #13: a row that always comes with the loaded one (a person's household, a registration's
 * 附件1, a care case's visit record) read by the same statement, so a fetch of the unified view
 * takes one statement and one round trip fewer per pair. `on` must match at most one row (a
 * primary key or a unique column): a LEFT JOIN that matched two would repeat the loaded row.
 */
export interface PlainJoin {
  readonly target: EntityTarget<ObjectLiteral>;
  readonly alias: string;
  /** The join condition over both aliases, with column names and `:named` parameters. */
  readonly on: string;
  readonly params: ObjectLiteral;
  /** The joined row's own scope flag, when its loader flags rather than filters. */
  readonly flag?: { readonly sql: string; readonly params: ObjectLiteral };
}

export interface PlainRow<Entity> {
  readonly entity: Entity;
  readonly flag: boolean;
  /** The joined row (`query.join`), null when none matched; absent without a join. */
  readonly joined?: { readonly entity: ObjectLiteral; readonly flag: boolean } | null;
}

/**
 * The parameters of a statement's parts, as one set. The parts name theirs independently (a row
 * scope's `:scopeOrg` in both), so a name may repeat only with the same value.
 */
function mergedParameters(parts: readonly (ObjectLiteral | undefined)[]): ObjectLiteral {
  const merged: ObjectLiteral = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part ?? {})) {
      if (name in merged && JSON.stringify(merged[name]) !== JSON.stringify(value)) {
        throw new Error(`Parameter :${name} has two values in one statement`);
      }
      merged[name] = value;
    }
  }
  return merged;
}

function hydrated<Entity extends ObjectLiteral>(dataSource: DataSource, shape: PlainShape, row: Record<string, unknown>, prefix: string): Entity {
  const entity = shape.metadata.create(undefined, { fromDeserializer: true }) as Entity;
  shape.columns.forEach((column, index) => {
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[`${prefix}${index}`], column));
  });
  return entity;
}

/** One statement: the rows of `target` matching `query`, hydrated as TypeORM would, each with its flag. */
export async function selectPlain<Entity extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<Entity>, alias: string, query: PlainQuery): Promise<PlainRow<Entity>[]> {
  const shape = shapeOf(dataSource, target as EntityTarget<ObjectLiteral>);
  const join = query.join === undefined ? undefined : { ...query.join, shape: shapeOf(dataSource, query.join.target) };
  const sql = statementOf(shape, alias, query, join);
  const [statement, parameters] = dataSource.driver.escapeQueryWithParameters(
    sql,
    mergedParameters([query.params, query.flag?.params, join?.params, join?.flag?.params]),
    {},
  );
  const raw = await directQuery<Record<string, unknown>>(dataSource, statement, parameters, { prepared: true });
  return raw.map((row) => {
    const entity = hydrated<Entity>(dataSource, shape, row, "c");
    if (join === undefined) {
      return { entity, flag: row.row_flag === true };
    }
    // No joined row: every column of the LEFT JOIN is null, its key included.
    const joined = row.joined_key === null ? null : { entity: hydrated(dataSource, join.shape, row, "j"), flag: row.joined_flag === true };
    return { entity, flag: row.row_flag === true, joined };
  });
}

const statements = new WeakMap<PlainShape, Map<string, string>>();
/** Distinct (alias, condition, order, flag) texts kept per entity; a loader has a handful. */
const MAX_STATEMENTS_PER_SHAPE = 200;

/** The SELECT for a query's text parts, written once per entity and text (the column list was rebuilt on every load). */
function statementOf(shape: PlainShape, alias: string, query: PlainQuery, join?: PlainJoin & { shape: PlainShape }): string {
  const joinKey = join === undefined ? "" : `${join.shape.table}\u0000${join.alias}\u0000${join.on}\u0000${join.flag?.sql ?? ""}`;
  const key = `${alias}\u0000${query.where}\u0000${(query.orderBy ?? []).join(",")}\u0000${query.flag?.sql ?? ""}\u0000${joinKey}`;
  let byKey = statements.get(shape);
  if (byKey === undefined) {
    byKey = new Map();
    statements.set(shape, byKey);
  }
  let sql = byKey.get(key);
  if (sql === undefined) {
    const select = shape.columns.map((column, index) => `${quoted(alias)}.${quoted(column.databaseName)} AS "c${index}"`);
    if (query.flag !== undefined) {
      select.push(`(${query.flag.sql}) AS "row_flag"`);
    }
    let from = `${shape.table} ${quoted(alias)}`;
    if (join !== undefined) {
      select.push(...join.shape.columns.map((column, index) => `${quoted(join.alias)}.${quoted(column.databaseName)} AS "j${index}"`));
      const [key] = join.shape.metadata.primaryColumns;
      select.push(`${quoted(join.alias)}.${quoted(key.databaseName)} AS "joined_key"`);
      if (join.flag !== undefined) {
        select.push(`(${join.flag.sql}) AS "joined_flag"`);
      }
      from += ` LEFT JOIN ${join.shape.table} ${quoted(join.alias)} ON ${join.on}`;
    }
    const order = query.orderBy === undefined || query.orderBy.length === 0 ? "" : ` ORDER BY ${query.orderBy.map((column) => `${column} ASC`).join(", ")}`;
    sql = `SELECT ${select.join(", ")} FROM ${from} WHERE ${query.where}${order}`;
    if (byKey.size < MAX_STATEMENTS_PER_SHAPE) {
      byKey.set(key, sql);
    }
  }
  return sql;
}
