import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/**
 * Each screen carries its own documents (issue #11's first load on a phone). graphql-codegen's
 * client preset answers `graphql(`…`)` from gql.ts, a map of every document of the console, so the
 * entry, which imports it, carried all of them (350.6 KiB gzip). This plugin does at build time what
 * the preset's babel plugin does (Vite 8 compiles with oxc, not babel): each `graphql(`…`)` call
 * becomes an import of a module of its own holding that one document as codegen wrote it in
 * graphql.ts — the same object, its trusted-document hash (__meta__.hash, D10) included — so the
 * bundler puts each document in the chunk of the screen that uses it. The sources keep the calls:
 * codegen reads them, and TypeScript types them through gql.ts as before.
 */
const GQL = fileURLToPath(new URL("./src/gql/", import.meta.url));
const PREFIX = "\0console-document:";
/** A call as the console writes it: a template literal without interpolation (codegen reads no other). */
const CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;

interface Documents {
  /** The call's source text → the name of its document in graphql.ts. */
  readonly byText: ReadonlyMap<string, string>;
  /** The name of a document → its object literal, as codegen wrote it. */
  readonly literals: ReadonlyMap<string, string>;
}

function readDocuments(): Documents {
  const map = readFileSync(`${GQL}gql.ts`, "utf8");
  const byText = new Map<string, string>();
  for (const [, key, name] of map.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    byText.set(JSON.parse(key) as string, name);
  }
  const typed = readFileSync(`${GQL}graphql.ts`, "utf8");
  const literals = new Map<string, string>();
  for (const [, name, literal] of typed.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
    literals.set(name, literal);
  }
  if (byText.size === 0 || literals.size === 0) {
    throw new Error("web/src/gql is not as graphql-codegen's client preset writes it: run npm run web:codegen");
  }
  return { byText, literals };
}

export function inlineDocuments(): Plugin {
  let documents: Documents | undefined;
  const current = (): Documents => (documents ??= readDocuments());
  return {
    name: "console-inline-documents",
    enforce: "pre",
    buildStart() {
      documents = undefined;
    },
    // `npm run web:codegen` while Vite watches: the next transform reads the new documents.
    watchChange(id) {
      if (id.startsWith(GQL)) {
        documents = undefined;
      }
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) {
        return null;
      }
      const name = id.slice(PREFIX.length);
      const literal = current().literals.get(name);
      if (literal === undefined) {
        throw new Error(`No document ${name} in web/src/gql/graphql.ts: run npm run web:codegen`);
      }
      return `export const ${name} = ${literal};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(GQL) || !code.includes("graphql(")) {
        return null;
      }
      const imports = new Set<string>();
      const replaced = code.replace(CALL, (_call, text: string) => {
        const name = current().byText.get(text);
        if (name === undefined) {
          // An operation codegen has not listed has no trusted-document hash: the gateway would refuse it.
          this.error(`A graphql() document not in web/src/gql/gql.ts: run npm run web:codegen`);
        }
        imports.add(name);
        return name;
      });
      if (imports.size === 0) {
        return null;
      }
      const header = [...imports].map((name) => `import { ${name} } from ${JSON.stringify(PREFIX + name)};`).join("\n");
      return { code: `${header}\n${replaced}`, map: null };
    },
  };
}
