import { randomUUID } from "crypto";
import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import { AddressInfo } from "net";
import { GraphQLError } from "graphql";
import { MigrationInterface, QueryRunner } from "typeorm";
import { AuthConfig } from "../../shared/auth/config";
import { Principal } from "../../shared/auth/principal";
import { requireActingService } from "../../shared/auth/service-token";
import { TokenVerifier } from "../../shared/auth/token";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { DatabaseEngine } from "../../shared/db/engine";
import { outboxDropQueries, outboxMigrationQueries } from "../../shared/outbox/migration";

/** A clock the test moves by hand: no test waits for real time to pass. */
export class FakeClock {
  private current: number;

  constructor(start: string) {
    this.current = Date.parse(start);
  }

  readonly now = (): Date => new Date(this.current);

  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * A sender's schema as a subgraph would migrate it: its own change table (`note`) and the outbox,
 * so a test can write both in one transaction.
 */
export function senderMigration(schema: string): new () => MigrationInterface {
  return class OutboxTest1764600000001 implements MigrationInterface {
    name = "OutboxTest1764600000001";

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`CREATE TABLE "${schema}"."note" ("id" uuid PRIMARY KEY, "text" text NOT NULL)`);
      for (const sql of outboxMigrationQueries(schema)) {
        await queryRunner.query(sql);
      }
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      for (const sql of outboxDropQueries(schema)) {
        await queryRunner.query(sql);
      }
      await queryRunner.query(`DROP TABLE "${schema}"."note"`);
    }
  };
}

export function openSenderDatabase(engine: DatabaseEngine, schema: string): Promise<SubgraphDatabase> {
  return openSubgraphDatabase(engine, { schema, entities: [], migrations: [senderMigration(schema)] });
}

/** The receiver's operation the tests hand off to, and its document as the sender ships it. */
export const RECEIVE_OPERATION = "ReceiveTestHandOff";
export const RECEIVE_DOCUMENT = `mutation ReceiveTestHandOff($input: TestHandOffInput!) { receiveTestHandOff(input: $input) { id } }`;

/** One intake the receiver stored, under the sender's client key. */
export interface StoredIntake {
  readonly id: string;
  readonly principal: Principal;
  readonly input: Record<string, unknown>;
}

export interface ReceiverOptions {
  readonly auth: AuthConfig;
  readonly clock: FakeClock;
  /** The only service whose hand-offs this intake takes (D3). */
  readonly sender: string;
}

/**
 * A receiving agency's intake over plain HTTP: verifies the bearer token with the platform's
 * verifier, accepts only hand-offs through `sender`, and stores each intake once per client key
 * (a repeat answers the stored id, as shared/db/idempotent-intake.ts does).
 */
export class TestReceiver {
  readonly intakes = new Map<string, StoredIntake>();
  /** Requests per client key, including refused and repeated ones. */
  readonly posts = new Map<string, number>();
  /** The most requests for one client key that were being handled at the same moment. */
  maxConcurrentPerKey = 0;
  /** Answers to give before behaving normally: an HTTP status, or a GraphQL error code. */
  readonly scripted: ({ status: number } | { code: string })[] = [];
  /** Called once a request's intake is stored, before the answer is written. */
  onStored: ((clientKey: string) => void) | undefined;
  private readonly verifier: TokenVerifier;
  private readonly inFlight = new Map<string, number>();
  private server: Server | undefined;
  private boundPort = 0;

  constructor(private readonly options: ReceiverOptions) {
    this.verifier = new TokenVerifier(options.auth, { now: options.clock.now });
  }

  get url(): string {
    return `http://127.0.0.1:${this.boundPort}/graphql`;
  }

  /** Listens on a free port, or on the one it had before a `stop` (a receiver coming back up). */
  async start(): Promise<void> {
    const server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(this.boundPort, "127.0.0.1", resolve));
    this.boundPort = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) {
      chunks.push(chunk as Buffer);
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { operationName?: string; variables?: { input?: Record<string, unknown> } };
    const input = body.variables?.input ?? {};
    const clientKey = String(input.clientKey);
    this.posts.set(clientKey, (this.posts.get(clientKey) ?? 0) + 1);
    this.inFlight.set(clientKey, (this.inFlight.get(clientKey) ?? 0) + 1);
    this.maxConcurrentPerKey = Math.max(this.maxConcurrentPerKey, this.inFlight.get(clientKey) ?? 0);
    try {
      const answer = await this.answer(request.headers.authorization, body.operationName, clientKey, input);
      response.writeHead(answer.status, { "content-type": "application/json" });
      response.end(JSON.stringify(answer.body));
    } finally {
      this.inFlight.set(clientKey, (this.inFlight.get(clientKey) ?? 1) - 1);
    }
  }

  private async answer(
    authorization: string | undefined,
    operationName: string | undefined,
    clientKey: string,
    input: Record<string, unknown>,
  ): Promise<{ status: number; body: unknown }> {
    const refusal = (code: string, status = 200) => ({ status, body: { data: null, errors: [{ message: "refused", extensions: { code } }] } });
    const scripted = this.scripted.shift();
    if (scripted !== undefined) {
      return "status" in scripted ? { status: scripted.status, body: { errors: [{ message: "Internal server error" }] } } : refusal(scripted.code);
    }
    let principal: Principal;
    try {
      principal = await this.verifier.verifyHeader(authorization);
      requireActingService(principal, this.options.sender);
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : "INTERNAL_SERVER_ERROR";
      return refusal(code, code === "UNAUTHENTICATED" ? 401 : 200);
    }
    if (operationName !== RECEIVE_OPERATION) {
      return refusal("GRAPHQL_VALIDATION_FAILED", 400);
    }
    const stored = this.intakes.get(clientKey) ?? { id: randomUUID(), principal, input };
    this.intakes.set(clientKey, stored);
    this.onStored?.(clientKey);
    return { status: 200, body: { data: { receiveTestHandOff: { id: stored.id } } } };
  }
}
