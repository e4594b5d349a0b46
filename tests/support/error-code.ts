import { GraphQLError } from "graphql";

/** The `extensions.code` of the GraphQLError an action throws (tests assert codes, not messages). */
export function codeOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : "not a GraphQLError";
  }
  return "no error";
}
