import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { dirname, join, relative } from "path";
import { AGENCIES } from "../../shared/agencies";
import { SUBGRAPHS } from "../platform/subgraphs";
import { K8S_DIRECTORY, renderKubernetes } from "./kubernetes/manifests";
import { gatewayCallers } from "./kubernetes/senders";
import { renderDockerCompose, renderPostgresInit } from "./render";

/**
 * `npm run deploy:generate`: writes docker-compose.yml, deploy/postgres-init.sql and the Kubernetes
 * manifests under deploy/k8s/ (issue #13, D7) from the agency registry, the supergraph and the
 * console's persisted documents. `-- --check` exits 1 when a committed file differs from what they
 * give, or deploy/k8s/ holds a file they no longer give (CI), like `npm run compose -- --check`.
 */
const ROOT = join(__dirname, "..", "..");

function read(path: string): string {
  try {
    return readFileSync(join(ROOT, path), "utf8");
  } catch {
    return "";
  }
}

/** Every generated file, path → text. */
export function deployFiles(): ReadonlyMap<string, string> {
  const kubernetes = renderKubernetes({
    agencies: AGENCIES,
    gatewayCallers: gatewayCallers(SUBGRAPHS),
    files: { supergraph: read("supergraph.graphql"), trustedDocuments: read(join("web", "src", "gql", "persisted-documents.json")) },
  });
  return new Map([["docker-compose.yml", renderDockerCompose(AGENCIES)], [join("deploy", "postgres-init.sql"), renderPostgresInit(AGENCIES)], ...kubernetes]);
}

function filesUnder(directory: string): string[] {
  try {
    return readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

function main(): void {
  const check = process.argv.includes("--check");
  const files = deployFiles();
  const leftOver = filesUnder(K8S_DIRECTORY).filter((path) => !files.has(path));
  if (check) {
    const stale = [...files].filter(([path, text]) => read(path) !== text).map(([path]) => path);
    if (stale.length + leftOver.length > 0) {
      console.error(`${[...stale, ...leftOver].join(", ")} out of date: run \`npm run deploy:generate\` and commit the result`);
      process.exit(1);
    }
    console.log(`${files.size} deployment files are up to date`);
    return;
  }
  // A removed agency's manifests go with it: nothing under deploy/k8s/ is written by hand.
  for (const path of leftOver) {
    rmSync(join(ROOT, path));
  }
  for (const [path, text] of files) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
  }
  console.log(`wrote ${files.size} deployment files (${AGENCIES.map((agency) => agency.name).join(", ")})`);
}

if (require.main === module) {
  main();
}
