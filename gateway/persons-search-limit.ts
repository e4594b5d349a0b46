import { ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from "graphql";
import { ErrorCode } from "../shared/errors";
import type { GatewayContext } from "./auth";
import { RateLimit, TokenBuckets } from "./token-bucket";

/** The root field that searches the population register (household's `persons`). */
const PERSONS_SEARCH = "persons";

/**
 * Issue #14: a per-user rate limit for the persons search. A search walks the register of every
 * family in the city; one account scripting it (a leaked token, a runaway screen) would both read
 * far more than any case needs and starve everyone else. The limit is per token subject, so one
 * user's burst refuses only that user (HTTP 429 with Retry-After, RATE_LIMITED), checked after the
 * operation is resolved and before any subgraph is called.
 */
export function personsSearchLimitPlugin(limit: RateLimit): ApolloServerPlugin<GatewayContext> {
  const buckets = new TokenBuckets(limit);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const searches = operation?.operation === "query" ? personsSearchesIn(operation, document) : 0;
          if (searches === 0 || contextValue.principal === null) {
            return;
          }
          const spent = buckets.spend(contextValue.principal.subject, searches);
          if (spent.allowed) {
            return;
          }
          throw new GraphQLError(`Too many persons searches for this user; retry after ${spent.retryAfterSeconds} s`, {
            extensions: {
              code: ErrorCode.RATE_LIMITED,
              http: { status: 429, headers: new HeaderMap([["retry-after", String(spent.retryAfterSeconds)]]) },
            },
          });
        },
      };
    },
  };
}

/** How many times the operation selects `persons` at its root: each alias is a search of its own. */
export function personsSearchesIn(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  // Root fields may sit in fragments on Query; `seen` stops a fragment cycle (validation refuses it anyway).
  const seen = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number => {
    let searches = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        searches += selection.name.value === PERSONS_SEARCH ? 1 : 0;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        searches += count(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        searches += fragment === undefined ? 0 : count(fragment.selectionSet);
      }
    }
    return searches;
  };
  return count(operation.selectionSet);
}
