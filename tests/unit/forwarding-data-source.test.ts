import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import { AddressInfo } from "net";
import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../../gateway/auth";
import { ForwardingDataSource, requestBody } from "../../gateway/forwarding-data-source";

/**
 * Issue #13: the gateway's own subgraph data source (no RemoteGraphQLDataSource underneath) must
 * answer what RemoteGraphQLDataSource answered — the body; a non-2xx as `<status>: <text>` with the
 * response in its extensions; an unreachable subgraph as SERVICE_UNAVAILABLE naming the service —
 * and forward the caller's token, purpose and operation id (D4, issue #11). The subgraph here is a
 * plain HTTP server that records what it was sent.
 */
interface Received {
  readonly headers: IncomingMessage["headers"];
  readonly body: Record<string, unknown>;
}

type Answer = (response: ServerResponse) => void;

async function subgraph(answer: Answer): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown> });
      answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received, server };
}

const json =
  (status: number, body: unknown): Answer =>
  (response) => {
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(body));
  };

function fetchOf(context: Partial<GatewayContext>): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    request: { query: "query Person__household__0 { person(id: \"p\") { id } }", variables: { a: 1 }, operationName: "Person__household__0" },
    context: context as GatewayContext,
    incomingRequestContext: { queryHash: "sha256-of-the-document" },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe("the gateway's subgraph request body", () => {
  // Issue #13: the fetch text's JSON is kept between requests; the body must stay what JSON.stringify writes.
  const query = 'query Q($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { name } } }\n# "引號" \\ \u2028 tab\t';
  it.each([
    ["variables and operation name", { representations: [{ __typename: "Person", id: "b7a8" }] }, "Q", undefined],
    ["no variables", undefined, "Q", undefined],
    ["no operation name, extensions", { first: 1 }, undefined, { persistedQuery: { version: 1 } }],
  ])("should write the body JSON.stringify writes (%s)", (_case, variables, operationName, extensions) => {
    for (let time = 0; time < 2; time += 1) {
      const body = requestBody(query, variables, operationName, extensions);
      expect(body).toBe(JSON.stringify({ query, variables, operationName, extensions }));
      expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify({ query, variables, operationName, extensions })));
    }
  });

  it("should write each request's own variables under a kept query", () => {
    expect(JSON.parse(requestBody(query, { id: "first" }, "Q", undefined)).variables).toEqual({ id: "first" });
    expect(JSON.parse(requestBody(query, { id: "second" }, "Q", undefined)).variables).toEqual({ id: "second" });
  });
});

describe("the gateway's subgraph data source", () => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it("should send the fetch as JSON with the caller's token, purpose and operation id, and answer the body", async () => {
    const target = await subgraph(json(200, { data: { person: { id: "p" } } }));
    servers.push(target.server);
    const answer = await new ForwardingDataSource("household", target.url).process(fetchOf({ authorization: "Bearer caller-token", purpose: "家訪 準備" }));
    expect(answer).toEqual({ data: { person: { id: "p" } } });
    expect(target.received).toHaveLength(1);
    const [{ headers, body }] = target.received;
    expect(body).toEqual({ query: "query Person__household__0 { person(id: \"p\") { id } }", variables: { a: 1 }, operationName: "Person__household__0" });
    expect([headers["content-type"], headers.authorization, headers["x-purpose"], headers["x-operation-id"]]).toEqual([
      "application/json",
      "Bearer caller-token",
      encodeURIComponent("家訪 準備"),
      "sha256-of-the-document",
    ]);
  });

  it("should take the replicas of a listed URL in turn", async () => {
    const first = await subgraph(json(200, { data: {} }));
    const second = await subgraph(json(200, { data: {} }));
    servers.push(first.server, second.server);
    const source = new ForwardingDataSource("district", `${first.url}, ${second.url}`);
    for (let fetch = 0; fetch < 4; fetch += 1) {
      await source.process(fetchOf({}));
    }
    expect([first.received.length, second.received.length]).toEqual([2, 2]);
  });

  it("should report a non-2xx answer as RemoteGraphQLDataSource did, coded for 401 and 403", async () => {
    for (const [status, statusText, code] of [
      [401, "Unauthorized", "UNAUTHENTICATED"],
      [403, "Forbidden", "FORBIDDEN"],
      [500, "Internal Server Error", undefined],
    ] as const) {
      const target = await subgraph(json(status, { errors: [{ message: "refused" }] }));
      servers.push(target.server);
      const failure = await new ForwardingDataSource("social", target.url).process(fetchOf({})).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GraphQLError);
      const error = failure as GraphQLError;
      expect([error.message, error.extensions.code, error.extensions.response]).toEqual([
        `${status}: ${statusText}`,
        code,
        { url: target.url, status, statusText, body: { errors: [{ message: "refused" }] } },
      ]);
    }
  });

  it("should name the service, and nothing of its address, when the subgraph cannot be reached", async () => {
    const target = await subgraph(json(200, {}));
    await new Promise((resolve) => target.server.close(resolve));
    const failure = await new ForwardingDataSource("health", target.url).process(fetchOf({})).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphQLError);
    const error = failure as GraphQLError;
    expect(error.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.message).toContain("health");
    expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toContain("127.0.0.1");
  });
});
