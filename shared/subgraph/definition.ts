import type { DataSource } from "typeorm";
import type { SubgraphDatabaseSpec } from "../db/datasource";
import type { FederatedSchema } from "../federation/build-subgraph-schema";

/**
 * What an agency's subgraph hands to the runtime: its name, its database and its schema. The
 * gateway, `npm start`, compose and the tests build every subgraph from this one shape.
 */
export interface SubgraphDefinition<Loaders> {
  /** Service name in the supergraph, also the database schema's name. */
  readonly name: string;
  readonly database: SubgraphDatabaseSpec;
  buildSchema(): Promise<FederatedSchema>;
  createLoaders(dataSource: DataSource): Loaders;
}
