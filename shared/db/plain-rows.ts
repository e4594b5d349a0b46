import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { directArrayQuery, directQuery } from "./direct-query";

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
  /** Rows read in the same statement (LEFT JOIN): one statement instead of one per join. At most one may be `many`. */
  readonly joins?: readonly PlainJoin[];
  /**
   * At most this many loaded rows, the first in `orderBy` order (a page), whatever their joins
   * match: the limit applies to the loaded rows in a subquery, before the joins repeat them.
   */
  readonly limit?: number;
}

/**
 * Issue #13: rows that always come with the loaded one, read by the same statement, so a fetch of
 * the unified view takes one statement and one round trip fewer per join: one-to-one (a person's
 * household, a registration's 附件1, a care case's visit record), where `on` must match at most
 * one row (a primary key or a unique column), or, with `many`, one-to-many (a case's visit
 * attempts, a referral's service contacts), the loaded row repeated per joined one and folded
 * back here. Two one-to-many joins would multiply each other's rows: refused.
 */
export interface PlainJoin {
  readonly target: EntityTarget<ObjectLiteral>;
  readonly alias: string;
  /** The join condition over both aliases, with column names and `:named` parameters. */
  readonly on: string;
  readonly params: ObjectLiteral;
  /** The joined row's own scope flag, when its loader flags rather than filters. */
  readonly flag?: { readonly sql: string; readonly params: ObjectLiteral };
  /** One-to-many: the joined rows' order per loaded row (columns over the join's alias, ascending). */
  readonly many?: { readonly orderBy: readonly string[] };
  /** One-to-one rows of the joined row (a registration's 附件1 beside a person's registrations), `on` over this join's alias and theirs. */
  readonly joins?: readonly PlainJoin[];
}

/** A row a join read, with its scope flag (false when the join has none) and what its own joins read. */
export interface JoinedRow {
  readonly entity: ObjectLiteral;
  readonly flag: boolean;
  readonly joined: readonly (readonly JoinedRow[])[];
}

export interface PlainRow<Entity> {
  readonly entity: Entity;
  readonly flag: boolean;
  /** Per join of `query.joins`, in order: what it matched (a one-to-one join: none or one row). */
  readonly joined: readonly (readonly JoinedRow[])[];
}

/**
 * The parameters of a statement's parts, as one set. The parts name theirs independently (a row
 * scope's `:scopeOrg` in both), so a name may repeat only with the same value.
 */
function mergedParameters(parts: readonly (ObjectLiteral | undefined)[]): ObjectLiteral {
  const merged: ObjectLiteral = {};
  for (const part of parts) {
    if (part === undefined) {
      continue;
    }
    for (const name of Object.keys(part)) {
      const value: unknown = part[name];
      if (name in merged && merged[name] !== value && JSON.stringify(merged[name]) !== JSON.stringify(value)) {
        throw new Error(`Parameter :${name} has two values in one statement`);
      }
      merged[name] = value;
    }
  }
  return merged;
}

/** A result row's columns from `start` on, hydrated as `shape`'s entity (the driver's own conversions, as getMany). */
function hydrated<Entity extends ObjectLiteral>(dataSource: DataSource, shape: PlainShape, row: readonly unknown[], start: number): Entity {
  const entity = shape.metadata.create(undefined, { fromDeserializer: true }) as Entity;
  const { columns } = shape;
  for (let index = 0; index < columns.length; index += 1) {
    columns[index].setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[start + index], columns[index]));
  }
  return entity;
}

/** A join with its entity's shape, its number in the statement's column aliases, and its own joins likewise. */
interface ShapedJoin {
  readonly join: PlainJoin;
  readonly shape: PlainShape;
  readonly index: number;
  readonly nested: readonly ShapedJoin[];
}

/** The joins numbered depth first: join n's columns are "j<n>_…", its key "joined_key_<n>". */
function shapedJoins(dataSource: DataSource, joins: readonly PlainJoin[], counter = { next: 0 }): ShapedJoin[] {
  return joins.map((join) => {
    const index = counter.next++;
    return { join, shape: shapeOf(dataSource, join.target), index, nested: shapedJoins(dataSource, join.joins ?? [], counter) };
  });
}

function allJoins(joins: readonly ShapedJoin[]): ShapedJoin[] {
  return joins.flatMap((join) => [join, ...allJoins(join.nested)]);
}

/** Where a join's values are in a result row: its first column, its key and its flag (none when it has no flag). */
interface JoinLayout {
  readonly start: number;
  readonly keyAt: number;
  readonly flagAt: number | undefined;
}

/**
 * A statement's text (`:named` parameters) and where each part's values are in its rows, which
 * come as arrays (directArrayQuery): the loaded row's columns first, then its flag, then each
 * join's columns, key and flag, depth first.
 */
