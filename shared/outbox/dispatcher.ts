import type { DataSource } from "typeorm";
import type { ServiceKeysConfig } from "../auth/config";
import type { Principal } from "../auth/principal";
import { isRole } from "../auth/roles";
import { DEFAULT_SERVICE_TOKEN_TTL_SECONDS, signServiceToken } from "../auth/service-token";
import { now as platformNow } from "../clock";
import type { Logger } from "../logger";
import { BackoffPolicy, backoffDelayMs, DEFAULT_BACKOFF } from "./backoff";
import { DeliveryOutcome, outcomeOfFailedRequest, outcomeOfResponse, TransportCode } from "./outcome";
import { claimNext, markDelivered, park, scheduleRetry } from "./store";
import type { ClaimedOutboxRow } from "./table";

export interface OutboxDispatcherOptions {
  /** The sending subgraph's DataSource; its schema holds the outbox. */
  readonly dataSource: DataSource;
  /** The sending service, whose key signs the service tokens, e.g. "household". */
  readonly service: string;
  readonly serviceKeys: ServiceKeysConfig;
  /** The gateway's GraphQL URL: hand-offs go through it like any call (D3). */
  readonly gatewayUrl: string;
  /** The token audience: the platform's (AuthConfig.audience), since gateway and receiver both verify it. */
  readonly audience: string;
  /** Operation name (the row's target) → its GraphQL document, from the sender's own code. */
  readonly documents: Readonly<Record<string, string>>;
  /**
   * The clock rows fall due, are leased and retried by, and their ends are stamped with (D9):
   * by default `outboxNow`, the platform's clock (shared/clock.ts) never behind the system's.
   */
  readonly now?: () => Date;
  /**
   * The clock service tokens are signed on: the system's by default, because the gateway and the
   * receivers verify a token's iat/exp on their own system clocks, whatever a fake "today" says.
   */
  readonly signingNow?: () => Date;
  readonly fetch?: typeof fetch;
  readonly backoff?: BackoffPolicy;
  /** How long a claimed row is this dispatcher's; must outlast the request timeout. */
  readonly leaseMs?: number;
  readonly requestTimeoutMs?: number;
  /** Rows one `runOnce` delivers at most, so one pass never runs unbounded. */
  readonly maxPerRun?: number;
  readonly log?: Logger;
}

export interface DispatchReport {
  readonly delivered: number;
  readonly retried: number;
  readonly parked: number;
}

export interface OutboxDispatcher {
  /** Delivers the rows due now, one claim at a time; resolves when none is due (or maxPerRun). */
  runOnce(): Promise<DispatchReport>;
  /** Runs `runOnce` now and then every `intervalMs` until `stop`. */
  start(intervalMs: number): void;
  /** Stops the loop and waits for a pass in progress. */
  stop(): Promise<void>;
}

const DEFAULT_LEASE_MS = 60_000;

/**
 * The outbox's "now" (D9: time is data): the platform's clock, so a hand-off written at a fake
 * today a year ahead is delivered at that today, not a year later by the system's clock. It is never
 * behind the system's clock: a row due by real time stays due when a test sets "today" into the
 * past, and a lease (which guards against a dispatcher that died) or a retry's backoff still runs
 * out in real time then. In production both clocks are one.
 */
