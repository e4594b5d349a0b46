import { createHash } from "crypto";
import { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { DocumentNode, GraphQLError, parse } from "graphql";
import { OPERATION_ID_HEADER } from "../shared/audit/operation-id";
import { ErrorCode, serviceUnavailable } from "../shared/errors";
import type { GatewayContext } from "./auth";
import { keepAlivePost, SubgraphAnswer } from "./subgraph-fetcher";
import { unavailablePath } from "./unavailable-path";

/** One pool of kept-alive connections for every subgraph of the process. */
const SUBGRAPH_POST = keepAlivePost();

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource<GatewayContext>["process"]>>;

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
 *
 * Issue #13: a data source of its own rather than @apollo/gateway's RemoteGraphQLDataSource, which
 * builds node-fetch Headers and a Request per fetch (the Request only for its error hook) and reads
 * cache-control hints this gateway never uses (answers are no-store). What it answers is the same:
 * the subgraph's JSON body; a non-2xx status is a GraphQLError `<status>: <text>` with the response
 * in its extensions (UNAUTHENTICATED for 401, FORBIDDEN for 403); an unreachable subgraph is
 * SERVICE_UNAVAILABLE naming the service, and where its fields are null in the response.
 */
export class ForwardingDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly replicas: readonly string[];
  private nextReplica = 0;
  /** False once the subgraph said it takes no persisted queries: every fetch then carries its text. */
  private persistedQueries = true;

  /**
   * `url` may list several replicas of one subgraph, comma-separated (issue #13: one machine
   * running two processes of its busiest subgraph); fetches take them in turn. Behind a
   * Kubernetes Service the URL is one and the Service spreads the connections.
   */
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    this.replicas = replicaUrls(url);
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const { request } = options;
    if (request.query === undefined || request.query === "") {
      throw new Error("Missing query");
    }
    const url = this.replicas[this.nextReplica];
    this.nextReplica = (this.nextReplica + 1) % this.replicas.length;
    const headers = { ...headersOf(request.http?.headers), "content-type": "application/json", ...this.forwardedHeaders(options) };
    const send = async (body: string): Promise<{ answer: SubgraphAnswer; body: unknown }> => {
      let answer: SubgraphAnswer;
      try {
        answer = await SUBGRAPH_POST(url, headers, body);
      } catch {
        // A subgraph that cannot be reached is named to the client, never its address or the socket error.
        const path = "pathInIncomingRequest" in options ? unavailablePath(options.pathInIncomingRequest, options.document ?? parseFetch(request.query)) : undefined;
        throw serviceUnavailable(this.serviceName, path);
      }
      return { answer, body: isJson(answer.contentType) ? JSON.parse(answer.text) : answer.text };
    };
    const persisted = this.persistedQueries && request.extensions === undefined;
    let sent = await send(persisted ? persistedBody(request.query, request.variables, request.operationName) : requestBody(request.query, request.variables, request.operationName, request.extensions));
    if (persisted) {
      const refusal = persistedQueryRefusal(sent.answer, sent.body);
      if (refusal === "not supported") {
        this.persistedQueries = false;
      }
      if (refusal !== undefined) {
        // The subgraph does not know the text yet (first use, a restart, an eviction): sent whole
        // once, with its hash, so the next fetch of it can be the hash alone.
        sent = await send(requestBody(request.query, request.variables, request.operationName, refusal === "not found" ? persistedExtension(request.query) : undefined));
      }
    }
    const { answer, body } = sent;
    if (answer.status < 200 || answer.status > 299) {
      throw statusError(answer, url, body);
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    }
    return body as SubgraphResponse;
  }

  /** The caller's token, declared purpose and operation id, for the subgraph's own checks and records of use. */
  private forwardedHeaders(options: GraphQLDataSourceProcessOptions<GatewayContext>): Record<string, string> {
    if (!("context" in options)) {
      return {};
    }
    const forwarded: Record<string, string> = {};
    const context = options.context;
    if (context.authorization !== undefined) {
      forwarded.authorization = context.authorization;
    }
    if (context.purpose !== undefined) {
      forwarded["x-purpose"] = encodeURIComponent(context.purpose);
    }
    // Issue #11: the operation's id for the subgraphs' records of use — the sha256 of the document
    // this gateway ran, which for a frontend's operation is its trusted document's id.
    const operationId = "incomingRequestContext" in options ? options.incomingRequestContext.queryHash : undefined;
    if (operationId !== undefined) {
      forwarded[OPERATION_ID_HEADER] = operationId;
    }
    return forwarded;
  }
}

