import { join } from "path";
import { envBoolean, envOptional, envString } from "../../shared/config";

/** Settings of `npm start` (the single-process development platform). */
export interface StartConfig {
  /** PostgreSQL URL; absent = the embedded engine persisted under `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
  /** Demo persons loaded on the first start (empty database). */
  readonly demoPersons: number;
  readonly demoSeed: string;
  /** UNSAFE_DISABLE_POLICY=1: no access policy and no audit (benchmark baseline; refused in production). */
  readonly enforcePolicy: boolean;
}

export function readStartConfig(): StartConfig {
  const demoPersons = Number(envString("DEMO_PERSONS", "2000"));
  if (!Number.isInteger(demoPersons) || demoPersons < 0) {
    throw new Error("DEMO_PERSONS must be a whole number");
  }
  return {
    databaseUrl: envOptional("DATABASE_URL"),
    dataDir: envString("PGLITE_DATA_DIR", join(__dirname, "..", "..", ".data", "pglite")),
    demoPersons,
    demoSeed: envString("DEMO_SEED", "taipei-demo"),
    enforcePolicy: !envBoolean("UNSAFE_DISABLE_POLICY", false),
  };
}
