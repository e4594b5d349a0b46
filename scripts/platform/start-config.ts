import { dirname, join } from "path";
import { AGENCIES } from "../../shared/agencies";
import { agencyPort } from "../../shared/agency-config";
import type { DevelopmentCheckpoints } from "../../shared/audit/checkpoint-config";
import { envBoolean, envOptional, envPort, envString, envWholeNumber } from "../../shared/config";

/** Settings of `npm start` (the single-process development platform). */
export interface StartConfig {
  /** PostgreSQL URL; absent = the embedded engine persisted under `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  /** GATEWAY_PORT, else PORT, else 4000. */
  readonly gatewayPort: number;
  /** Each agency's subgraph port by name: `<NAME>_PORT`, else the registry's (shared/agencies.ts). */
  readonly subgraphPorts: Readonly<Record<string, number>>;
  /** Demo persons loaded on the first start (empty database). */
  readonly demoPersons: number;
  readonly demoSeed: string;
  /** UNSAFE_DISABLE_POLICY=1: no access policy and no audit (benchmark baseline; refused in production). */
  readonly enforcePolicy: boolean;
  /** Issue #11: the console's server (web/dist, and the gateway's paths on the same origin). */
  readonly consolePort: number;
  /** Issue #14: where checkpoints and their key live unless AUDIT_CHECKPOINT_DIR says otherwise (next to the data). */
  readonly developmentCheckpoints: DevelopmentCheckpoints;
}

export function readStartConfig(): StartConfig {
  const dataDir = envString("PGLITE_DATA_DIR", join(__dirname, "..", "..", ".data", "pglite"));
  return {
    databaseUrl: envOptional("DATABASE_URL"),
    dataDir,
    gatewayPort: envPort("GATEWAY_PORT", envPort("PORT", 4000)),
    subgraphPorts: Object.fromEntries(AGENCIES.map((agency) => [agency.name, agencyPort(agency)])),
    demoPersons: envWholeNumber("DEMO_PERSONS", 2000, 0),
    demoSeed: envString("DEMO_SEED", "taipei-demo"),
    enforcePolicy: !envBoolean("UNSAFE_DISABLE_POLICY", false),
    consolePort: envPort("CONSOLE_PORT", 3000),
    // A sibling of the PGlite directory, not inside it: that one belongs to the database engine.
    developmentCheckpoints: { directory: join(dirname(dataDir), "audit-checkpoints") },
  };
}
