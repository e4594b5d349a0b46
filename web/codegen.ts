import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

/**
 * Typed operations (issue #11, D10): every operation of the console is written in its screen with
 * `graphql(...)`, checked against the gateway's API schema (web/schema.graphql, written by
 * `npm run compose`), and listed with its hash in persisted-documents.json — the safelist the
 * gateway accepts in production.
 */
const config: CodegenConfig = {
  schema: "web/schema.graphql",
  documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "web/src/gql/": {
      preset: "client",
      // Apollo Client's cache asks for __typename on every object: the listed documents carry it,
      // so the document the gateway runs for a hash is the one the client's cache expects.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: { persistedDocuments: { hashAlgorithm: "sha256" }, fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { LocalDate: "string", DateTimeISO: "string" },
      },
    },
  },
};

export default config;
