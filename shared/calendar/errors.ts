import { GraphQLError } from "graphql";
import { badUserInput, ErrorCode } from "../errors";

/**
 * A date outside the loaded years. Thrown rather than guessed from weekends alone: a guess would
 * miss 春節 or a make-up Saturday and compute a wrong deadline without anyone noticing (issue #8).
 * A subgraph computing a deadline catches it and stores the step as "deadline unknown" (D9:
 * deadlines are flags, never reasons to refuse data).
 */
export class CalendarYearNotLoaded extends GraphQLError {
  readonly year: number;

  constructor(year: number) {
    super(`The office calendar has no data for ${year}; import that year's file (npm run calendar:import)`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: "date" },
    });
    this.year = year;
  }
}

/** `field` names the argument, never its value. */
export function invalidDate(field: string): GraphQLError {
  return badUserInput(`${field} must be a date YYYY-MM-DD`, field);
}

export function invalidRule(field: string): GraphQLError {
  return badUserInput(`${field} must be a whole number of days or months, at least 1`, field);
}
