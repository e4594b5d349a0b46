import "reflect-metadata";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { districtConfig, districtSubgraph } from "../../subgraphs/district";
import { healthConfig, healthSubgraph } from "../../subgraphs/health";
import { householdConfig, householdSubgraph } from "../../subgraphs/household";
import { socialConfig, socialSubgraph } from "../../subgraphs/social";

/**
 * Every agency's subgraph with its default port: the one list that `npm start`, compose and the
 * tests build the platform from (STYLE: registries from one module list).
 */
export interface SubgraphEntry {
  readonly definition: SubgraphDefinition<unknown>;
  readonly port: number;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { definition: householdSubgraph as SubgraphDefinition<unknown>, port: householdConfig.port },
  { definition: districtSubgraph as SubgraphDefinition<unknown>, port: districtConfig.port },
  { definition: socialSubgraph as SubgraphDefinition<unknown>, port: socialConfig.port },
  { definition: healthSubgraph as SubgraphDefinition<unknown>, port: healthConfig.port },
];