interface PlainStatement {
  readonly text: string;
  readonly flagAt: number | undefined;
  /** By the join's depth-first number. */
  readonly joins: readonly JoinLayout[];
  /** The text as the driver escapes it for one set of parameter names, and those names in binding order. */
  escaped?: { readonly names: string; readonly sql: string; readonly order: readonly string[] };
}

/** Each join's match in one result row: none when the LEFT JOIN matched nothing (its key is null). */
function joinedIn(dataSource: DataSource, statement: PlainStatement, joins: readonly ShapedJoin[], row: readonly unknown[]): JoinedRow[][] {
  return joins.map((join) => {
    const layout = statement.joins[join.index];
    if (row[layout.keyAt] === null) {
      return [];
    }
    return [{ entity: hydrated(dataSource, join.shape, row, layout.start), flag: layout.flagAt !== undefined && row[layout.flagAt] === true, joined: joinedIn(dataSource, statement, join.nested, row) }];
  });
}

/**
 * The statement's SQL with positional parameters and their values. TypeORM's escaping scans the
 * whole text with a regular expression on every call; for the same text and parameter names the
 * result differs only in the values, so it is done once (with stand-ins that name each value) and
 * the values are then bound in that order. A text that spreads a list (`:...name`) or a parameter
 * given as a function changes its text with the values: escaped every time.
 */
function boundStatement(dataSource: DataSource, statement: PlainStatement, parameters: ObjectLiteral): [string, unknown[]] {
  const keys = Object.keys(parameters);
  const names = keys.join(",");
  const escaped = statement.escaped;
  if (escaped !== undefined && escaped.names === names) {
    return [escaped.sql, escaped.order.map((name) => parameters[name] as unknown)];
  }
  if (statement.text.includes(":...") || keys.some((name) => typeof parameters[name] === "function")) {
    return dataSource.driver.escapeQueryWithParameters(statement.text, parameters, {}) as [string, unknown[]];
  }
  const standIns = Object.fromEntries(keys.map((name) => [name, new StandIn(name)]));
  const [sql, bound] = dataSource.driver.escapeQueryWithParameters(statement.text, standIns, {});
  const order = (bound as StandIn[]).map((standIn) => standIn.name);
  statement.escaped = { names, sql, order };
  return [sql, order.map((name) => parameters[name] as unknown)];
}

class StandIn {
  constructor(readonly name: string) {}
}

/**
 * How many rows of `target` match `where` (over `alias`, column names and `:named` parameters):
 * one named statement, beside a selectPlain page of the same rows (its totalCount).
 */
export async function countPlain(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, alias: string, where: string, params: ObjectLiteral): Promise<number> {
  const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(`SELECT count(*)::int AS "count" FROM ${shapeOf(dataSource, target).table} ${quoted(alias)} WHERE ${where}`, params, {});
  const [{ count }] = await directQuery<{ count: number }>(dataSource, sql, parameters, { prepared: true });
  return count;
}

/** The parameter of PlainQuery.limit. */
const LIMIT_PARAMETER = "plainRowLimit";

/** One statement: the rows of `target` matching `query`, hydrated as TypeORM would, each with its flag and what its joins read. */
export async function selectPlain<Entity extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<Entity>, alias: string, query: PlainQuery): Promise<PlainRow<Entity>[]> {
  const shape = shapeOf(dataSource, target as EntityTarget<ObjectLiteral>);
  const joins = shapedJoins(dataSource, query.joins ?? []);
  const flat = allJoins(joins);
  const statement = statementOf(shape, alias, query, joins, flat);
  const [sql, parameters] = boundStatement(
    dataSource,
    statement,
    mergedParameters([query.params, query.limit === undefined ? undefined : { [LIMIT_PARAMETER]: query.limit }, query.flag?.params, ...flat.flatMap(({ join }) => [join.params, join.flag?.params])]),
  );
  const raw = await directArrayQuery(dataSource, sql, parameters);
  const flagOf = (row: readonly unknown[]): boolean => statement.flagAt !== undefined && row[statement.flagAt] === true;
  const many = joins.findIndex(({ join }) => join.many !== undefined);
  if (many === -1) {
    return raw.map((row) => ({ entity: hydrated<Entity>(dataSource, shape, row, 0), flag: flagOf(row), joined: joinedIn(dataSource, statement, joins, row) }));
  }
  // A one-to-many join repeats the loaded row once per joined row: fold them back, first seen first.
  const keyAt = shape.columns.indexOf(shape.metadata.primaryColumns[0]);
  const folded = new Map<unknown, { entity: Entity; flag: boolean; joined: JoinedRow[][] }>();
  for (const row of raw) {
    const loaded = folded.get(row[keyAt]);
    if (loaded === undefined) {
      folded.set(row[keyAt], { entity: hydrated<Entity>(dataSource, shape, row, 0), flag: flagOf(row), joined: joinedIn(dataSource, statement, joins, row) });
      continue;
    }
    // The one-to-one joins repeat with the loaded row (read once, above); the one-to-many one adds its next row.
    loaded.joined[many].push(...joinedIn(dataSource, statement, [joins[many]], row)[0]);
  }
  return [...folded.values()];
}

