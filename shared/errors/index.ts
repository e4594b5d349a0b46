import { GraphQLError, GraphQLFormattedError } from "graphql";

/**
 * The error codes a client can rely on (DEVELOPERS.md). Every error that reaches a client carries
 * one of these in `extensions.code`; anything else is reported as INTERNAL_SERVER_ERROR with no
 * detail, so a stack trace, SQL or a personal value never leaves the process.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT",
  /** A subgraph could not be reached: its fields are null, the other agencies' parts still answer. */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  /** Issue #14: the gateway is working on all the requests it can (HTTP 503, Retry-After); nothing ran. */
  SERVICE_OVERLOADED = "SERVICE_OVERLOADED",
  /** Issue #14: this caller's per-user limit (the persons search) is spent for now (HTTP 429, Retry-After); nothing ran. */
  RATE_LIMITED = "RATE_LIMITED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.SERVICE_OVERLOADED,
  ErrorCode.RATE_LIMITED,
  // Apollo's own codes for malformed operations: their messages name the query, not data.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  // Issue #11: the gateway runs only trusted documents (gateway/trusted-documents.ts) and this one is not.
  "OPERATION_NOT_TRUSTED",
]);

function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code }, path });
}

/** Input that cannot be accepted; `field` names the input field, never its value. */
export function badUserInput(message: string, field?: string): GraphQLError {
  return clientError(ErrorCode.BAD_USER_INPUT, message, field === undefined ? {} : { field });
}

export function unauthenticated(message = "A valid bearer token is required"): GraphQLError {
  return clientError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

export function forbidden(message = "Not allowed for this role"): GraphQLError {
  return clientError(ErrorCode.FORBIDDEN, message);
}

/** `what` is a type name (e.g. "Person"), never an identifier a person could be recognised by. */
export function notFound(what: string): GraphQLError {
  return clientError(ErrorCode.NOT_FOUND, `${what} not found`);
}

export function conflict(message: string): GraphQLError {
  return clientError(ErrorCode.CONFLICT, message);
}

/** `path`: where in the response the service's fields are null (issue #14: the client sees which part is missing). */
export function serviceUnavailable(serviceName: string, path?: readonly (string | number)[]): GraphQLError {
  return clientError(ErrorCode.SERVICE_UNAVAILABLE, `The ${serviceName} service is unavailable; its fields are null in this response`, { serviceName }, path);
}

/**
 * Issue #14: a subgraph whose database is away (restarting, failing over) says so with the code a
 * client retries on; the gateway adds the service's name. Nothing of the driver's error is kept.
 */
export function databaseUnavailable(path: GraphQLFormattedError["path"]): GraphQLFormattedError {
  return { message: "The agency's database is unavailable; try again shortly", path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
}

/** Extensions a client may see; anything else (a subgraph's response body, exception details) is dropped. */
const CLIENT_EXTENSIONS = ["code", "field", "serviceName"];

export function isClientErrorCode(code: unknown): boolean {
  return typeof code === "string" && CLIENT_CODES.has(code);
}

/**
 * Apollo's `formatError` for gateway and subgraphs: known client errors pass with their code and
 * path; everything else becomes a bare INTERNAL_SERVER_ERROR (the original is logged by the caller
 * without its message, which may quote SQL or data).
 */
export function formatClientError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isClientErrorCode(code)) {
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => CLIENT_EXTENSIONS.includes(key)));
    // Apollo prefixes errors thrown while building the context; the client needs only our message.
    const message = formatted.message.replace(/^Context creation failed: /, "");
    return { ...formatted, message, extensions };
  }
  return {
    message: "Internal server error",
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
