import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { SUBGRAPHS } from "./platform/subgraphs";

/**
 * D6: composes the subgraphs' SDL into the committed supergraph.graphql. `--check` exits 1 when
 * the committed file differs from what the code composes (CI's drift check).
 */
const SUPERGRAPH_PATH = join(__dirname, "..", "supergraph.graphql");

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
    if (committed !== composed) {
      console.error("supergraph.graphql is out of date: run `npm run compose` and commit the result");
      process.exit(1);
    }
    console.log("supergraph.graphql is up to date");
    return;
  }
  writeFileSync(SUPERGRAPH_PATH, composed);
  console.log(`wrote ${SUPERGRAPH_PATH} (${SUBGRAPHS.map((entry) => entry.agency.name).join(", ")})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
