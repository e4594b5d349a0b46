import DataLoader from "dataloader";
import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { columnOf, JoinedRow, PlainJoin, PlainQuery, selectPlain } from "../db/plain-rows";
import { ScopeCondition, ScopedRow } from "./row-scope";

type ScopedEntity = ObjectLiteral & ScopedRow & { id: string };

/** The caller's row scope of one type, as a condition over a given alias. */
export type ScopeOf = (alias: string) => ScopeCondition;

/**
 * Issue #13: rows read with the loaded ones (plain-rows.ts `PlainJoin`: one-to-one, or with
 * `many` one-to-many) and handed to their own loaders, so the field that asks for them next costs
 * no statement. `on` is written over the loaded row's alias (`scoped`) and the joined one's.
 */
export interface Companion<Entity> {
  readonly join: (alias: string, joined: string) => Omit<PlainJoin, "alias" | "joins">;
  /** Gets each loaded row and what its join matched (a one-to-one join: none or one row), each with its flag when the join has one. */
  readonly prime: (row: Entity, joined: readonly JoinedRow[]) => void;
  /** One-to-one companions of the joined rows (a registration's 附件1), read by the same statement. */
  readonly companions?: readonly Companion<never>[];
}

/** The companions' joins for a statement over `alias`, each under its own alias (`joined0`, its own `joined0_0`, …). */
export function joinsOf<Entity>(companions: readonly Companion<Entity>[], alias = "scoped", prefix = "joined"): PlainJoin[] {
  return companions.map((companion, index) => {
    const joined = `${prefix}${index}`;
    return { ...companion.join(alias, joined), alias: joined, joins: joinsOf(companion.companions ?? [], joined, `${joined}_`) };
  });
}

/** Hands each loaded row's companions to their loaders, and the joined rows' own to theirs. */
export function primeCompanions<Entity>(companions: readonly Companion<Entity>[], rows: readonly { readonly entity: Entity; readonly joined: readonly (readonly JoinedRow[])[] }[]): void {
  for (const row of rows) {
    companions.forEach((companion, index) => {
      companion.prime(row.entity, row.joined[index]);
      if (companion.companions !== undefined) {
        primeCompanions(companion.companions as readonly Companion<ObjectLiteral>[], row.joined[index]);
      }
    });
  }
}

/**
 * Rows by key, each flagged with the caller's row scope in the same statement (issue #4): a
 * federated reference still resolves, and the enforcement layer then denies all but its `id`.
 */
export function scopedLoaderById<Entity extends ScopedEntity>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  scope: ScopeOf,
  companions: readonly Companion<Entity>[] = [],
): DataLoader<string, Entity | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const plain = await selectPlain(dataSource, target, "scoped", {
      where: `${columnOf(dataSource, target, "scoped", "id")} = ANY(:ids)`,
      params: { ids: [...ids] },
      flag: scope("scoped"),
      joins: joinsOf(companions),
    });
    const rows = flagged(plain);
    primeCompanions(companions, plain);
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
  companions: readonly Companion<Entity>[] = [],
): Promise<Entity[]> {
  const keyed = `${columnOf(dataSource, target, "scoped", property)} = ANY(:keys)`;
  const order = [columnOf(dataSource, target, "scoped", orderBy), columnOf(dataSource, target, "scoped", "id")];
  if (filter) {
    return rowsInScope(dataSource, target, { where: `${keyed} AND (${condition.sql})`, params: { ...condition.params, keys: [...keys] }, orderBy: order }, companions);
  }
  const plain = await selectPlain(dataSource, target, "scoped", { where: keyed, params: { keys: [...keys] }, orderBy: order, flag: condition, joins: joinsOf(companions) });
  const rows = flagged(plain);
  primeCompanions(companions, plain);
  return rows;
}

/**
 * The rows of `target` (alias `scoped`) that `query` matches, the caller's row scope in its
 * `where` — so each is in scope — read with their companions, which go to their loaders; each row
 * primed into `byId` when given. A list or a page: it never shows a row the caller may not see.
 */
