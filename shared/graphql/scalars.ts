import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: unknown): string {
  if (typeof value !== "string") {
    throw new GraphQLError("A date must be a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
  }
  const match = ISO_DATE.exec(value);
  const date = match === null ? undefined : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (match === null || date === undefined || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError("A date must be a real calendar date YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
  }
  return value;
}

/**
 * A calendar date with no time zone (a form's date). Gregorian on the wire; frontends print the
 * ROC form (105/6/13) themselves.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "LocalDate",
  description: "A calendar date, YYYY-MM-DD (Gregorian; the ROC year is the Gregorian year minus 1911)",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError("A date must be a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    }
    return parseIsoDate(ast.value);
  },
});
