import type { DataSource, DataSourceOptions, EntityManager } from "typeorm";
import { quotedSchema } from "../audit/table";

/**
 * Where a sending agency's hand-offs wait for delivery (D3, issue #8): one `outbox` table in the
 * schema of the subgraph that owns the change (D1). Every module of the outbox builds its SQL from
 * here, so the schema name is checked once before it is spliced into SQL.
 */
export const OUTBOX_TABLE = "outbox";

/** The quoted, schema-qualified table name, e.g. `"household"."outbox"`. */
export function outboxTableOf(schema: string): string {
  return `${quotedSchema(schema)}."${OUTBOX_TABLE}"`;
}

/**
 * The schema a subgraph's DataSource was opened on (shared/db/datasource.ts): the outbox row goes
 * where the sender's own change goes, so callers cannot name another agency's schema.
 */
export function schemaOf(connection: DataSource | EntityManager): string {
  const options: DataSourceOptions = "connection" in connection ? connection.connection.options : connection.options;
  if (options.type !== "postgres" || options.schema === undefined) {
    throw new Error("The outbox lives in a subgraph's schema: open the DataSource with openSubgraphDatabase");
  }
  return options.schema;
}

/** A stored error code: what the receiver or the transport said, never a message or a value (issue #8). */
export const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The acting user's claims, as stored to mint the service token at delivery. */
export interface StoredActor {
  readonly subject: string;
  readonly role: string;
  readonly org: string;
  readonly villages: readonly string[];
}

/** An outbox row as the claim returns it. */
export interface ClaimedOutboxRow {
  readonly id: string;
  readonly kind: string;
  readonly target: string;
  readonly payload: Record<string, unknown>;
  readonly actor: unknown;
  readonly attempts: number;
  readonly claim_token: string;
}
