import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { AGENCIES } from "../../shared/agencies";
import { renderDockerCompose, renderPostgresInit } from "./render";

/**
 * `npm run deploy:generate`: writes docker-compose.yml and deploy/postgres-init.sql from the agency
 * registry. `-- --check` exits 1 when a committed file differs from what the registry gives (CI),
 * like `npm run compose -- --check` for the supergraph.
 */
const ROOT = join(__dirname, "..", "..");

export const DEPLOY_FILES: readonly { readonly path: string; readonly render: () => string }[] = [
  { path: "docker-compose.yml", render: () => renderDockerCompose(AGENCIES) },
  { path: join("deploy", "postgres-init.sql"), render: () => renderPostgresInit(AGENCIES) },
];

function committed(path: string): string {
  try {
    return readFileSync(join(ROOT, path), "utf8");
  } catch {
    return "";
  }
}

function main(): void {
  const check = process.argv.includes("--check");
  const stale = DEPLOY_FILES.filter((file) => committed(file.path) !== file.render()).map((file) => file.path);
  if (check) {
    if (stale.length > 0) {
      console.error(`${stale.join(", ")} out of date: run \`npm run deploy:generate\` and commit the result`);
      process.exit(1);
    }
    console.log("docker-compose.yml and deploy/postgres-init.sql are up to date");
    return;
  }
  for (const file of DEPLOY_FILES) {
    writeFileSync(join(ROOT, file.path), file.render());
  }
  console.log(`wrote ${DEPLOY_FILES.map((file) => file.path).join(", ")} (${AGENCIES.map((agency) => agency.name).join(", ")})`);
}

if (require.main === module) {
  main();
}
