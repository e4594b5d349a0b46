import { readAuthConfig } from "../auth/config";
import type { BackgroundJob, JobEnvironment } from "../subgraph/jobs";
import { createOutboxDispatcher, OutboxDispatcher } from "./dispatcher";

export interface OutboxJobSpec {
  readonly name: string;
  /** The sending service, whose own key signs its service tokens (D3). */
  readonly service: string;
  readonly intervalMs: number;
  /** The receivers' intake documents by operation name. */
  readonly documents: Parameters<typeof createOutboxDispatcher>[0]["documents"];
}

/**
 * A sending agency's delivery of its hand-offs as a background job (D3, issue #8). The dispatcher
 * is built at the first pass: in one process the gateway listens only after the subgraphs start,
 * so its URL is not known before. Rows fall due by the platform's clock (D9, `outboxNow`); tokens are
 * signed on the system clock, because the gateway and the receivers verify them on theirs.
 */
export function outboxJob(spec: OutboxJobSpec, environment: JobEnvironment): BackgroundJob {
  let dispatcher: OutboxDispatcher | undefined;
  return {
    name: spec.name,
    intervalMs: spec.intervalMs,
    callsGateway: true,
    runOnce: () => {
      if (dispatcher === undefined) {
        const auth = readAuthConfig();
        dispatcher = createOutboxDispatcher({
          dataSource: environment.dataSource,
          service: spec.service,
          serviceKeys: auth.serviceKeys ?? { configured: new Map() },
          gatewayUrl: environment.gatewayUrl(),
          audience: auth.audience,
          documents: spec.documents,
          log: environment.log,
        });
      }
      return dispatcher.runOnce();
    },
  };
}
