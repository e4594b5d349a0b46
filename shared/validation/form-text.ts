import { badUserInput } from "../errors";

/**
 * Control characters no form can hold (tab and line breaks are kept for the long fields). A NUL
 * would reach PostgreSQL as an encoding error, an INTERNAL_SERVER_ERROR for a caller's mistake.
 */
const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/u;

/** Free text from a form, trimmed; blank is absent. Errors name the field, never its value. */
export function optionalText(value: string | null | undefined, field: string, maxLength: number): string | null {
  const text = value === null || value === undefined ? "" : value.trim();
  if (CONTROL_CHARACTERS.test(text)) {
    throw badUserInput(`${field} must not contain control characters`, field);
  }
  if (text.length <= maxLength) {
    return text.length > 0 ? text : null;
  }
  throw badUserInput(`${field} must be at most ${maxLength} characters`, field);
}

export function requiredText(value: string, field: string, maxLength: number): string {
  const text = optionalText(value, field, maxLength);
  if (text !== null) {
    return text;
  }
  throw badUserInput(`${field} is required`, field);
}
