import { join } from "path";
import { startGateway } from "../../gateway";
import { OverloadConfig, readTrustedDocuments } from "../../gateway/config";
import type { TrustedDocumentsConfig } from "../../gateway/trusted-documents";
import { Agency } from "../../shared/agencies";
import type { CheckpointConfig } from "../../shared/audit/checkpoint-config";
import { ConfigError } from "../../shared/config";
import { DatabaseEngine } from "../../shared/db/engine";
import { RunningServer } from "../../shared/http/serve";
import { runSubgraph, RunningSubgraph } from "../../shared/subgraph/run";
import { SUBGRAPHS } from "./subgraphs";

export interface PlatformOptions {
  readonly engine: DatabaseEngine;
  /** Use 0 everywhere to let the OS pick free ports (tests). */
  readonly gatewayPort: number;
  /** The port of an agency's subgraph (0 in tests; start.ts reads `<NAME>_PORT`). */
  readonly subgraphPort: (agency: Agency) => number;
  readonly host?: string;
  readonly developerTools?: boolean;
  /** Issue #11: which operations the gateway runs; default from TRUSTED_DOCUMENTS (gateway/config.ts). */
  readonly trustedDocuments?: TrustedDocumentsConfig;
  /** The benchmark's "policy and audit off" baseline only; refused in production (run.ts). */
  readonly enforcePolicy?: boolean;
  /**
   * Background jobs (scheduler, outbox): repeated on their intervals ("loop", `npm start`), or run
   * only when a test calls `runOnce` on a fake clock ("manual").
   */
  readonly jobs?: "loop" | "manual";
  /** Issue #14: every agency's audit chain head signed into this store at intervals. */
  readonly checkpoints?: CheckpointConfig;
  /**
   * Issue #14: the gateway's overload bound and persons-search limit (`npm start`: from the
   * environment). Absent: the bound sized for the machine and no per-user limit — the test suites
   * search many times as one user on a fake clock that does not move; tests/http/overload.test.ts
   * tests the limit.
   */
  readonly overload?: OverloadConfig;
}

export interface RunningPlatform {
  readonly gateway: RunningServer;
  readonly subgraphs: ReadonlyMap<string, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Runs every subgraph and the gateway in this process (D7: development and tests; a deployment
 * runs them as separate processes). Subgraphs start one after another because they share the
 * embedded engine's single session while migrating.
 */
export async function runPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const subgraphs = new Map<string, RunningSubgraph>();
  let gatewayUrl: string | undefined;
  const currentGatewayUrl = (): string => {
    if (gatewayUrl === undefined) {
      throw new ConfigError("The gateway is not listening yet");
    }
    return gatewayUrl;
  };
  try {
    for (const { agency, definition } of SUBGRAPHS) {
      const running = await runSubgraph(definition, {
        engine: options.engine,
        port: options.subgraphPort(agency),
        host: options.host,
        enforcePolicy: options.enforcePolicy,
        gatewayUrl: currentGatewayUrl,
        checkpoints: options.checkpoints,
      });
      subgraphs.set(definition.name, running);
    }
    // Only the subgraphs running here: the gateway refuses to start if the supergraph needs another.
    const subgraphUrls = Object.fromEntries([...subgraphs].map(([name, running]) => [name, running.url]));
    const gateway = await startGateway({
      port: options.gatewayPort,
      host: options.host ?? "127.0.0.1",
      supergraphPath: join(__dirname, "..", "..", "supergraph.graphql"),
      subgraphUrls,
      developerTools: options.developerTools ?? true,
      trustedDocuments: options.trustedDocuments ?? readTrustedDocuments(),
      ...options.overload,
    });
    gatewayUrl = gateway.url;
    if ((options.jobs ?? "loop") === "loop") {
      for (const subgraph of subgraphs.values()) {
        subgraph.startJobs();
      }
    }
    return {
      gateway,
      subgraphs,
      stop: async () => {
        await gateway.close();
        for (const subgraph of subgraphs.values()) {
          await subgraph.close();
        }
      },
    };
  } catch (error) {
    for (const subgraph of subgraphs.values()) {
      await subgraph.close();
    }
    throw error;
  }
}
