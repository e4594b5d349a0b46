import { ErrorCode } from "../errors";
import { ERROR_CODE } from "./table";

/** What one delivery attempt came to. */
export type DeliveryOutcome =
  | { readonly kind: "delivered"; readonly acknowledgedId: string }
  | { readonly kind: "retry"; readonly code: string }
  | { readonly kind: "park"; readonly code: string };

/**
 * Coded refusals: the receiver understood the hand-off and said no (bad input, not allowed, a key
 * reused for other content, a missing entity), or the document does not fit its schema. Sending
 * the same row again would get the same answer, so it is parked for an operator rather than
 * retried forever. Everything else — a network error, a timeout, a 5xx, SERVICE_UNAVAILABLE,
 * INTERNAL_SERVER_ERROR, UNAUTHENTICATED (a key rotation or clock skew; each attempt mints a fresh
 * token) — is retried with backoff until the receiver acknowledges.
 */
export const PARKED_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.NOT_FOUND,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Transport-level codes stored in `last_error_code` (never the error's message). */
export const TransportCode = {
  NETWORK_ERROR: "NETWORK_ERROR",
  TIMEOUT: "TIMEOUT",
  MALFORMED_RESPONSE: "MALFORMED_RESPONSE",
  /** The receiver answered without errors but without the id of what it stored. */
  NO_ACKNOWLEDGEMENT: "NO_ACKNOWLEDGEMENT",
  /** No document for the row's operation in this build of the sender: a deploy mismatch. */
  UNKNOWN_OPERATION: "UNKNOWN_OPERATION",
  /** The stored actor is not a principal any more (e.g. a role since removed). */
  INVALID_ACTOR: "INVALID_ACTOR",
  UNKNOWN_ERROR: "UNKNOWN_ERROR",
} as const;

/** A fetch that threw: the receiver may or may not have stored it, so retry (its client key absorbs a repeat). */
export function outcomeOfFailedRequest(error: unknown): DeliveryOutcome {
  const name = error instanceof Error ? error.name : "";
  return { kind: "retry", code: name === "TimeoutError" || name === "AbortError" ? TransportCode.TIMEOUT : TransportCode.NETWORK_ERROR };
}

/** Reads the receiver's answer: the acknowledged id, or the code to retry or park with. */
export function outcomeOfResponse(status: number, bodyText: string): DeliveryOutcome {
  const body = parseJson(bodyText);
  const errors = errorsOf(body);
  const codes = errors.flatMap(codeOf);
  if (status >= 500 || status === 408 || status === 429) {
    return { kind: "retry", code: codes[0] ?? `HTTP_${status}` };
  }
  if (errors.length > 0) {
    const refusal = codes.find((code) => PARKED_CODES.has(code));
    return refusal === undefined ? { kind: "retry", code: codes[0] ?? TransportCode.UNKNOWN_ERROR } : { kind: "park", code: refusal };
  }
  if (status !== 200) {
    return { kind: "park", code: `HTTP_${status}` };
  }
  if (body === undefined) {
    return { kind: "retry", code: TransportCode.MALFORMED_RESPONSE };
  }
  const acknowledgedId = acknowledgedIdOf(body);
  return acknowledgedId === undefined ? { kind: "park", code: TransportCode.NO_ACKNOWLEDGEMENT } : { kind: "delivered", acknowledgedId };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function errorsOf(body: unknown): unknown[] {
  return isRecord(body) && Array.isArray(body.errors) ? body.errors : [];
}

/** An error's code when it has a plain one: anything else is not stored (it could quote data). */
function codeOf(error: unknown): string[] {
  const code = isRecord(error) && isRecord(error.extensions) ? error.extensions.code : undefined;
  return typeof code === "string" && ERROR_CODE.test(code) ? [code] : [];
}

/** An intake mutation has one root field and answers the row it stored: its `id` is the acknowledgement. */
function acknowledgedIdOf(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.data)) {
    return undefined;
  }
  const roots = Object.values(body.data);
  if (roots.length !== 1 || !isRecord(roots[0])) {
    return undefined;
  }
  const id = roots[0].id;
  return typeof id === "string" && id !== "" ? id : undefined;
}
