import { badUserInput } from "../errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Every ID of this API is a UUID; anything else is bad input, caught before it reaches SQL. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) {
    throw badUserInput(`${field} is not a valid ID`, field);
  }
  return value.toLowerCase();
}
