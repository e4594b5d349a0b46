import DataLoader from "dataloader";
import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Request-scoped batch loaders (STYLE 3): every lookup by key becomes one `= ANY($1)` statement
 * per request and entity, however many parents ask.
 */
export function loaderById<Entity extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
): DataLoader<string, Entity | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await dataSource
      .getRepository(target)
      .createQueryBuilder("row")
      .where("row.id = ANY(:ids)", { ids: [...ids] })
      .getMany();
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
    let query = dataSource
      .getRepository(target)
      .createQueryBuilder("row")
      .where(`row.${property} = ANY(:keys)`, { keys: [...keys] });
    if (orderBy !== undefined) {
      query = query.orderBy(`row.${orderBy}`, "ASC").addOrderBy("row.id", "ASC");
    }
    const rows = await query.getMany();
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
    const groups = await grouped.loadMany(keys);
    return groups.map((group) => (Array.isArray(group) && group.length > 0 ? group[0] : null));
  });
}
