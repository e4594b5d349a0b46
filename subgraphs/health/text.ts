import { badUserInput } from "../../shared/errors";

/**
 * Free text from a form: trimmed, at most `maxLength` characters, blank read as absent. With
 * `required`, absent is bad input. Messages name the field only (health data stays out of errors).
 */
export function formText(value: string | null | undefined, field: string, maxLength: number, required: true): string;
export function formText(value: string | null | undefined, field: string, maxLength: number, required?: false): string | null;
export function formText(value: string | null | undefined, field: string, maxLength: number, required = false): string | null {
  const trimmed = (value ?? "").trim();
  if (trimmed.length > maxLength || (required && trimmed.length === 0)) {
    throw badUserInput(`${field} must be ${required ? 1 : 0} to ${maxLength} characters`, field);
  }
  return trimmed.length > 0 ? trimmed : null;
}
