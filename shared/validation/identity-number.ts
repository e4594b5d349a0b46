import { isValidIdentityNumber } from "../domain/identity-number";
import { badUserInput } from "../errors";
import { optionalText } from "./form-text";

/**
 * A 統一編號 a sender or a form may leave out (issue #12: a child's or a mother's, as a search
 * request or an ex-officio record carries it): upper-cased, and a national ID or resident
 * certificate number when given. Errors name the field, never the value.
 */
export function optionalIdentityNumber(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 10);
  if (text === null) {
    return null;
  }
  const idNumber = text.toUpperCase();
  if (!isValidIdentityNumber(idNumber)) {
    throw badUserInput(`${field} is not a valid national ID or resident certificate number`, field);
  }
  return idNumber;
}
