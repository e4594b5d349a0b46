import { ASTNode, GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 115-12-01, 115/12/1, 105.6.13: an ROC-calendar date as printed on the forms (A2). */
const ROC_DATE = /^\d{2,3}[-/.]\d{1,2}[-/.]\d{1,2}$/;

/** Errors name the rule, never the value (a birth date is personal data). */
function badDate(message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: "BAD_USER_INPUT" } });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a day of the Gregorian calendar (the 29th of February in leap years only). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  // Years 0000–0099 were never accepted (Date.UTC reads them as 1900–1999): still not.
  if (year < 100 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * Issue #13: every date of every answer passes here (serialize), so the well-formed case is
 * checked by arithmetic, without a Date built and printed back per value.
 */
function parseIsoDate(value: unknown): string {
  if (typeof value !== "string") {
    throw badDate("A date must be a string YYYY-MM-DD");
  }
  const match = ISO_DATE.exec(value);
  if (match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return value;
  }
  if (ROC_DATE.test(value.trim())) {
    throw badDate("A date must be Gregorian YYYY-MM-DD, not the ROC form (Gregorian year = ROC year + 1911)");
  }
  throw badDate("A date must be a real calendar date YYYY-MM-DD");
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
      throw badDate("A date must be a string YYYY-MM-DD", ast);
    }
    try {
      return parseIsoDate(ast.value);
    } catch (error) {
      // The same refusal, placed at the literal so the client sees where it is.
      throw error instanceof GraphQLError ? badDate(error.message, ast) : error;
    }
  },
});
