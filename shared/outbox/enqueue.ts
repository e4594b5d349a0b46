import { randomUUID } from "crypto";
import type { EntityManager } from "typeorm";
import type { Principal } from "../auth/principal";
import { now as platformNow } from "../clock";
import { outboxTableOf, schemaOf, StoredActor } from "./table";

/** A hand-off the sender's change causes (D3): which receiver's intake, with what, for whom. */
export interface HandOffMessage {
  /** What kind of hand-off, for the operator view, e.g. "consent-handover". */
  readonly kind: string;
  /** The receiver's operation name in the sender's documents (dispatcher.ts), e.g. "ReceiveConsentHandover". */
  readonly operation: string;
  /**
   * The operation's variables, given the client key the receiver stores the intake under (the
   * outbox row's id): so a retry is always the same key.
   */
  readonly variables: (clientKey: string) => Readonly<Record<string, unknown>>;
  /** The user whose change this is; the service token carries them as its subject. */
  readonly actor: Principal;
}

export interface EnqueueOptions {
  /** The sender's clock; the platform's (shared/clock.ts, D9) when not given. */
  readonly now?: Date;
}

function requireTransaction(manager: EntityManager): void {
  if (manager.queryRunner === undefined || !manager.queryRunner.isTransactionActive) {
    throw new Error("enqueue must run inside the sender's transaction (D3): outside it a rollback would still deliver");
  }
}

function storedActorOf(actor: Principal): StoredActor {
  return { subject: actor.subject, role: actor.role, org: actor.org, villages: [...actor.villages] };
}

/**
 * Writes the hand-off in the sender's own transaction (`dataSource.transaction(manager => …)`), so
 * it exists exactly when the sender's change does: a rollback leaves nothing to deliver. Returns
 * the row's id, which is the receiver's client key.
 *
 * Only the user's claims are kept: a prior service in `actor.actingService` is not carried on,
 * since a service token names one actor (service-token.ts).
 */
export async function enqueue(manager: EntityManager, message: HandOffMessage, options: EnqueueOptions = {}): Promise<string> {
  requireTransaction(manager);
  const id = randomUUID();
  const now = (options.now ?? platformNow()).toISOString();
  const stored = storedActorOf(message.actor);
  await manager.query(
    `INSERT INTO ${outboxTableOf(schemaOf(manager))} ("id", "kind", "target", "payload", "actor", "created_at", "attempts", "next_attempt_at")
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6::timestamptz, 0, $6::timestamptz)`,
    [id, message.kind, message.operation, JSON.stringify(message.variables(id)), JSON.stringify(stored), now],
  );
  return id;
}

/**
 * enqueue for several hand-offs at once, in one statement whatever their number (a feed's page,
 * issue #12: the NHIA's children noticed to social); the ids in the messages' order.
 */
export async function enqueueMany(manager: EntityManager, messages: readonly HandOffMessage[], options: EnqueueOptions = {}): Promise<string[]> {
  requireTransaction(manager);
  const rows = messages.map((message) => {
    const id = randomUUID();
    return { id, kind: message.kind, target: message.operation, payload: message.variables(id), actor: storedActorOf(message.actor) };
  });
  if (rows.length > 0) {
    await manager.query(
      `INSERT INTO ${outboxTableOf(schemaOf(manager))} ("id", "kind", "target", "payload", "actor", "created_at", "attempts", "next_attempt_at")
       SELECT "id", "kind", "target", "payload", "actor", $2::timestamptz, 0, $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS "message" ("id" uuid, "kind" text, "target" text, "payload" jsonb, "actor" jsonb)`,
      [JSON.stringify(rows), (options.now ?? platformNow()).toISOString()],
    );
  }
  return rows.map((row) => row.id);
}
