import { createHash } from "crypto";
import { readFileSync } from "fs";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ConfigError } from "../shared/config";
import type { GatewayContext } from "./auth";

/**
 * Trusted documents (issue #11, D10): the frontends' operations, generated as persisted-documents
 * manifests (the console's by graphql-codegen: `sha256:<hex>` → document). A request may name one
 * by hash (`extensions.persistedQuery.sha256Hash`, as Apollo Client's persisted-query link sends
 * it) or carry its text. With `only` (the production default) the gateway runs nothing else; with
 * `any` (development, for Sandbox and tools) it also runs unlisted operations.
 * The platform's own services (a verified service token, D3) post their intake documents from
 * code, not from a frontend, and are not held to the frontends' safelist.
 */
export type TrustedDocumentsMode = "only" | "any";

export interface TrustedDocumentsConfig {
  readonly mode: TrustedDocumentsMode;
  /** Manifests (JSON: hash → document), the console's first; other frontends register theirs here. */
  readonly manifests: readonly string[];
}

export type TrustedDocuments = ReadonlyMap<string, string>;

function hashOf(document: string): string {
  return createHash("sha256").update(document).digest("hex");
}

/**
 * Every manifest's documents by sha256 hex, and the gateway's own (`own`: the report download's
 * query, which the gateway itself runs for the caller); a manifest whose key is not its document's
 * hash is refused at start-up.
 */
export function loadTrustedDocuments(manifests: readonly string[], own: readonly string[] = []): TrustedDocuments {
  const documents = new Map<string, string>(own.map((document) => [hashOf(document), document]));
  for (const path of manifests) {
    let manifest: Record<string, string>;
    try {
      manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
    } catch {
      throw new ConfigError(`Cannot read the trusted-documents manifest ${path} (TRUSTED_DOCUMENTS_MANIFESTS): run npm run web:codegen`);
    }
    for (const [key, document] of Object.entries(manifest)) {
      const hash = key.replace(/^sha256:/, "");
      if (hashOf(document) !== hash) {
        throw new ConfigError(`The trusted document ${key} of ${path} is not the sha256 of its text`);
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

export const NOT_LISTED = "OPERATION_NOT_TRUSTED";

export function trustedDocumentsPlugin(config: TrustedDocumentsConfig, documents: TrustedDocuments): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const hash = request.extensions?.persistedQuery?.sha256Hash;
      if (typeof hash === "string" && request.query === undefined) {
        // Resolved before Apollo's own persisted-query cache is asked: a listed hash always runs.
        request.query = documents.get(hash);
      }
      return {
        async didResolveOperation({ queryHash, contextValue }) {
          if (config.mode === "any" || contextValue.principal?.actingService !== undefined || documents.has(queryHash)) {
            return;
          }
          throw new GraphQLError("This gateway runs only trusted documents: the operation is not in any registered frontend's manifest", {
            extensions: { code: NOT_LISTED, http: { status: 400 } },
          });
        },
      };
    },
  };
}
