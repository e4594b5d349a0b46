import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Logger } from "../logger";

/**
 * One log line per operation: its name, how long it took and the error codes it returned. Never
 * the query text, the variables or the result: they carry personal data.
 */
export function operationLogPlugin<Context extends BaseContext>(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext) {
          const body = requestContext.response.body;
          const errors = body.kind === "single" ? (body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? "UNKNOWN"));
          log.info(
            {
              operation: requestContext.operationName ?? null,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              errorCodes: codes.length > 0 ? codes : undefined,
            },
            "operation",
          );
        },
        async didEncounterErrors(requestContext) {
          for (const error of requestContext.errors) {
            if (error.extensions?.code === undefined) {
              // An unexpected failure: its class, where it surfaced and the code frames — never its
              // message, which may quote SQL or data.
              const frames = (error.originalError?.stack ?? "").split("\n").slice(1, 8).map((frame) => frame.trim());
              log.error({ errorKind: error.originalError?.name ?? error.name, path: error.path, frames }, "resolver failed");
            }
          }
        },
      };
    },
  };
}
