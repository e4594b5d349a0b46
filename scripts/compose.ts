import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { composeServices } from "@apollo/composition";
import { printSchema, Supergraph } from "@apollo/federation-internals";
import { parse } from "graphql";
import { SUBGRAPHS } from "./platform/subgraphs";

/**
 * D6: composes the subgraphs' SDL into the committed supergraph.graphql. `--check` exits 1 when
 * the committed file differs from what the code composes (CI's drift check).
 */
const SUPERGRAPH_PATH = join(__dirname, "..", "supergraph.graphql");
/** Issue #11: the API schema clients see (no join directives), which the console's typed operations are generated and checked against. */
const API_SCHEMA_PATH = join(__dirname, "..", "web", "schema.graphql");

export function apiSchemaOf(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema()).trimEnd()}\n`;
}

export class CompositionError extends Error {}

export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    // The registry's default port, not `<NAME>_PORT`: the committed file must not depend on a
    // developer's environment, and the gateway never routes by this URL anyway (gateway/routes.ts).
    SUBGRAPHS.map(async ({ agency, definition }) => ({
      name: agency.name,
      url: `http://localhost:${agency.port}/graphql`,
      typeDefs: parse((await definition.buildSchema()).sdl),
    })),
  );
  const result = composeServices(services);
  if (result.errors !== undefined) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const composed = await composeSupergraph();
  if (check) {
    let committed: string;
    try {
      committed = readFileSync(SUPERGRAPH_PATH, "utf8");
    } catch {
      committed = "";
    }
    let committedApi: string;
    try {
      committedApi = readFileSync(API_SCHEMA_PATH, "utf8");
    } catch {
      committedApi = "";
    }
    if (committed !== composed || committedApi !== apiSchemaOf(composed)) {
      console.error("supergraph.graphql or web/schema.graphql is out of date: run `npm run compose` and commit the result");
      process.exit(1);
    }
    console.log("supergraph.graphql and web/schema.graphql are up to date");
    return;
  }
  writeFileSync(SUPERGRAPH_PATH, composed);
  writeFileSync(API_SCHEMA_PATH, apiSchemaOf(composed));
  console.log(`wrote ${SUPERGRAPH_PATH} (${SUBGRAPHS.map((entry) => entry.agency.name).join(", ")})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
