import DataLoader from "dataloader";
import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { columnOf, selectPlain } from "../db/plain-rows";
import { ScopeCondition, ScopedRow } from "./row-scope";

type ScopedEntity = ObjectLiteral & ScopedRow & { id: string };

/** The caller's row scope of one type, as a condition over a given alias. */
export type ScopeOf = (alias: string) => ScopeCondition;

/**
 * Rows by key, each flagged with the caller's row scope in the same statement (issue #4): a
 * federated reference still resolves, and the enforcement layer then denies all but its `id`.
 */
export function scopedLoaderById<Entity extends ScopedEntity>(dataSource: DataSource, target: EntityTarget<Entity>, scope: ScopeOf): DataLoader<string, Entity | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = flagged(
      await selectPlain(dataSource, target, "scoped", { where: `${columnOf(dataSource, target, "scoped", "id")} = ANY(:ids)`, params: { ids: [...ids] }, flag: scope("scoped") }),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Each row's scope flag set from the statement's (issue #13: plain rows, shared/db/plain-rows.ts). */
function flagged<Entity extends ScopedEntity>(rows: readonly { entity: Entity; flag: boolean }[]): Entity[] {
  return rows.map(({ entity, flag }) => {
    entity.inScope = flag;
    return entity;
  });
}

/**
 * The rows whose `property` is one of the keys, in `orderBy` order (then by key, so a tie keeps one
 * order); only those in scope when `filter`, else every one flagged.
 */
async function rowsByKeys<Entity extends ScopedEntity>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  property: string,
  orderBy: string,
  keys: readonly string[],
  condition: ScopeCondition,
  filter: boolean,
): Promise<Entity[]> {
  const keyed = `${columnOf(dataSource, target, "scoped", property)} = ANY(:keys)`;
  return flagged(
    await selectPlain(dataSource, target, "scoped", {
      where: filter ? `${keyed} AND (${condition.sql})` : keyed,
      params: filter ? { ...condition.params, keys: [...keys] } : { keys: [...keys] },
      orderBy: [columnOf(dataSource, target, "scoped", orderBy), columnOf(dataSource, target, "scoped", "id")],
      flag: filter ? { sql: "TRUE", params: {} } : condition,
    }),
  );
}

/** The rows grouped per key, in the keys' order (a key without rows: an empty list). */
function groupedByKey<Entity extends ScopedEntity>(rows: readonly Entity[], property: keyof Entity & string, keys: readonly string[]): Entity[][] {
  const groups = new Map<string, Entity[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    groups.get(String(row[property]))?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * The in-scope rows whose `property` is one of the keys, grouped per key in `orderBy` order: a
 * list never shows a row the caller may not see. The rows prime `byId`, so a later lookup of the
 * same row (an audit subject, a reference) costs no query.
 */
export function scopedLoaderGroupedBy<Entity extends ScopedEntity>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  property: keyof Entity & string,
  orderBy: keyof Entity & string,
  scope: ScopeOf,
  byId?: DataLoader<string, Entity | null>,
): DataLoader<string, Entity[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await rowsByKeys(dataSource, target, property, orderBy, keys, scope("scoped"), true);
    for (const row of rows) {
      byId?.prime(row.id, row);
    }
    return groupedByKey(rows, property, keys);
  });
}

/**
 * The in-scope row whose `property` (unique) is the key, or null: a row the caller may not see is
 * absent, not denied field by field. The rows prime `byId`, as scopedLoaderGroupedBy's do.
 */
export function scopedLoaderOneBy<Entity extends ScopedEntity>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  property: keyof Entity & string,
  scope: ScopeOf,
  byId?: DataLoader<string, Entity | null>,
): DataLoader<string, Entity | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await rowsByKeys(dataSource, target, property, "id", keys, scope("scoped"), true);
    const byKey = new Map<string, Entity>();
    for (const row of rows) {
      byId?.prime(row.id, row);
      byKey.set(String(row[property]), row);
    }
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * Every row whose `property` is one of the keys, grouped per key in `orderBy` order, each flagged
 * with the caller's row scope in the same statement (issue #12: the unified view of a child). A row
 * out of scope stays in the list and the enforcement layer denies all but its `id`: the caller sees
 * that something is there and is not theirs (FORBIDDEN), never a blank that reads as "none".
 */
export function flaggedLoaderGroupedBy<Entity extends ScopedEntity>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  property: keyof Entity & string,
  orderBy: keyof Entity & string,
  scope: ScopeOf,
): DataLoader<string, Entity[]> {
  return new DataLoader(async (keys: readonly string[]) => groupedByKey(await rowsByKeys(dataSource, target, property, orderBy, keys, scope("scoped"), false), property, keys));
}
