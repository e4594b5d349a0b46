import DataLoader from "dataloader";
import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { loadFlagged, markInScope, onlyInScope, ScopeCondition, ScopedRow } from "./row-scope";

type ScopedEntity = ObjectLiteral & ScopedRow & { id: string };

/** The caller's row scope of one type, as a condition over a given alias. */
export type ScopeOf = (alias: string) => ScopeCondition;

/**
 * Rows by key, each flagged with the caller's row scope in the same statement (issue #4): a
 * federated reference still resolves, and the enforcement layer then denies all but its `id`.
 */
export function scopedLoaderById<Entity extends ScopedEntity>(dataSource: DataSource, target: EntityTarget<Entity>, scope: ScopeOf): DataLoader<string, Entity | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const query = dataSource.getRepository(target).createQueryBuilder("scoped").where("scoped.id = ANY(:ids)", { ids: [...ids] });
    const rows = await loadFlagged(query, "scoped", scope("scoped"));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The rows whose `property` is one of the keys, in `orderBy` order (then by key, so a tie keeps one order). */
function rowsByKeys<Entity extends ScopedEntity>(dataSource: DataSource, target: EntityTarget<Entity>, property: string, orderBy: string, keys: readonly string[]) {
  return dataSource
    .getRepository(target)
    .createQueryBuilder("scoped")
    .where(`scoped.${property} = ANY(:keys)`, { keys: [...keys] })
    .orderBy(`scoped.${orderBy}`, "ASC")
    .addOrderBy("scoped.id", "ASC");
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
    const rows = markInScope(await onlyInScope(rowsByKeys(dataSource, target, property, orderBy, keys), scope("scoped")).getMany());
    for (const row of rows) {
      byId?.prime(row.id, row);
    }
    return groupedByKey(rows, property, keys);
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
  return new DataLoader(async (keys: readonly string[]) => groupedByKey(await loadFlagged(rowsByKeys(dataSource, target, property, orderBy, keys), "scoped", scope("scoped")), property, keys));
}