export async function rowsInScope<Entity extends ScopedEntity>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  query: Omit<PlainQuery, "flag" | "joins">,
  companions: readonly Companion<Entity>[] = [],
  byId?: DataLoader<string, Entity | null>,
): Promise<Entity[]> {
  const plain = await selectPlain(dataSource, target, "scoped", { ...query, flag: { sql: "TRUE", params: {} }, joins: joinsOf(companions) });
  const rows = flagged(plain);
  primeCompanions(companions, plain);
  for (const row of rows) {
    byId?.prime(row.id, row);
  }
  return rows;
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
  companions: readonly Companion<Entity>[] = [],
): DataLoader<string, Entity[]> {
  return new DataLoader(async (keys: readonly string[]) => {
    const rows = await rowsByKeys(dataSource, target, property, orderBy, keys, scope("scoped"), true, companions);
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

/**
 * A companion found by `on`, flagged with its own row scope, as `byId` would have loaded it
 * (issue #13): a person's household comes with the person, in or out of the caller's scope alike.
 */
export function flaggedCompanion<Entity, Joined extends ScopedEntity>(
  target: EntityTarget<Joined>,
  on: (alias: string, joined: string) => string,
  scope: ScopeOf,
  byId: DataLoader<string, Joined | null>,
): Companion<Entity> {
  return {
    join: (alias, joined) => ({ target: target as EntityTarget<ObjectLiteral>, on: on(alias, joined), params: {}, flag: scope(joined) }),
    prime: (_row, [joined]) => {
      if (joined !== undefined) {
        const companion = joined.entity as Joined;
        companion.inScope = joined.flag;
        byId.prime(companion.id, companion);
      }
    },
  };
}

/**
 * The one companion found by `on`, or none (issue #13), as `oneBy` would have answered for
 * `keyOf(row)`. With a `scope` it is part of the join, so a companion the caller may not see is
 * absent, as from an in-scope-only loader; without one (a care case's visit record, guarded by its
 * case) every match counts.
 */
export function oneByCompanion<Entity, Joined extends ObjectLiteral & { id: string }>(
  target: EntityTarget<Joined>,
  on: (alias: string, joined: string) => string,
  keyOf: (row: Entity) => string,
  loaders: { readonly oneBy: DataLoader<string, Joined | null>; readonly byId?: DataLoader<string, Joined | null> },
  scope?: ScopeOf,
): Companion<Entity> {
  return {
    join: (alias, joined) => scopedJoin(target as EntityTarget<ObjectLiteral>, on(alias, joined), scope?.(joined)),
    prime: (row, [joined]) => {
      const companion = joined === undefined ? null : (joined.entity as Joined);
      if (companion !== null) {
        if (scope !== undefined) {
          (companion as Joined & ScopedRow).inScope = true;
        }
        loaders.byId?.prime(companion.id, companion);
      }
      loaders.oneBy.prime(keyOf(row), companion);
    },
  };
}

/**
 * A companion's join whose ON clause also holds the joined rows' row scope, when there is one: a
 * row the caller may not see is not joined, as an in-scope-only loader would not have read it.
 */
function scopedJoin(target: EntityTarget<ObjectLiteral>, on: string, condition: ScopeCondition | undefined): Omit<PlainJoin, "alias" | "joins"> {
  return { target, on: condition === undefined ? on : `${on} AND (${condition.sql})`, params: condition?.params ?? {} };
}

/**
 * A loaded row's rows found by `on`, in `orderBy` order then by id (as `loaderGroupedBy` and the
 * grouped scoped loaders order them), as `groupedBy` would have answered for `keyOf(row)` (issue
 * #13: a case's visit attempts, a referral's service contacts, a person's registrations, read with
 * the case, referral or person). With a `scope` it is part of the join, so only rows the caller may
 * see come, as from an in-scope-only loader; without one (rows reached only through their in-scope
 * parent, as `groupedBy`'s are) every match counts. `companions` are the joined rows' own
 * one-to-one rows.
 */
export function groupedByCompanion<Entity, Joined extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<Joined>,
  on: (alias: string, joined: string) => string,
  orderBy: keyof Joined & string,
  keyOf: (row: Entity) => string,
  groupedBy: DataLoader<string, Joined[]>,
  options: { readonly scope?: ScopeOf; readonly companions?: readonly Companion<Joined>[] } = {},
): Companion<Entity> {
  return {
    join: (alias, joined) => ({
      ...scopedJoin(target as EntityTarget<ObjectLiteral>, on(alias, joined), options.scope?.(joined)),
      many: { orderBy: [columnOf(dataSource, target, joined, orderBy), columnOf(dataSource, target, joined, "id")] },
    }),
    prime: (row, joined) => {
      const children = joined.map((child) => child.entity as Joined);
      if (options.scope !== undefined) {
        children.forEach((child) => ((child as Joined & ScopedRow).inScope = true));
      }
      groupedBy.prime(keyOf(row), children);
    },
    companions: options.companions as readonly Companion<never>[] | undefined,
  };
}
