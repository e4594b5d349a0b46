import { readFileSync } from "fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { readAuthConfig } from "../shared/auth/config";
import { TokenVerifier } from "../shared/auth/token";
import { ConfigError, isProduction } from "../shared/config";
import { Admission, defaultAdmissionLimits } from "../shared/http/admission";
import { operationLogPlugin } from "../shared/http/logging-plugin";
import { RunningServer, serveApollo } from "../shared/http/serve";
import { createLogger } from "../shared/logger";
import { CARE_REPORT_QUERY } from "../shared/report/care-report.query";
import { GatewayContext, gatewayContext } from "./auth";
import { workerIdentity } from "./cluster";
import { allowedOriginsOf, GatewayConfig, queryLimitsOf } from "./config";
import { DEV_TOKEN_PATH, devTokenRoute } from "./dev-token";
import { ForwardingDataSource } from "./forwarding-data-source";
import { checkSubgraphs } from "./health";
import { formatGatewayError, installPlatformScalars } from "./input-errors";
import { queryLimitRules } from "./limits";
import { personsSearchLimitPlugin } from "./persons-search-limit";
import { REPORT_PATH, reportDownload } from "./report-download";
import { subgraphRoutes } from "./routes";
import { keepShapingOperations } from "./shaping-operations";
import { loadTrustedDocuments, trustedDocumentsPlugin } from "./trusted-documents";
import { wellFormedTextPlugin } from "./well-formed-text";

function readSupergraph(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(`Cannot read the supergraph at ${path} (SUPERGRAPH_PATH): run npm run compose`);
  }
}

/**
 * The gateway (D6): plans queries over the committed supergraph, authenticates callers, forwards
 * their token, and holds no data. It reaches each subgraph at the URL its configuration gives by name.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningServer> {
  const log = createLogger("gateway");
  const verifier = new TokenVerifier(readAuthConfig());
  const supergraphSdl = readSupergraph(config.supergraphPath);
  const urls = subgraphRoutes(supergraphSdl, config.subgraphUrls);
  const unplanned = Object.keys(config.subgraphUrls).filter((name) => !Object.hasOwn(urls, name));
  if (unplanned.length > 0) {
    // A registry line whose subgraph was never composed: not fatal, but its fields are missing.
    log.warn({ subgraphs: unplanned }, "subgraphs configured but not in the supergraph: run npm run compose");
  }
  const limits = queryLimitsOf(config);
  const trusted = config.trustedDocuments ?? { mode: "any", manifests: [] };
  // @apollo/gateway reports usage metrics to Apollo's servers unless told not to, and probes the
  // cloud vendors' metadata addresses to describe the host: a city's platform for vulnerable
  // families calls nobody it was not configured to call.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  if (!keepShapingOperations()) {
    // Same answers, only each one shaped from an operation rebuilt per request (issue #13).
    log.warn("this @apollo/federation-internals does not let the gateway keep its shaping operations: every answer rebuilds its own");
  }
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new ForwardingDataSource(name, urls[name]),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => installPlatformScalars(apiSchema));
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    // The process owner stops the server (main.ts, start.ts): Apollo's own signal handlers would
    // race that stop() and keep the process from exiting.
    stopOnTerminationSignals: false,
    introspection: config.developerTools,
    hideSchemaDetailsFromClientErrors: !config.developerTools,
    // Issue #4: depth, alias and cost limits fail validation (GRAPHQL_VALIDATION_FAILED) before
    // any planning; the token limit stops the parser (GRAPHQL_PARSE_FAILED).
    validationRules: queryLimitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      config.developerTools ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      // Issue #13: no cache hints to compute (answers are no-store): no per-field hook on every answer.
      ApolloServerPluginCacheControlDisabled(),
      operationLogPlugin(log),
      trustedDocumentsPlugin(trusted, loadTrustedDocuments(trusted.manifests, [CARE_REPORT_QUERY])),
      wellFormedTextPlugin<GatewayContext>(),
      ...(config.personsSearchRate === undefined || config.personsSearchRate === null ? [] : [personsSearchLimitPlugin(config.personsSearchRate)]),
    ],
  });
  await server.start();
  // Issue #14: beyond this bound the gateway answers 503 with Retry-After at once; /health is never held.
  const admission = new Admission(config.admission ?? defaultAdmissionLimits());
  const running = await serveApollo({
    server,
    port: config.port,
    host: config.host,
    log,
    context: (request, graphQLRequest) => gatewayContext(verifier, request, config.developerTools, graphQLRequest),
    admission,
    health: async () => {
      const report = await checkSubgraphs(urls);
      // Busy is not unhealthy: an orchestrator must not restart a gateway for shedding load.
      return { ...report, body: { ...report.body, load: admission.load(), ...workerIdentity() } };
    },
    // Issue #14: HTTPS-only in production (behind the city's TLS), cross-origin only from listed origins.
    browserPolicy: { allowedOrigins: allowedOriginsOf(config), strictTransportSecurity: isProduction() },
    // Issue #10: 民政局's report as a file, through the same pipeline as a query (no anonymous introspection).
    routes: {
      [REPORT_PATH]: reportDownload(server, (request, graphQLRequest) => gatewayContext(verifier, request, false, graphQLRequest)),
      // Issue #11: the console's development sign-in; absent in production.
      ...(config.developerTools && !isProduction() && readAuthConfig().sharedSecret !== undefined ? { [DEV_TOKEN_PATH]: devTokenRoute() } : {}),
    },
  });
  log.info({ port: running.port }, "gateway listening");
  return {
    ...running,
    close: async () => {
      await running.close();
      await server.stop();
    },
  };
}
