import { GraphQLError, GraphQLFormattedError, GraphQLScalarType, GraphQLSchema } from "graphql";
import { ErrorCode, formatClientError } from "../shared/errors";
import { LocalDateScalar } from "../shared/graphql/scalars";

/**
 * Issue #7: a malformed scalar (2026-02-30, "yesterday", an ROC date) is the caller's mistake,
 * BAD_USER_INPUT at the gateway, never INTERNAL_SERVER_ERROR. The supergraph knows LocalDate only
 * by name, so the gateway would pass any string on and answer the subgraph's 400 as an internal
 * error: the gateway parses the platform's scalars itself, with the subgraphs' own code.
 */
const PLATFORM_SCALARS: readonly GraphQLScalarType[] = [LocalDateScalar];

/** Gives the gateway's API schema the platform's scalar parsing (call from onSchemaLoadOrUpdate). */
export function installPlatformScalars(schema: GraphQLSchema): void {
  for (const scalar of PLATFORM_SCALARS) {
    const type = schema.getType(scalar.name);
    if (type instanceof GraphQLScalarType) {
      type.parseValue = scalar.parseValue;
      type.parseLiteral = scalar.parseLiteral;
      type.serialize = scalar.serialize;
    }
  }
}

/** graphql-js: `Variable "$input" got invalid value <value> at "input.visitedOn"; <reason>`. */
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;

/** The scalar's own refusal (it names the rule, not the value), when that is what failed. */
function scalarRefusal(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : null;
  return original instanceof GraphQLError && original.extensions.code === ErrorCode.BAD_USER_INPUT ? original : null;
}

/**
 * The gateway's formatError: input errors keep the variable and path but never echo the value
 * (it may be an ID number or a birth date); a literal a platform scalar refused is BAD_USER_INPUT,
 * like the same value sent as a variable. Everything else as formatClientError says.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const refusal = scalarRefusal(error);
  const variable = VARIABLE_ERROR.exec(formatted.message);
  if (formatted.extensions?.code === ErrorCode.BAD_USER_INPUT && variable !== null) {
    const where = variable[2] === undefined ? "" : ` at "${variable[2]}"`;
    const reason = refusal === null ? "the value does not fit the variable's type" : refusal.message;
    return formatClientError({ ...formatted, message: `Variable "$${variable[1]}"${where}: ${reason}` });
  }
  // A literal the scalar refused reaches Apollo as a validation error wrapping the scalar's own.
  if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && refusal !== null) {
    return formatClientError({ ...formatted, message: refusal.message, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  return formatClientError(formatted);
}
