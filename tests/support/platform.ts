import "reflect-metadata";
import type { DataSource } from "typeorm";
import type { TrustedDocumentsConfig } from "../../gateway/trusted-documents";
import { generateDemoData } from "../../scripts/demo-data/generate";
import { loadDemoData } from "../../scripts/demo-data/load";
import { DemoData } from "../../scripts/demo-data/rows";
import { runPlatform, RunningPlatform } from "../../scripts/platform/run-platform";
import type { CheckpointConfig } from "../../shared/audit/checkpoint-config";
import { Role } from "../../shared/auth/roles";
import { createTestDatabase, TestDatabase } from "./database";
import { GraphQLResponse, postGraphQL, RequestOptions } from "./graphql";
import { serviceTokenFor, tokenFor } from "./tokens";

export interface TestPlatform {
  readonly gatewayUrl: string;
  readonly platform: RunningPlatform;
  readonly data: DemoData;
  readonly database: string;
  subgraphUrl(name: string): string;
  /**
   * Through the gateway, as `role` (default DISTRICT_CASE_OFFICER of 中正區; with `through`, carried by
   * that service's token) unless a token is given,
   * declaring the purpose `test` (x-purpose) unless the headers say otherwise.
   */
  query<Data = Record<string, unknown>>(
    query: string,
    options?: RequestOptions & { role?: Role; org?: string; villages?: readonly string[]; through?: string },
  ): Promise<GraphQLResponse<Data>>;
  /** One pass of a subgraph's background job (scheduler, outbox), as its loop would run it. */
  runJob(subgraph: string, job: string): Promise<unknown>;
  /** SQL statements each subgraph sent to its database since the last reset (counted at the driver). */
  sqlCounts(): Record<string, number>;
  resetSqlCounts(): void;
  stop(): Promise<void>;
}

export interface TestPlatformOptions {
  readonly persons?: number;
  readonly seed?: string;
  /** Issue #11: which operations the gateway runs (default: TRUSTED_DOCUMENTS, i.e. any and the console's manifest, as in development). */
  readonly trustedDocuments?: TrustedDocumentsConfig;
  /** Issue #14: give every subgraph its audit-checkpoint job (run by hand, like the other jobs). */
  readonly checkpoints?: CheckpointConfig;
}

/** The whole platform on free ports over a database of its own, loaded with demo data. */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const database: TestDatabase = await createTestDatabase();
  let platform: RunningPlatform;
  try {
    // Background jobs run only when a test runs a pass (runJob), on its fake clock.
    platform = await runPlatform({
      engine: database.engine,
      gatewayPort: 0,
      subgraphPort: () => 0,
      jobs: "manual",
      trustedDocuments: options.trustedDocuments,
      checkpoints: options.checkpoints,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const data = generateDemoData({ persons: options.persons ?? 60, seed: options.seed ?? "jest" });
  const dataSources = new Map([...platform.subgraphs].map(([name, subgraph]) => [name, subgraph.database.dataSource]));
  await loadDemoData(dataSources, data);
  const subgraphUrl = (name: string): string => {
    const subgraph = platform.subgraphs.get(name);
    if (subgraph === undefined) {
      throw new Error(`No subgraph ${name}`);
    }
    return subgraph.url;
  };
  return {
    gatewayUrl: platform.gateway.url,
    platform,
    data,
    database: database.label,
    subgraphUrl,
    query: async (query, requestOptions = {}) => {
      const role = requestOptions.role ?? Role.DISTRICT_CASE_OFFICER;
      // `through`: as that sending service's dispatcher calls an intake for the user (D3, issue #8).
      const token =
        requestOptions.token ??
        (requestOptions.through === undefined
          ? await tokenFor(role, requestOptions.org, undefined, requestOptions.villages)
          : await serviceTokenFor(requestOptions.through, role, requestOptions.org ?? "63000050"));
      return postGraphQL(platform.gateway.url, query, { ...requestOptions, token, headers: { "x-purpose": "test", ...requestOptions.headers } });
    },
    runJob: (name, jobName) => {
      const job = platform.subgraphs.get(name)?.jobs.get(jobName);
      if (job === undefined) {
        throw new Error(`No job ${jobName} in subgraph ${name}`);
      }
      return job.runOnce();
    },
    sqlCounts: () => Object.fromEntries([...platform.subgraphs].map(([name, subgraph]) => [name, subgraph.database.queries.count])),
    resetSqlCounts: () => {
      for (const subgraph of platform.subgraphs.values()) {
        subgraph.database.queries.reset();
      }
    },
    stop: async () => {
      await platform.stop();
      await database.drop();
    },
  };
}

/** A subgraph's own database, for a test's direct reads (and a feed's runs by hand). */
export function subgraphDataSource(platform: TestPlatform, name: string): DataSource {
  const subgraph = platform.platform.subgraphs.get(name);
  if (subgraph === undefined) {
    throw new Error(`no ${name} subgraph`);
  }
  return subgraph.database.dataSource;
}
