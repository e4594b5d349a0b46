import pg from "pg";

/** A column of a RowDescription message, as node-postgres hands it to a query. */
interface FieldDescription {
  readonly name: string;
  readonly dataTypeID: number;
  readonly format: string;
}

type Parser = (value: string) => unknown;

interface Parsers {
  readonly typeIds: readonly number[];
  readonly parsers: readonly Parser[];
}

/** By statement name: a named statement's columns are the same on every execution. */
const parsersByStatement = new Map<string, Parsers>();
/** Bounded like the statement names themselves (direct-query.ts). */
const MAX_STATEMENTS = 1_000;

function sameTypes(cached: Parsers, fields: readonly FieldDescription[]): boolean {
  if (cached.typeIds.length !== fields.length) {
    return false;
  }
  for (let index = 0; index < fields.length; index += 1) {
    if (cached.typeIds[index] !== fields[index].dataTypeID) {
      return false;
    }
  }
  return true;
}

/**
 * The column parsers for a statement's RowDescription, from pg's global type parsers (the platform
 * sets its own there, shared/db/engine.ts; no pool is given per-client types).
 */
function parsersOf(name: string, fields: readonly FieldDescription[]): readonly Parser[] {
  const cached = parsersByStatement.get(name);
  if (cached !== undefined && sameTypes(cached, fields)) {
    return cached.parsers;
  }
  const parsers = fields.map((field) => pg.types.getTypeParser(field.dataTypeID, field.format === "binary" ? "binary" : "text") as Parser);
  if (parsersByStatement.size < MAX_STATEMENTS) {
    parsersByStatement.set(name, { typeIds: fields.map((field) => field.dataTypeID), parsers });
  }
  return parsers;
}

/**
 * Issue #13: a prepared statement whose rows come back as arrays, column by column. node-postgres'
 * own query rebuilds its row template on every execution (an object keyed by every column name,
 * then copied for each row): for the hot loaders' joined reads, a hundred-odd columns, it was the
 * largest single function of the household subgraph's own CPU. Here a named statement's parsers
 * are looked up once and each row is an array the caller reads by position (plain-rows.ts lays the
 * columns out). Everything else — preparing, binding, errors, the end of the query — is pg's Query.
 */
export class ArrayRowsQuery extends pg.Query {
  readonly rowsRead: unknown[][] = [];
  private readonly statement: string;
  private parsers: readonly Parser[] = [];
  private parseFailure: unknown = undefined;

  constructor(name: string, text: string, values: readonly unknown[]) {
    super({ name, text, values: [...values] });
    this.statement = name;
  }

  handleRowDescription(message: { readonly fields: readonly FieldDescription[] }): void {
    this.parsers = parsersOf(this.statement, message.fields);
  }

  handleDataRow(message: { readonly fields: readonly (string | null)[] }): void {
    if (this.parseFailure !== undefined) {
      return;
    }
    const raw = message.fields;
    const row = new Array<unknown>(raw.length);
    try {
      for (let index = 0; index < raw.length; index += 1) {
        const value = raw[index];
        row[index] = value === null ? null : this.parsers[index](value);
      }
    } catch (error) {
      // As pg does: the rest of the answer is read (the protocol must reach ReadyForQuery), then it fails.
      this.parseFailure = error;
      return;
    }
    this.rowsRead.push(row);
  }

  handleReadyForQuery(connection: unknown): void {
    if (this.parseFailure !== undefined) {
      const failure = this.parseFailure;
      this.parseFailure = undefined;
      (this as unknown as { handleError(error: unknown, connection: unknown): void }).handleError(failure, connection);
      return;
    }
    (pg.Query.prototype as unknown as { handleReadyForQuery(connection: unknown): void }).handleReadyForQuery.call(this, connection);
  }
}
