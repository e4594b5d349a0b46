import { DataSource, MixedList, EntitySchema } from "typeorm";
import { ConfigError } from "../config";
import type { Logger } from "../logger";
import { keepConnectionErrorsFromCrashing } from "./connection-errors";
import { DatabaseEngine } from "./engine";
import { migrateSchema } from "./migrate";
import { SnakeEmbeddedNamingStrategy } from "./naming-strategy";
import { pgliteDriverFor } from "./pglite-pool";
import { QueryCounter } from "./query-counter";

/**
 * An entity or migration class. typeorm's own option types say `Function`, which would also take an
 * arrow function or `Math.max`; a constructor type says what typeorm actually instantiates.
 */
type Class = new (...args: never[]) => object;

/** What a subgraph declares about its own database: its schema, entities and migrations. */
export interface SubgraphDatabaseSpec {
  /** The PostgreSQL schema that only this subgraph reads and writes (D1). */
  readonly schema: string;
  readonly entities: MixedList<Class | string | EntitySchema>;
  readonly migrations: MixedList<Class | string>;
}

export interface SubgraphDatabase {
  readonly dataSource: DataSource;
  readonly queries: QueryCounter;
}

const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Opens a subgraph's DataSource on the engine and brings its schema up to date with its migrations
 * (D5: never `synchronize`). The migrations table lives in the subgraph's own schema.
 */
export async function openSubgraphDatabase(
  engine: DatabaseEngine,
  spec: SubgraphDatabaseSpec,
  log?: Logger,
): Promise<SubgraphDatabase> {
  if (!SCHEMA_NAME.test(spec.schema)) {
    throw new ConfigError(`Invalid schema name: ${spec.schema}`);
  }
  const queries = new QueryCounter(log);
  const common = {
    type: "postgres" as const,
    schema: spec.schema,
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsTableName: "migrations",
    synchronize: false,
    logger: queries,
    namingStrategy: new SnakeEmbeddedNamingStrategy(),
  };
  const dataSource =
    engine.kind === "pglite"
      ? new DataSource({ ...common, driver: pgliteDriverFor(engine.db), poolSize: 1 })
      : new DataSource({
          ...common,
          url: engine.url,
          poolSize: engine.poolSize,
          applicationName: spec.schema,
          // Short OLTP statements: PostgreSQL's JIT spent ~12 ms compiling a page's count (BENCHMARKS.md).
          // Issue #13: generic plans. The hot loaders' named statements (direct-query.ts) take their
          // keys as one array; PostgreSQL's default re-planned each with its values on every
          // execution, its scope flag's EXISTS subqueries and all, because a custom plan of a
          // one-key array always looks cheaper than the generic one. Planned once per connection
          // instead, PostgreSQL's CPU for one person's unified view fell 2.43 → 1.57 ms (BENCHMARKS.md).
          extra: { options: "-c jit=off -c plan_cache_mode=force_generic_plan" },
        });
  await dataSource.initialize();
  if (engine.kind === "postgres") {
    keepConnectionErrorsFromCrashing(dataSource, log);
  }
  await migrateSchema(dataSource, spec.schema);
  return { dataSource, queries };
}
