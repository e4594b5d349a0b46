import { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Principal } from "../auth/principal";
import { SubgraphPolicy } from "./policy";

/**
 * Row scope (D4, issue #4): which rows of a type a caller may see, as an SQL predicate over the
 * row's alias. Each subgraph implements its named scopes in scope.ts; its policy names, per type
 * and role, which scope applies. A role with no scope for a type sees no row of it.
 */
export interface ScopeCondition {
  readonly sql: string;
  readonly params: ObjectLiteral;
}

export type ScopePredicate = (alias: string, principal: Principal) => ScopeCondition;

export const NO_ROWS: ScopeCondition = { sql: "FALSE", params: {} };

/** Set on every row loaded through a scoped loader; the enforcement layer reads it. */
export interface ScopedRow {
  inScope?: boolean;
}

export function isInScope(row: unknown): boolean {
  return typeof row === "object" && row !== null && "inScope" in row && row.inScope === true;
}

/** The condition for `typeName` rows and this caller, from the policy's named scopes. */
export function scopeCondition(
  policy: SubgraphPolicy,
  predicates: Readonly<Record<string, ScopePredicate>>,
  typeName: string,
  alias: string,
  principal: Principal,
): ScopeCondition {
  const scopeName = policy.rowScope[typeName]?.[principal.role];
  const predicate = scopeName === undefined ? undefined : predicates[scopeName];
  return predicate === undefined ? NO_ROWS : predicate(alias, principal);
}

/**
 * Loads rows with their scope flag in the same statement (no extra round trip): rows reached by
 * key are returned either way, flagged, so a federated reference still resolves and every field
 * but its key is then denied; lists use `onlyInScope` and never show other rows.
 */
export async function loadFlagged<Entity extends ObjectLiteral & ScopedRow>(
  query: SelectQueryBuilder<Entity>,
  alias: string,
  condition: ScopeCondition,
): Promise<Entity[]> {
  const { entities, raw } = await query.addSelect(`(${condition.sql})`, "row_in_scope").setParameters(condition.params).getRawAndEntities();
  const flags = new Map<string, boolean>(raw.map((row: Record<string, unknown>) => [String(row[`${alias}_id`]), row.row_in_scope === true]));
  for (const entity of entities) {
    entity.inScope = flags.get(String(entity.id)) ?? false;
  }
  return entities;
}

export function onlyInScope<Entity extends ObjectLiteral>(query: SelectQueryBuilder<Entity>, condition: ScopeCondition): SelectQueryBuilder<Entity> {
  return query.andWhere(`(${condition.sql})`, condition.params);
}

/** Rows of a list that was filtered by the scope condition. */
export function markInScope<Entity extends ScopedRow>(rows: Entity[]): Entity[] {
  for (const row of rows) {
    row.inScope = true;
  }
  return rows;
}
