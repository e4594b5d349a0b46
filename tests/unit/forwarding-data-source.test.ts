import { createHash } from "crypto";
import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import { AddressInfo } from "net";
import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../../gateway/auth";
import { ForwardingDataSource, persistedBody, requestBody } from "../../gateway/forwarding-data-source";

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

type Answer = (response: ServerResponse, body: Record<string, unknown>) => void;

async function subgraph(answer: Answer): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      received.push({ headers: request.headers, body });
      answer(response, body);
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

const FETCH_TEXT = 'query Person__household__0 { person(id: "p") { id } }';

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function fetchOf(context: Partial<GatewayContext>): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    request: { query: FETCH_TEXT, variables: { a: 1 }, operationName: "Person__household__0" },
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

  it("should write a persisted query's body as JSON.stringify writes it: the hash, no text", () => {
    const body = persistedBody(query, { id: "b7a8" }, "Q");
    expect(body).toBe(JSON.stringify({ variables: { id: "b7a8" }, operationName: "Q", extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }));
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
    expect(body).toEqual({ variables: { a: 1 }, operationName: "Person__household__0", extensions: { persistedQuery: { version: 1, sha256Hash: sha256(FETCH_TEXT) } } });
    expect([headers["content-type"], headers.authorization, headers["x-purpose"], headers["x-operation-id"]]).toEqual([
      "application/json",
      "Bearer caller-token",
      encodeURIComponent("家訪 準備"),
      "sha256-of-the-document",
    ]);
  });

  /** Answers as Apollo Server's automatic persisted queries do: a hash it has not seen is PERSISTED_QUERY_NOT_FOUND (HTTP 200). */
  function persisting(): Answer {
    const known = new Set<string>();
    return (response, body) => {
      const hash = (body.extensions as { persistedQuery?: { sha256Hash: string } } | undefined)?.persistedQuery?.sha256Hash;
      if (hash !== undefined && typeof body.query === "string") {
        known.add(hash);
      } else if (hash !== undefined && !known.has(hash)) {
        json(200, { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] })(response, body);
        return;
      }
      json(200, { data: { person: { id: "p" } } })(response, body);
    };
  }

  it("should send a fetch's text once, with its hash, when the subgraph has not seen it, and the hash alone after", async () => {
    const target = await subgraph(persisting());
    servers.push(target.server);
    const source = new ForwardingDataSource("household", target.url);

    const first = await source.process(fetchOf({ authorization: "Bearer caller-token" }));
    const second = await source.process(fetchOf({ authorization: "Bearer caller-token" }));

    expect([first, second]).toEqual([{ data: { person: { id: "p" } } }, { data: { person: { id: "p" } } }]);
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(FETCH_TEXT) } };
    expect(target.received.map((request) => request.body)).toEqual([
      { variables: { a: 1 }, operationName: "Person__household__0", extensions },
      { query: FETCH_TEXT, variables: { a: 1 }, operationName: "Person__household__0", extensions },
      { variables: { a: 1 }, operationName: "Person__household__0", extensions },
    ]);
    expect(target.received.map((request) => request.headers.authorization)).toEqual(["Bearer caller-token", "Bearer caller-token", "Bearer caller-token"]);
  });

  it("should send every fetch whole once a subgraph says it takes no persisted queries", async () => {
    let answered = 0;
    const target = await subgraph((response, body) => {
      answered += 1;
      const refusal = { errors: [{ message: "PersistedQueryNotSupported", extensions: { code: "PERSISTED_QUERY_NOT_SUPPORTED" } }] };
      json(200, answered === 1 ? refusal : { data: { person: { id: "p" } } })(response, body);
    });
    servers.push(target.server);
    const source = new ForwardingDataSource("social", target.url);

    expect(await source.process(fetchOf({}))).toEqual({ data: { person: { id: "p" } } });
    expect(await source.process(fetchOf({}))).toEqual({ data: { person: { id: "p" } } });
    expect(target.received.map((request) => Object.keys(request.body).sort())).toEqual([
      ["extensions", "operationName", "variables"],
      ["operationName", "query", "variables"],
      ["operationName", "query", "variables"],
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