/** A plan's fetch text as the bodies carry it: its JSON string, and its sha256 for a persisted query. */
interface KeptQuery {
  readonly quoted: string;
  readonly sha256Hash: string;
}

/** The plans' fetch texts, by text: a plan's fetches are the same few texts on every request. */
const keptQueries = new Map<string, KeptQuery>();
/** Bounds the map: a gateway serves trusted documents, a few hundred fetch texts at most. */
const MAX_KEPT_QUERIES = 2_000;

function keptQuery(query: string): KeptQuery {
  let kept = keptQueries.get(query);
  if (kept === undefined) {
    kept = { quoted: JSON.stringify(query), sha256Hash: createHash("sha256").update(query).digest("hex") };
    if (keptQueries.size < MAX_KEPT_QUERIES) {
      keptQueries.set(query, kept);
    }
  }
  return kept;
}

/** The `persistedQuery` extension (Apollo's automatic persisted queries, version 1) for a fetch text. */
export function persistedExtension(query: string): { persistedQuery: { version: 1; sha256Hash: string } } {
  return { persistedQuery: { version: 1, sha256Hash: keptQuery(query).sha256Hash } };
}

/**
 * The fetch's JSON body, as `JSON.stringify({ query, variables, operationName, extensions })` writes
 * it (undefined members left out). Issue #13: the query text is a plan's subgraph operation, one to
 * two kilobytes escaped anew on every fetch (~6 % of the gateway's CPU for one person's view); its
 * JSON is kept, and only the variables (the entities' representations) are written per request.
 */
export function requestBody(query: string | undefined, variables: unknown, operationName: string | undefined, extensions: unknown): string {
  const members: string[] = [];
  if (query !== undefined) {
    members.push(`"query":${keptQuery(query).quoted}`);
  }
  if (variables !== undefined) {
    members.push(`"variables":${JSON.stringify(variables)}`);
  }
  if (operationName !== undefined) {
    members.push(`"operationName":${JSON.stringify(operationName)}`);
  }
  if (extensions !== undefined) {
    members.push(`"extensions":${JSON.stringify(extensions)}`);
  }
  return `{${members.join(",")}}`;
}

/**
 * Issue #13: a fetch as its hash alone (Apollo Server's automatic persisted queries, on in every
 * subgraph): the subgraph neither reads nor hashes a kilobyte or two of query text per fetch (its
 * sha256 was ~4 % of a small subgraph's CPU), and the gateway writes that much less.
 */
export function persistedBody(query: string, variables: unknown, operationName: string | undefined): string {
  return requestBody(undefined, variables, operationName, persistedExtension(query));
}

/** Whether a subgraph refused a hash-only fetch, and why: it has not seen the text, or takes no persisted queries. */
function persistedQueryRefusal(answer: SubgraphAnswer, body: unknown): "not found" | "not supported" | undefined {
  if (answer.status < 200 || answer.status > 299 || typeof body !== "object" || body === null || !("errors" in body) || !Array.isArray(body.errors)) {
    return undefined;
  }
  const codes = (body.errors as unknown[]).map((error) => (typeof error === "object" && error !== null && "extensions" in error ? (error.extensions as { code?: unknown } | undefined)?.code : undefined));
  if (codes.includes("PERSISTED_QUERY_NOT_FOUND")) {
    return "not found";
  }
  return codes.includes("PERSISTED_QUERY_NOT_SUPPORTED") ? "not supported" : undefined;
}

/** Headers the plan's fetch set (a trace request), as a plain object. */
function headersOf(headers: Iterable<[string, string]> | undefined): Record<string, string> {
  return headers === undefined ? {} : Object.fromEntries(headers);
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && (contentType.startsWith("application/json") || contentType.startsWith("application/graphql-response+json"));
}

/** A non-2xx answer as @apollo/gateway reports it (RemoteGraphQLDataSource.errorFromResponse). */
function statusError(answer: SubgraphAnswer, url: string, body: unknown): GraphQLError {
  const code = answer.status === 401 ? ErrorCode.UNAUTHENTICATED : answer.status === 403 ? ErrorCode.FORBIDDEN : undefined;
  return new GraphQLError(`${answer.status}: ${answer.statusText}`, {
    extensions: { response: { url, status: answer.status, statusText: answer.statusText, body }, ...(code === undefined ? {} : { code }) },
  });
}
