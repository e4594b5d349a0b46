import "reflect-metadata";
import { mkdirSync } from "fs";
import type { DataSource } from "typeorm";
import { readCheckpointVerifyConfig } from "../shared/audit/checkpoint-config";
import { auditLogExists } from "../shared/audit/verify";
import { verifyAuditTrail } from "../shared/audit/verify-checkpoint";
import { openSubgraphDatabase } from "../shared/db/datasource";
import { closeEngine, openEmbeddedEngine, postgresEngine } from "../shared/db/engine";
import { readStartConfig } from "./platform/start-config";
import { SUBGRAPHS } from "./platform/subgraphs";

/**
 * `npm run audit:verify`: recomputes every agency's audit hash chain (PDPA records of use, issue #4)
 * on the databases `npm start` uses (DATABASE_URL, or the embedded engine under .data/) and holds it
 * against the agency's last signed checkpoint (issue #14: AUDIT_CHECKPOINT_DIR and the public key,
 * else `npm start`'s development store); exits 1 when a row was changed, removed or reordered,
 * the tail was truncated or the chain rewritten, or the checkpoint is forged. Stop `npm start` first on the embedded engine:
 * PGlite allows one process at a time. Prints counts and row ids only, never a record's content.
 */
async function main(): Promise<number> {
  const config = readStartConfig();
  const checkpoints = readCheckpointVerifyConfig(config.developmentCheckpoints);
  if (config.databaseUrl === undefined) {
    mkdirSync(config.dataDir, { recursive: true });
  }
  const engine = config.databaseUrl === undefined ? await openEmbeddedEngine({ dataDir: config.dataDir }) : postgresEngine(config.databaseUrl);
  const dataSources: DataSource[] = [];
  let failed = false;
  try {
    for (const { definition } of SUBGRAPHS) {
      const { dataSource } = await openSubgraphDatabase(engine, definition.database);
      dataSources.push(dataSource);
      const schema = definition.database.schema;
      if (!(await auditLogExists(dataSource, schema))) {
        console.log(`${definition.name}: no audit log`);
        continue;
      }
      const result = await verifyAuditTrail(dataSource, schema, definition.name, checkpoints);
      const against =
        result.checkpoint === null
          ? "no checkpoint (a deleted tail would not show)"
          : `checkpoint #${result.checkpoint.sequence} of ${result.checkpoint.time} signed by key ${result.checkpoint.keyId}`;
      if (result.ok) {
        console.log(`${definition.name}: ${result.rows} rows, ${against}, ok`);
      } else {
        failed = true;
        const listed = result.problems.map((problem) => `#${problem.id} ${problem.kind}${"reason" in problem && problem.reason !== undefined ? ` (${problem.reason})` : ""}`).join(", ");
        console.log(`${definition.name}: ${result.rows} rows, ${against}, fails from row #${result.problems[0].id}: ${listed}`);
      }
    }
  } finally {
    for (const dataSource of dataSources) {
      await dataSource.destroy();
    }
    await closeEngine(engine);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Its own queries bind only row ids, so a failure's message carries no personal data.
    console.error("Audit verification failed to run:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
