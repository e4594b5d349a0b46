import type { DataSource } from "typeorm";
import { createLogger } from "../../../shared/logger";
import type { JobEnvironment } from "../../../shared/subgraph/jobs";
import { SubgraphEntry } from "../../platform/subgraphs";

/** Building a job only captures its environment (a pass would use it, and none runs here), so a bare one will do. */
const UNUSED: JobEnvironment = {
  dataSource: {} as DataSource,
  log: createLogger("deploy-manifests"),
  gatewayUrl: () => {
    throw new Error("the manifests only list the jobs; none runs");
  },
};

/**
 * The agencies whose subgraph calls the gateway (D3: a sending agency delivers its hand-offs through
 * it, never to the receiver directly), read from their own background jobs (`callsGateway`) rather
 * than listed by hand, so a new sender is let through the gateway's NetworkPolicy on its own.
 */
export function gatewayCallers(subgraphs: readonly SubgraphEntry[]): readonly string[] {
  return subgraphs
    .filter((entry) => (entry.definition.jobs?.(UNUSED) ?? []).some((job) => job.callsGateway === true))
    .map((entry) => entry.agency.name);
}
