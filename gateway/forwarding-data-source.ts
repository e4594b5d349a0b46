import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { GatewayContext } from "./auth";

/**
 * Forwards the caller's own token (and declared purpose) to every subgraph fetch, `_entities`
 * included, so each subgraph authorizes the real caller (D4) — never a gateway identity.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (headers === undefined || !("context" in options)) {
      return;
    }
    const context = options.context;
    if (context.authorization !== undefined) {
      headers.set("authorization", context.authorization);
    }
    if (context.purpose !== undefined) {
      headers.set("x-purpose", context.purpose);
    }
  }
}