export function outboxNow(): Date {
  const platform = platformNow();
  const system = new Date();
  return platform.getTime() > system.getTime() ? platform : system;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_PER_RUN = 100;

/**
 * Delivers an agency's hand-offs (D3, issue #8): each due row is claimed, posted to the gateway as
 * its GraphQL mutation with a freshly minted service token (the sending service as `act`, the user
 * who caused it as `sub`), and then
 * - marked delivered with the receiver's id for it, or
 * - scheduled for a retry with capped exponential backoff after a network error, a timeout, a 5xx
 *   or a non-refusal code such as SERVICE_UNAVAILABLE, or
 * - parked as failed with the receiver's code after a coded refusal (BAD_USER_INPUT, FORBIDDEN,
 *   CONFLICT, NOT_FOUND, a document the receiver's schema rejects): the same request would be
 *   refused again, so an operator looks at it (outboxStatus, requeueParked) instead.
 *
 * Safe on replicas: a claim is `FOR UPDATE SKIP LOCKED` plus a lease, so two dispatchers never post
 * one row at the same time. A dispatcher that dies after the receiver stored the hand-off but
 * before it marked the row leaves it to be posted again when the lease ends; the receiver's
 * idempotent intake answers that repeat with the row it already stored (shared/db/idempotent-intake.ts).
 * Only codes are stored and logged, never the payload, the answer's message or the token.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const now = options.now ?? outboxNow;
  const signingNow = options.signingNow ?? ((): Date => new Date());
  const post = options.fetch ?? fetch;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const maxPerRun = options.maxPerRun ?? DEFAULT_MAX_PER_RUN;
  const tokenTtlSeconds = Math.max(DEFAULT_SERVICE_TOKEN_TTL_SECONDS, Math.ceil(requestTimeoutMs / 1000));
  if (requestTimeoutMs >= leaseMs) {
    // Otherwise a slow request outlives its claim and another replica posts the row meanwhile.
    throw new Error("The outbox lease must be longer than the request timeout");
  }

  async function attempt(row: ClaimedOutboxRow): Promise<DeliveryOutcome> {
    const document = options.documents[row.target];
    if (document === undefined) {
      return { kind: "park", code: TransportCode.UNKNOWN_OPERATION };
    }
    const actor = principalOf(row.actor);
    if (actor === undefined) {
      return { kind: "park", code: TransportCode.INVALID_ACTOR };
    }
    const token = await signServiceToken(options.serviceKeys, {
      service: options.service,
      actor,
      audience: options.audience,
      ttl: tokenTtlSeconds,
      now: signingNow(),
    });
    let response: Response;
    let text: string;
    try {
      response = await post(options.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": `hand-off ${row.kind}` },
        body: JSON.stringify({ query: document, operationName: row.target, variables: row.payload }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return outcomeOfFailedRequest(error);
    }
    return outcomeOfResponse(response.status, text);
  }

  async function settle(row: ClaimedOutboxRow, outcome: DeliveryOutcome): Promise<void> {
    const at = now();
    const fields = { outboxId: row.id, kind: row.kind, attempts: row.attempts };
    let applied: boolean;
    if (outcome.kind === "delivered") {
      applied = await markDelivered(options.dataSource, row, at, outcome.acknowledgedId);
    } else if (outcome.kind === "retry") {
      applied = await scheduleRetry(options.dataSource, row, new Date(at.getTime() + backoffDelayMs(backoff, row.attempts)), outcome.code);
      options.log?.warn({ ...fields, code: outcome.code }, "hand-off not delivered; retrying later");
    } else {
      applied = await park(options.dataSource, row, at, outcome.code);
      options.log?.error({ ...fields, code: outcome.code }, "hand-off refused by the receiver; parked for an operator");
    }
    if (!applied) {
      // The lease ran out and another dispatcher claimed the row: its result stands.
      options.log?.warn(fields, "hand-off claim expired before its result was stored");
    }
  }

  async function runOnce(): Promise<DispatchReport> {
    const report = { delivered: 0, retried: 0, parked: 0 };
    for (let count = 0; count < maxPerRun; count += 1) {
      const row = await claimNext(options.dataSource, now(), leaseMs);
      if (row === undefined) {
        break;
      }
      const outcome = await attempt(row);
      await settle(row, outcome);
      if (outcome.kind === "delivered") {
        report.delivered += 1;
      } else if (outcome.kind === "retry") {
        report.retried += 1;
      } else {
        report.parked += 1;
      }
    }
    return report;
  }

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> | undefined;

  function tick(intervalMs: number): void {
    pass = runOnce()
      .then(
        () => undefined,
        (error: unknown) => {
          // A database outage: the rows stay where they are; only the error's class is logged.
          options.log?.error({ error: error instanceof Error ? error.name : "unknown" }, "outbox pass failed");
        },
      )
      .finally(() => {
        pass = undefined;
        if (running) {
          timer = setTimeout(() => tick(intervalMs), intervalMs);
          timer.unref();
        }
      });
  }

  return {
    runOnce,
    start(intervalMs: number): void {
      if (running) {
        return;
      }
      running = true;
      tick(intervalMs);
    },
    async stop(): Promise<void> {
      running = false;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      await pass;
    },
  };
}

/** The stored actor as a principal, or undefined when it no longer is one. */
function principalOf(stored: unknown): Principal | undefined {
  if (typeof stored !== "object" || stored === null) {
    return undefined;
  }
  const { subject, role, org, villages } = stored as Record<string, unknown>;
  if (typeof subject !== "string" || subject === "" || !isRole(role) || typeof org !== "string" || org === "") {
    return undefined;
  }
  if (!Array.isArray(villages) || !villages.every((village): village is string => typeof village === "string")) {
    return undefined;
  }
  return { subject, role, org, villages };
}
