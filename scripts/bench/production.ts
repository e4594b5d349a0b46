import { createHash } from "crypto";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { UNIFIED_PERSON_QUERY, UNIFIED_PERSONS_QUERY } from "../operations/unified-view";

/**
 * Issue #13: the bench measures the platform as a deployment runs it, with NODE_ENV=production
 * (graphql-js without its development checks, Apollo without developer tools), not as `npm start`
 * runs it for a developer. Production refuses the development key and the development sign-in and
 * runs trusted documents only, so the bench brings what a deployment brings: its own signing
 * secret, a console sign-in setting (nobody signs in during a run), and a manifest of its queries.
 */
export const BENCH_JWT_SECRET = "bench-only-signing-secret-not-the-development-key";

/** The bench's operations as a persisted-documents manifest (`sha256:<hex>` → document), as a frontend registers its own. */
export function writeBenchManifest(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "bench-trusted-documents.json");
  const documents = [UNIFIED_PERSON_QUERY, UNIFIED_PERSONS_QUERY];
  writeFileSync(path, JSON.stringify(Object.fromEntries(documents.map((document) => [`sha256:${createHash("sha256").update(document).digest("hex")}`, document])), null, 2));
  return path;
}

/** What a child platform needs to start in production mode from `repoRoot`, beside its usual settings. */
export function productionEnvironment(repoRoot: string, benchManifest: string): Record<string, string> {
  return {
    NODE_ENV: "production",
    JWT_SECRET: BENCH_JWT_SECRET,
    CONSOLE_OIDC_ISSUER: "https://sign-in.bench.invalid/",
    CONSOLE_OIDC_CLIENT_ID: "care-console-bench",
    TRUSTED_DOCUMENTS: "only",
    TRUSTED_DOCUMENTS_MANIFESTS: `${join(repoRoot, "web", "src", "gql", "persisted-documents.json")},${benchManifest}`,
  };
}

/** `base` in development mode (NODE_ENV unset, as `npm start`), signing with the bench's secret so one token serves every platform of a run. */
export function developmentEnvironment(base: Readonly<NodeJS.ProcessEnv>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, JWT_SECRET: BENCH_JWT_SECRET };
  delete env.NODE_ENV;
  return env;
}
