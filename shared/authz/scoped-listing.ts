import { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { Connection, decodeCursor, toConnection } from "../graphql/connection";
import { requireUuid } from "../graphql/ids";
import { markInScope, onlyInScope, ScopeCondition, ScopedRow } from "./row-scope";

export interface ScopedPage {
  readonly limit: number;
  readonly after: string | null | undefined;
}

/**
 * Keyset-paged rows of `target` in the caller's row scope, ordered by ID so a page never shifts when
 * rows arrive. Row scope first (issue #4): a list never shows, nor counts, a row the caller may not
 * see. `equal` maps a property to the value a filter asked for (undefined or null: not filtered).
 */
export async function listInScope<Row extends ObjectLiteral & ScopedRow & { id: string }>(
  dataSource: DataSource,
  target: EntityTarget<Row>,
  equal: Readonly<Record<string, string | null | undefined>>,
  page: ScopedPage,
  scopeOf: (alias: string) => ScopeCondition,
): Promise<Connection<Row>> {
  const query = onlyInScope(dataSource.getRepository(target).createQueryBuilder("listed"), scopeOf("listed"));
  for (const [property, value] of Object.entries(equal)) {
    if (value !== undefined && value !== null) {
      query.andWhere(`listed.${property} = :${property}`, { [property]: value });
    }
  }
  const totalCount = await query.clone().getCount();
  if (page.after !== undefined && page.after !== null) {
    query.andWhere("listed.id > :after", { after: requireUuid(decodeCursor(page.after), "after") });
  }
  const rows = markInScope(await query.orderBy("listed.id", "ASC").limit(page.limit + 1).getMany());
  return toConnection(rows, page.limit, (row) => row.id, totalCount);
}
