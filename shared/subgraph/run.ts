import { IncomingMessage } from "http";
import { ApolloServer } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { CheckpointConfig } from "../audit/checkpoint-config";
import { auditCheckpointJob } from "../audit/checkpoint-job";
import { AuditCollector } from "../audit/collector";
import { forwardedOperationId, OPERATION_ID_HEADER } from "../audit/operation-id";
import { auditPlugin } from "../audit/plugin";
import { readAuthConfig } from "../auth/config";
import { declaredPurpose } from "../auth/purpose";
import { TokenVerifier } from "../auth/token";
import { enforcePolicy, fieldsWithoutPolicy, writeDeclarationProblems } from "../authz/enforce";
import { now } from "../clock";
import { ConfigError, isProduction } from "../config";
import { isConnectionLost } from "../db/connection-errors";
import { openSubgraphDatabase, SubgraphDatabase } from "../db/datasource";
import { DatabaseEngine } from "../db/engine";
import { databaseUnavailable, formatClientError } from "../errors";
import { operationLogPlugin } from "../http/logging-plugin";
import { RunningServer, serveApollo } from "../http/serve";
import { createLogger } from "../logger";
import { SubgraphContext } from "./context";
import { SubgraphDefinition } from "./definition";
import { BackgroundJob, RunningJobs, startJobLoops } from "./jobs";

export interface RunningSubgraph extends RunningServer {
  readonly name: string;
  readonly database: SubgraphDatabase;
  /** The subgraph's background jobs by name: tests run a pass by hand (`runOnce`) on a fake clock. */
  readonly jobs: ReadonlyMap<string, BackgroundJob>;
  /** Starts repeating the jobs (idempotent); `close` stops them before the database closes. */
  startJobs(): void;
}

export interface RunSubgraphOptions {
  readonly engine: DatabaseEngine;
  readonly port: number;
  readonly host?: string;
  /**
   * Only the benchmark turns this off, to measure what policy and audit cost; it is refused in
   * production.
   */
  readonly enforcePolicy?: boolean;
  /** Where the gateway is, for jobs that hand off through it (D3); asked only when a job needs it. */
  readonly gatewayUrl?: () => string;
  /** Issue #14: sign the audit chain's head into this store at intervals; none when absent. */
  readonly checkpoints?: CheckpointConfig;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requireGatewayUrl(options: RunSubgraphOptions, name: string): string {
  if (options.gatewayUrl === undefined) {
    throw new ConfigError(`${name}: a background job hands off through the gateway, but no gateway URL is configured (GATEWAY_URL)`);
  }
  return options.gatewayUrl();
}

/**
 * Opens the subgraph's database (migrating it), builds its schema and serves it. Every request must
 * carry a valid bearer token, `_entities` included (D4): a subgraph never trusts the gateway's word.
 */
export async function runSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  options: RunSubgraphOptions,
): Promise<RunningSubgraph> {
  const log = createLogger(`subgraph-${definition.name}`);
  const verifier = new TokenVerifier(readAuthConfig());
  // The policy checks come first: a subgraph that refuses to start must not migrate its database.
  const { schema: bareSchema } = await definition.buildSchema();
  const uncovered = fieldsWithoutPolicy(bareSchema, definition.policy);
  if (uncovered.length > 0) {
    // Fail closed would deny them anyway; refusing to start makes the gap visible at once.
    throw new ConfigError(`${definition.name}: fields without a policy entry: ${uncovered.join(", ")}`);
  }
  const undeclared = writeDeclarationProblems(bareSchema, definition.policy);
  if (undeclared.length > 0) {
    // Issue #7: a mutation that does not say what it touches would run unguarded; it never starts.
    throw new ConfigError(`${definition.name}: mutations without a usable write declaration: ${undeclared.join("; ")}`);
  }
  const database = await openSubgraphDatabase(options.engine, definition.database, log);
  const enforce = options.enforcePolicy ?? true;
  if (!enforce && isProduction()) {
    throw new ConfigError("The access policy cannot be switched off in production");
  }
  const schema = enforce ? enforcePolicy(bareSchema, definition.policy) : bareSchema;
  const server = new ApolloServer<SubgraphContext<Loaders>>({
    schema,
    formatError: (formatted, error) => (isConnectionLost(unwrapResolverError(error)) ? databaseUnavailable(formatted.path) : formatClientError(formatted)),
    includeStacktraceInErrorResponses: false,
    // The process owner stops the server: Apollo's own signal handlers would race that stop().
    stopOnTerminationSignals: false,
    // Inline traces would ship resolver timings to any caller that asks; there is no Studio here.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Issue #13: the cache-control plugin's willResolveField ran on every field of every answer for
      // hints nobody sets; personal data is never cached (cache-control: no-store, browser-policy.ts).
      ApolloServerPluginCacheControlDisabled(),
      operationLogPlugin(log),
      auditPlugin<SubgraphContext<Loaders>>({
        schema: definition.database.schema,
        dataSource: database.dataSource,
        collectorOf: (context) => context.audit,
        principalOf: (context) => context.principal,
        purposeOf: (context) => context.purpose,
        operationIdOf: (context) => context.operationId,
        log,
      }),
    ],
  });
  await server.start();
  const running = await serveApollo({
    server,
    port: options.port,
    host: options.host,
    log,
    context: async (request) => {
      const principal = await verifier.verifyHeader(header(request, "authorization"));
      return {
        principal,
        dataSource: database.dataSource,
        loaders: definition.createLoaders(database.dataSource, principal),
        audit: new AuditCollector(),
        purpose: declaredPurpose(header(request, "x-purpose")),
        operationId: forwardedOperationId(header(request, OPERATION_ID_HEADER)),
      };
    },
    health: async () => {
      try {
        await database.dataSource.query("SELECT 1");
        return { ok: true, body: { status: "ok", subgraph: definition.name } };
      } catch {
        return { ok: false, body: { status: "unavailable", subgraph: definition.name, database: "unreachable" } };
      }
    },
  });
  log.info({ port: running.port }, "subgraph listening");
  const checkpointJobs =
    options.checkpoints === undefined
      ? []
      : [auditCheckpointJob(database.dataSource, { agency: definition.name, schema: definition.database.schema, config: options.checkpoints, now }, log)];
  const jobs = new Map(
    [...(definition.jobs?.({ dataSource: database.dataSource, log, gatewayUrl: () => requireGatewayUrl(options, definition.name) }) ?? []), ...checkpointJobs].map(
      (job) => [job.name, job],
    ),
  );
  let loops: RunningJobs | undefined;
  let closing: Promise<void> | undefined;
  return {
    ...running,
    name: definition.name,
    database,
    jobs,
    startJobs: () => {
      loops ??= startJobLoops([...jobs.values()], log);
    },
    // Idempotent: a test may stop one subgraph early and the platform stops all at the end.
    close: () => {
      closing ??= (async () => {
        await loops?.stop();
        await running.close();
        await server.stop();
        await database.dataSource.destroy();
      })();
      return closing;
    },
  };
}
