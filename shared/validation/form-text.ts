import { badUserInput } from "../errors";

/** Free text from a form, trimmed; blank is absent. Errors name the field, never its value. */
export function optionalText(value: string | null | undefined, field: string, maxLength: number): string | null {
  const text = value === null || value === undefined ? "" : value.trim();
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
