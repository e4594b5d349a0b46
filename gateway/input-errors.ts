import { GraphQLError, GraphQLFormattedError, GraphQLScalarType, GraphQLSchema, Kind } from "graphql";
import { GraphQLISODateTime } from "type-graphql";
import { ErrorCode, formatClientError } from "../shared/errors";
import { LocalDateScalar } from "../shared/graphql/scalars";

/**
 * Issue #7: a malformed scalar (2026-02-30, "yesterday", an ROC date) is the caller's mistake,
 * BAD_USER_INPUT at the gateway, never INTERNAL_SERVER_ERROR. The supergraph knows LocalDate only
 * by name, so the gateway would pass any string on and answer the subgraph's 400 as an internal
 * error: the gateway parses the platform's scalars itself, with the subgraphs' own code.
 */
/**
 * Issue #14: likewise a malformed date-time ("yesterday", 2026-02-30T10:00Z) reached the subgraph and
 * came back as INTERNAL_SERVER_ERROR. The subgraphs' own scalar (type-graphql's), its refusal
 * reworded: graphql-scalars' message quotes the value, and the value may be personal.
 */
const badDateTime = (): GraphQLError =>
  new GraphQLError("A date-time must be ISO 8601 with its offset, e.g. 2026-12-01T09:00:00+08:00", { extensions: { code: ErrorCode.BAD_USER_INPUT } });

/** Checks with the subgraphs' parser, then passes the value on as sent (the gateway forwards, it does not convert). */
const DateTimeIsoScalar = new GraphQLScalarType({
  name: GraphQLISODateTime.name,
  serialize: (value) => value,
  parseValue: (value) => {
    try {
      GraphQLISODateTime.parseValue(value);
    } catch {
      throw badDateTime();
    }
    return value;
  },
  parseLiteral: (ast, variables) => {
    try {
      GraphQLISODateTime.parseLiteral(ast, variables);
    } catch {
      throw badDateTime();
    }
    return ast.kind === Kind.STRING ? ast.value : undefined;
  },
});

const PLATFORM_SCALARS: readonly GraphQLScalarType[] = [LocalDateScalar, DateTimeIsoScalar];

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
