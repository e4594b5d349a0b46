import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { DataSource } from "typeorm";
import { isConnectionLost } from "../db/connection-errors";
import { databaseUnavailable, ErrorCode } from "../errors";
import type { Logger } from "../logger";
import type { AuditCollector } from "./collector";
import { queueAuditEntries } from "./queue";

export interface AuditPrincipal {
  readonly subject: string;
  readonly role: string;
  readonly org: string;
}

export interface AuditPluginOptions<Context extends BaseContext> {
  /** The subgraph's schema, which holds its audit_log. */
  readonly schema: string;
  readonly dataSource: DataSource;
  /** The request's collector (created with the context); undefined when the context has none. */
  readonly collectorOf: (context: Context) => AuditCollector | undefined;
  readonly principalOf: (context: Context) => AuditPrincipal | undefined;
  /** The declared purpose (`x-purpose`), if any. */
  readonly purposeOf: (context: Context) => string | undefined;
  /** Issue #11: the id of the operation the gateway ran (`x-operation-id`), if it said. */
  readonly operationIdOf?: (context: Context) => string | undefined;
  /** Failures are logged by error class and SQLSTATE only, never with a message or a value. */
  readonly log?: Logger;
}

/**
 * Writes a request's records of use just before its response leaves (PDPA enforcement rules
 * art. 12, D4, issue #4): one append per request that read personal fields, through the
 * agency's queue (queue.ts), which writes concurrent requests together. If the record cannot be written, the data does not leave either: the response
 * becomes a bare INTERNAL_SERVER_ERROR (no unrecorded reads).
 *
 * `willSendResponse` runs after execution, so every field the collector saw is in the record. With
 * graphql 16 there is no incremental delivery (@defer), so the whole result is in this response.
 */
export function auditPlugin<Context extends BaseContext>(options: AuditPluginOptions<Context>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const context = requestContext.contextValue;
          const collector = options.collectorOf(context);
          if (collector === undefined || collector.isEmpty()) {
            return;
          }
          try {
            const principal = options.principalOf(context);
            if (principal === undefined) {
              // Fields were read without a verified caller: nothing to record them against.
              throw new Error("Personal fields read without a principal");
            }
            const purpose = options.purposeOf(context)?.trim();
            await queueAuditEntries(
              options.dataSource,
              options.schema,
              {
                subject: principal.subject,
                role: principal.role,
                org: principal.org,
                operationName: requestContext.operationName ?? null,
                purpose: purpose === undefined || purpose === "" ? null : purpose,
                operationId: options.operationIdOf?.(context) ?? null,
                readAt: new Date(),
              },
              collector.entries(),
            );
          } catch (error) {
            options.log?.error({ errorKind: error instanceof Error ? error.name : typeof error, sqlState: sqlStateOf(error) }, "audit write failed; response withheld");
            requestContext.response.body = {
              kind: "single",
              // Issue #14: withheld either way; a database that is away is worth a retry, so it says so.
              singleResult: {
                data: null,
                errors: [isConnectionLost(error) ? databaseUnavailable(undefined) : { message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
              },
            };
          }
        },
      };
    },
  };
}

function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) {
    return undefined;
  }
  if ("code" in error && typeof error.code === "string") {
    return error.code;
  }
  if ("driverError" in error && typeof error.driverError === "object" && error.driverError !== null && "code" in error.driverError) {
    return String(error.driverError.code);
  }
  return undefined;
}
