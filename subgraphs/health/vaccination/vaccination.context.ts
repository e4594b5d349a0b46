import type { SubgraphContext } from "../../../shared/subgraph/context";
import type { VaccinationLoaders } from "./vaccination.loaders";

/** What B4's resolvers and write declarations need of health's context (loaders.ts builds it). */
export type VaccinationContext = SubgraphContext<{ readonly vaccination: VaccinationLoaders }>;
