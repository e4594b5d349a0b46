import { now } from "../../../shared/clock";
import type { BackgroundJob, JobEnvironment } from "../../../shared/subgraph/jobs";
import { CIVIL_AFFAIRS_SCHEMA } from "../schema-name";
import { loadVersion, markDistributed, SYSTEM_PUBLISHER, undistributedVersions } from "./directory.store";
import { distributeVersion } from "./distribution";

/** Tests: `platform.runJob("civil-affairs", DIRECTORY_DISTRIBUTION_JOB)`, then the outbox pass. */
export const DIRECTORY_DISTRIBUTION_JOB = "directory-distribution";

/**
 * Queues the hand-off of every version not yet handed off (D3, C1): the shipped ones the migration
 * loaded. A publication queues its own in its transaction; this catches what no request published,
 * each version's hand-off and its mark in one transaction.
 */
export function directoryDistributionJob(environment: JobEnvironment): BackgroundJob {
  return {
    name: DIRECTORY_DISTRIBUTION_JOB,
    intervalMs: 60_000,
    runOnce: () =>
      environment.dataSource.transaction(async (manager) => {
        const versions = await undistributedVersions(manager, CIVIL_AFFAIRS_SCHEMA);
        const at = now();
        for (const version of versions) {
          await distributeVersion(manager, await loadVersion(manager, CIVIL_AFFAIRS_SCHEMA, version), SYSTEM_PUBLISHER, at);
          await markDistributed(manager, CIVIL_AFFAIRS_SCHEMA, version.id, at);
        }
        return { distributed: versions.length };
      }),
  };
}
