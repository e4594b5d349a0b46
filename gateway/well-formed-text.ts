import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../shared/errors";

/**
 * Issue #14: text with a lone surrogate (half of a UTF-16 pair, "\ud800" in JSON) has no UTF-8
 * form. Passed on, the subgraphs' drivers stored U+FFFD in its place (not what was typed) or failed
 * as an INTERNAL_SERVER_ERROR. No field of the platform takes such text: the gateway refuses it as
 * BAD_USER_INPUT before any planning, naming where it is, never the text. (In the operation's own
 * text graphql-js's lexer already refuses one: GRAPHQL_PARSE_FAILED.)
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function illFormedAt(value: unknown, path: string): string | null {
  if (typeof value === "string") {
    return LONE_SURROGATE.test(value) ? path : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = illFormedAt(item, `${path}.${index}`);
      if (found !== null) {
        return found;
      }
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = illFormedAt(item, path === "" ? key : `${path}.${key}`);
      if (found !== null) {
        return found;
      }
    }
  }
  return null;
}

const refusal = (where: string): GraphQLError =>
  new GraphQLError(`${where}: text must be well-formed Unicode (a lone surrogate cannot be stored)`, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });

export function wellFormedTextPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const variable = illFormedAt(request.variables ?? {}, "");
          if (variable !== null) {
            const [name, ...rest] = variable.split(".");
            throw refusal(`Variable "$${name}"${rest.length === 0 ? "" : ` at "${variable}"`}`);
          }
        },
      };
    },
  };
}
