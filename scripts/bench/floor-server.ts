import { createServer, IncomingMessage, ServerResponse } from "http";
import { Pool } from "pg";
import { isRole } from "../../shared/auth/roles";
import { envPort, envString } from "../../shared/config";
import { floorStatements, FloorStatement } from "./floor-sql";

/**
 * The FLOOR of the benchmark, run as its own process: a plain node:http handler (no GraphQL, no
 * framework, no token check) that answers the unified view with ONE SQL statement whose result is
 * already the response text. It serves one caller, named by FLOOR_ROLE and FLOOR_ORG (the bench's
 * token), whose row scope the SQL applies. Whatever the gateway spends above this is the price of
 * the platform.
 *
 *   POST /person   {"id": "<uuid>"}   → {"data":{"person":{…}}}
 *   POST /persons  {"first": 50}      → {"data":{"persons":{…}}} (new immigrants of FLOOR_ORG's district, by ID)
 *   GET  /health                      → 200 when the database answers
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 10_000;

const role = envString("FLOOR_ROLE", "DISTRICT_CASE_OFFICER");
if (!isRole(role)) {
  throw new Error(`FLOOR_ROLE ${role} is not a role`);
}
const org = envString("FLOOR_ORG", "63000050");
const statements = floorStatements({ subject: "floor", role, org, villages: [] }, org);

// As many connections as one subgraph's pool (postgresEngine's default), so neither side queues less.
// jit=off for this session: the one large statement's cost estimate passes jit_above_cost, and
// PostgreSQL would compile it on every execution (~70 ms for the page), which is no part of answering.
const pool = new Pool({ connectionString: envString("BENCH_DATABASE_URL", ""), max: 10, application_name: "bench-floor", options: "-c jit=off" });

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("body too large"));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  response.end(body);
}

function parseObject(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error("body must be a JSON object");
  }
  return parsed as Record<string, unknown>;
}

/** Named statements: PostgreSQL plans each once per connection, the least a floor can spend. */
async function answer(name: string, statement: FloorStatement, value: unknown): Promise<string> {
  const result = await pool.query<{ body: string }>({ name, text: statement.text, values: [value, ...statement.scopeValues] });
  return result.rows[0].body;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = (request.url ?? "/").split("?")[0];
  if (path === "/health" && request.method === "GET") {
    await pool.query("SELECT 1");
    send(response, 200, `{"status":"ok"}`);
    return;
  }
  if (request.method !== "POST" || (path !== "/person" && path !== "/persons")) {
    send(response, 404, `{"error":"not found"}`);
    return;
  }
  let input: Record<string, unknown>;
  try {
    input = parseObject(await readBody(request));
  } catch {
    send(response, 400, `{"error":"bad request body"}`);
    return;
  }
  if (path === "/person") {
    if (typeof input.id !== "string" || !UUID.test(input.id)) {
      send(response, 400, `{"error":"id must be a UUID"}`);
      return;
    }
    send(response, 200, await answer("floor-person", statements.person, input.id));
    return;
  }
  const first = input.first;
  if (typeof first !== "number" || !Number.isInteger(first) || first < 1 || first > 200) {
    send(response, 400, `{"error":"first must be 1 to 200"}`);
    return;
  }
  send(response, 200, await answer("floor-persons", statements.persons, first));
}

const server = createServer((request, response) => {
  handle(request, response).catch(() => {
    if (!response.headersSent) {
      send(response, 500, `{"error":"internal"}`);
    } else {
      response.end();
    }
  });
});
server.keepAliveTimeout = 65_000;

const port = envPort("FLOOR_PORT", 4199);
server.listen(port, "127.0.0.1", () => {
  console.log(`floor listening on :${port}`);
});

let stopping = false;
function stop(): void {
  if (stopping) {
    return;
  }
  stopping = true;
  server.closeAllConnections();
  server.close(() => {
    void pool.end().finally(() => process.exit(0));
  });
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
