import { readAuthConfig } from "../shared/auth/config";
import { defaultOrg, normaliseOrg } from "../shared/auth/dev-orgs";
import { isRole, Role, ROLES } from "../shared/auth/roles";
import { signDevToken } from "../shared/auth/token";
import { argument } from "./cli-arguments";
import { villagesOf } from "./demo-data/addresses";

/**
 * Prints a development token: `npm run token -- --role DISTRICT_CASE_OFFICER --org zhongzheng`.
 * `--all` prints one per role with default organisations. A deployment's identity provider issues
 * real tokens; this script only signs with the development key.
 */
/** A village officer covers some villages of the district: `--villages 文北里,幸福里`, or the first three of the demo data. */
function villagesFor(role: Role, org: string): string[] | undefined {
  if (role !== Role.VILLAGE_OFFICER) {
    return undefined;
  }
  const given = argument("villages");
  return given === undefined ? villagesOf(org).slice(0, 3) : given.split(",").map((village) => village.trim());
}

async function main(): Promise<void> {
  const config = readAuthConfig();
  if (process.argv.includes("--all")) {
    for (const role of ROLES) {
      const token = await signDevToken(config, { subject: `demo-${role.toLowerCase()}`, role, org: defaultOrg(role), villages: villagesFor(role, defaultOrg(role)) });
      console.log(`${role} (${defaultOrg(role)})\n  ${token}\n`);
    }
    return;
  }
  const role = argument("role");
  if (!isRole(role)) {
    throw new Error(`--role must be one of: ${ROLES.join(", ")} (or use --all)`);
  }
  const org = normaliseOrg(role, argument("org"));
  const subject = argument("sub") ?? `demo-${role.toLowerCase()}`;
  console.log(await signDevToken(config, { subject, role, org, villages: villagesFor(role, org), expiresIn: argument("expires") }));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
