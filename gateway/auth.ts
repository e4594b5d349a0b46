import { IncomingMessage } from "http";
import type { HTTPGraphQLRequest } from "@apollo/server";
import { parse, OperationDefinitionNode } from "graphql";
import { Principal } from "../shared/auth/principal";
import { declaredPurpose } from "../shared/auth/purpose";
import { TokenVerifier } from "../shared/auth/token";

/** What the gateway knows of a request: the verified caller, and what it forwards to subgraphs. */
export interface GatewayContext {
  /** Null only for a schema-introspection request in development (Sandbox loading the schema). */
  readonly principal: Principal | null;
  readonly authorization?: string;
  readonly purpose?: string;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const INTROSPECTION_FIELDS = new Set(["__schema", "__type", "__typename"]);

/** True when every operation in the document selects only introspection fields. */
export function isIntrospectionOnly(query: unknown): boolean {
  if (typeof query !== "string") {
    return false;
  }
  try {
    const document = parse(query);
    const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition");
    return (
      operations.length > 0 &&
      operations.every(
        (operation) =>
          operation.operation === "query" &&
          operation.selectionSet.selections.every((selection) => selection.kind === "Field" && INTROSPECTION_FIELDS.has(selection.name.value)),
      )
    );
  } catch {
    return false;
  }
}

/**
 * D4: the gateway authenticates every request before planning it, and forwards the same token so
 * that each subgraph verifies it again. In development a pure introspection query may come without
 * a token, so Sandbox can show the schema before the user pastes one.
 */
export async function gatewayContext(
  verifier: TokenVerifier,
  request: IncomingMessage,
  allowAnonymousIntrospection: boolean,
  graphQLRequest: HTTPGraphQLRequest,
): Promise<GatewayContext> {
  const authorization = header(request, "authorization");
  const purpose = header(request, "x-purpose");
  if (authorization === undefined && allowAnonymousIntrospection && isIntrospectionOnly(queryOf(graphQLRequest))) {
    return { principal: null };
  }
  const principal = await verifier.verifyHeader(authorization);
  return { principal, authorization, purpose: declaredPurpose(purpose) };
}

function queryOf(graphQLRequest: HTTPGraphQLRequest): unknown {
  const body = graphQLRequest.body;
  if (typeof body === "object" && body !== null && "query" in body) {
    return body.query;
  }
  return new URLSearchParams(graphQLRequest.search).get("query") ?? undefined;
}
