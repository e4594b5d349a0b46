import DataLoader from "dataloader";
import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { columnOf, selectPlain } from "./plain-rows";

/**
 * Request-scoped batch loaders (STYLE 3): every lookup by key becomes one `= ANY($1)` statement
 * per request and entity, however many parents ask.
 */
export function loaderById<Entity extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
): DataLoader<string, Entity | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    // Issue #13: plain rows, hydrated as getMany would (plain-rows.ts).
    const rows = (await selectPlain(dataSource, target, "row", { where: `${columnOf(dataSource, target, "row", "id")} = ANY(:ids)`, params: { ids: [...ids] } })).map(
      (row) => row.entity,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads the rows whose `property` equals each key, grouped per key, in the given order. */
export function loaderGroupedBy<Entity extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  property: keyof Entity & string,
  orderBy?: keyof Entity & string,
): DataLoader<string, Entity[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const column = (name: string): string => columnOf(dataSource, target, "row", name);
    const rows = (
      await selectPlain(dataSource, target, "row", {
        where: `${column(property)} = ANY(:keys)`,
        params: { keys: [...keys] },
        orderBy: orderBy === undefined ? undefined : [column(orderBy), column("id")],
      })
    ).map((row) => row.entity);
    const groups = new Map<string, Entity[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
      groups.get(String(row[property]))?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Loads at most one row per key (a one-to-one by a unique column). */
export function loaderOneBy<Entity extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  property: keyof Entity & string,
): DataLoader<string, Entity | null> {
  const grouped = loaderGroupedBy(dataSource, target, property);
  return new DataLoader(async (keys: readonly string[]) => {
    // Promise.all, not loadMany: a failed statement must fail the keys, not read as "no row"
    // (care-case.loaders.ts says why loadMany's Errors cannot be told apart here).
    const groups = await Promise.all(keys.map((key) => grouped.load(key)));
    return groups.map((group) => (group.length > 0 ? group[0] : null));
  });
}
