import { GraphQLResponse } from "../graphql";

/** The codes a refusal of the caller's input may carry (issue #14). */
export const REFUSAL_CODES = ["BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "CONFLICT"] as const;

export type Verdict =
  | { readonly outcome: "refused"; readonly codes: readonly string[] }
  | { readonly outcome: "accepted" }
  | { readonly outcome: "wrong"; readonly why: string };

/** What an error must never show: a stack trace, the database's own words, the statement. */
const STACK = /\n\s+at |\.ts:\d+|\.js:\d+/;
const DATABASE = /QueryFailedError|syntax error at or near|relation "[^"]+"|violates [a-z ]*constraint|duplicate key value|invalid byte sequence|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b/;

/** Whether a text is worth looking for in a message (an empty string or a digit is in any). */
const echoable = (value: unknown): value is string => typeof value === "string" && value.length >= 4;

/** Judges one response to a corpus entry: refused with a code and nothing leaked, accepted, or wrong. */
export function verdictOf(response: GraphQLResponse<unknown>, value: unknown): Verdict {
  const errors = response.errors ?? [];
  if (errors.length === 0) {
    return response.data === null || response.data === undefined ? { outcome: "wrong", why: "neither data nor errors" } : { outcome: "accepted" };
  }
  const codes = errors.map((error) => String(error.extensions?.code));
  const unexpected = codes.filter((code) => !(REFUSAL_CODES as readonly string[]).includes(code));
  if (unexpected.length > 0) {
    return { outcome: "wrong", why: `answered ${unexpected.join(", ")}` };
  }
  const text = JSON.stringify(errors);
  if (errors.some((error) => error.extensions?.stacktrace !== undefined) || STACK.test(text)) {
    return { outcome: "wrong", why: "a stack trace in the error" };
  }
  if (DATABASE.test(text)) {
    return { outcome: "wrong", why: "the database's words in the error" };
  }
  if (echoable(value) && text.includes(JSON.stringify(value).slice(1, -1))) {
    return { outcome: "wrong", why: "the value echoed in the error" };
  }
  return { outcome: "refused", codes };
}