const statements = new WeakMap<PlainShape, Map<string, PlainStatement>>();
/** Distinct (alias, condition, order, flag) texts kept per entity; a loader has a handful. */
const MAX_STATEMENTS_PER_SHAPE = 200;

/** The SELECT for a query's text parts and its rows' layout, written once per entity and text (the column list was rebuilt on every load). */
function statementOf(shape: PlainShape, alias: string, query: PlainQuery, joins: readonly ShapedJoin[], flat: readonly ShapedJoin[]): PlainStatement {
  // Depth-first numbers and each join's count of own joins: the tree, not only its list of joins.
  const joinKeys = flat.map(({ join, shape: joined, index, nested }) => `${index}/${nested.length}\u0000${joined.table}\u0000${join.alias}\u0000${join.on}\u0000${join.flag?.sql ?? ""}\u0000${join.many?.orderBy.join(",") ?? "one"}`);
  const key = `${alias}\u0000${query.where}\u0000${(query.orderBy ?? []).join(",")}\u0000${query.flag?.sql ?? ""}\u0000${query.limit === undefined ? "all" : "limited"}\u0000${joinKeys.join("\u0001")}`;
  let byKey = statements.get(shape);
  if (byKey === undefined) {
    byKey = new Map();
    statements.set(shape, byKey);
  }
  let statement = byKey.get(key);
  if (statement === undefined) {
    statement = writtenStatement(shape, alias, query, joins, flat);
    if (byKey.size < MAX_STATEMENTS_PER_SHAPE) {
      byKey.set(key, statement);
    }
  }
  return statement;
}

function writtenStatement(shape: PlainShape, alias: string, query: PlainQuery, joins: readonly ShapedJoin[], flat: readonly ShapedJoin[]): PlainStatement {
  if (joins.filter(({ join }) => join.many !== undefined).length > 1) {
    throw new Error("A statement may have one one-to-many join: two would multiply each other's rows");
  }
  if (flat.some(({ join, index }) => join.many !== undefined && !joins.some((top) => top.index === index))) {
    throw new Error("A join's own joins are one-to-one");
  }
  const select = shape.columns.map((column, index) => `${quoted(alias)}.${quoted(column.databaseName)} AS "c${index}"`);
  let flagAt: number | undefined;
  if (query.flag !== undefined) {
    flagAt = select.length;
    select.push(`(${query.flag.sql}) AS "row_flag"`);
  }
  const orderBy = [...(query.orderBy ?? [])];
  const ownOrder = orderBy.length === 0 ? "" : ` ORDER BY ${orderBy.map((column) => `${column} ASC`).join(", ")}`;
  // A page: its rows chosen first, under the same alias (the flag and the joins read it as the table).
  let from = query.limit === undefined ? `${shape.table} ${quoted(alias)}` : `(SELECT * FROM ${shape.table} ${quoted(alias)} WHERE ${query.where}${ownOrder} LIMIT :${LIMIT_PARAMETER}) ${quoted(alias)}`;
  const where = query.limit === undefined ? query.where : "TRUE";
  const layouts: JoinLayout[] = [];
  for (const { join, shape: joined, index } of flat) {
    const start = select.length;
    select.push(...joined.columns.map((column, at) => `${quoted(join.alias)}.${quoted(column.databaseName)} AS "j${index}_${at}"`));
    const [joinedKey] = joined.metadata.primaryColumns;
    const keyAt = select.length;
    select.push(`${quoted(join.alias)}.${quoted(joinedKey.databaseName)} AS "joined_key_${index}"`);
    let joinFlagAt: number | undefined;
    if (join.flag !== undefined) {
      joinFlagAt = select.length;
      select.push(`(${join.flag.sql}) AS "joined_flag_${index}"`);
    }
    layouts[index] = { start, keyAt, flagAt: joinFlagAt };
    from += ` LEFT JOIN ${joined.table} ${quoted(join.alias)} ON ${join.on}`;
    orderBy.push(...(join.many?.orderBy ?? []));
  }
  const order = orderBy.length === 0 ? "" : ` ORDER BY ${orderBy.map((column) => `${column} ASC`).join(", ")}`;
  return { text: `SELECT ${select.join(", ")} FROM ${from} WHERE ${where}${order}`, flagAt, joins: layouts };
}
