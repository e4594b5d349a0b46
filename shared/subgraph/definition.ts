import type { DataSource } from "typeorm";
import type { Principal } from "../auth/principal";
import type { SubgraphPolicy } from "../authz/policy";
import type { SubgraphDatabaseSpec } from "../db/datasource";
import type { FederatedSchema } from "../federation/build-subgraph-schema";
import type { BackgroundJob, JobEnvironment } from "./jobs";

/**
 * What an agency's subgraph hands to the runtime: its name, its database and its schema. The
 * gateway, `npm start`, compose and the tests build every subgraph from this one shape.
 */
export interface SubgraphDefinition<Loaders> {
  /** Service name in the supergraph, also the database schema's name. */
  readonly name: string;
  readonly database: SubgraphDatabaseSpec;
  /** The agency's whole access policy (D4): enforced on every field, `_entities` included. */
  readonly policy: SubgraphPolicy;
  buildSchema(): Promise<FederatedSchema>;
  /** Request-scoped loaders; row scope is the caller's, so they are built per principal. */
  createLoaders(dataSource: DataSource, principal: Principal): Loaders;
  /** The agency's own background work (scheduler, outbox, feeds); none when absent. */
  jobs?(environment: JobEnvironment): readonly BackgroundJob[];
}
