import "reflect-metadata";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { renderAccess } from "../shared/authz/render-access";
import { SUBGRAPHS } from "./platform/subgraphs";

/**
 * Issue #7: renders each agency's access policy to subgraphs/<agency>/ACCESS.md, the committed
 * grant table reviewers read (like supergraph.graphql, D6). `--check` exits 1 when a committed
 * file differs from what the code's policy renders (CI's drift check).
 */
export function accessPathOf(name: string): string {
  return join(__dirname, "..", "subgraphs", name, "ACCESS.md");
}

export async function renderAllAccess(): Promise<{ name: string; path: string; text: string }[]> {
  return Promise.all(
    SUBGRAPHS.map(async ({ definition }) => ({
      name: definition.name,
      path: accessPathOf(definition.name),
      text: renderAccess(definition.name, definition.policy, (await definition.buildSchema()).schema),
    })),
  );
}

function committed(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const rendered = await renderAllAccess();
  if (check) {
    const stale = rendered.filter(({ path, text }) => committed(path) !== text);
    if (stale.length > 0) {
      console.error(
        `${stale.map(({ name }) => `subgraphs/${name}/ACCESS.md`).join(", ")} differ from the policy: ` +
          "run `npm run access`, review the diff (who sees what changed) and commit it",
      );
      process.exit(1);
    }
    console.log(`ACCESS.md is up to date (${rendered.map(({ name }) => name).join(", ")})`);
    return;
  }
  for (const { path, text } of rendered) {
    writeFileSync(path, text);
  }
  console.log(`wrote ${rendered.map(({ name }) => `subgraphs/${name}/ACCESS.md`).join(", ")}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
