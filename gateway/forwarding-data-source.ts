import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { DocumentNode, GraphQLError, parse } from "graphql";
import { OPERATION_ID_HEADER } from "../shared/audit/operation-id";
import { ErrorCode, serviceUnavailable } from "../shared/errors";
import type { GatewayContext } from "./auth";
import { keepAliveFetcher } from "./subgraph-fetcher";
import { unavailablePath } from "./unavailable-path";

/** One fetcher (one pool of kept-alive connections) for every subgraph of the process. */
const SUBGRAPH_FETCHER = keepAliveFetcher();

/** The replicas of one subgraph a configured URL lists (comma-separated; one for most). */
export function replicaUrls(url: string): readonly string[] {
  return url
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** The plan's fetch as sent (the gateway keeps no parsed copy unless asked); parsed only when it failed. */
function parseFetch(query: string | undefined): DocumentNode | undefined {
  return query === undefined ? undefined : parse(query);
}

/**
 * Forwards the caller's own token (and declared purpose) to every subgraph fetch, `_entities`
 * included, so each subgraph authorizes the real caller (D4) — never a gateway identity.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly replicas: readonly string[];
  private nextReplica = 0;

  /**
   * `url` may list several replicas of one subgraph, comma-separated (issue #13: one machine
   * running two processes of its busiest subgraph); fetches take them in turn. Behind a
   * Kubernetes Service the URL is one and the Service spreads the connections.
   */
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    const replicas = replicaUrls(url);
    super({ url: replicas[0], fetcher: SUBGRAPH_FETCHER });
    this.replicas = replicas;
  }

  /** A subgraph that cannot be reached is named to the client, never its address or the socket error. */
  override didEncounterError(error: Error, _fetchRequest: unknown, fetchResponse?: unknown): void {
    if (fetchResponse === undefined) {
      throw serviceUnavailable(this.serviceName);
    }
    throw error;
  }

  /** Issue #14: an unreachable subgraph's error also says where its fields are null in the response. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE && "pathInIncomingRequest" in options) {
        throw serviceUnavailable(this.serviceName, unavailablePath(options.pathInIncomingRequest, options.document ?? parseFetch(options.request.query)));
      }
      throw error;
    }
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (this.replicas.length > 1 && options.request.http !== undefined) {
      options.request.http = { ...options.request.http, url: this.replicas[this.nextReplica] };
      this.nextReplica = (this.nextReplica + 1) % this.replicas.length;
    }
    const headers = options.request.http?.headers;
    if (headers === undefined || !("context" in options)) {
      return;
    }
    const context = options.context;
    if (context.authorization !== undefined) {
      headers.set("authorization", context.authorization);
    }
    if (context.purpose !== undefined) {
      headers.set("x-purpose", encodeURIComponent(context.purpose));
    }
    // Issue #11: the operation's id for the subgraphs' records of use — the sha256 of the document
    // this gateway ran, which for a frontend's operation is its trusted document's id.
    const operationId = "incomingRequestContext" in options ? options.incomingRequestContext.queryHash : undefined;
    if (operationId !== undefined) {
      headers.set(OPERATION_ID_HEADER, operationId);
    }
  }
}
