import { readAuthConfig } from "../shared/auth/config";
import { CITY_ORG, isRole, OrgKind, ORG_KIND_OF_ROLE, Role, ROLES } from "../shared/auth/roles";
import { signDevToken } from "../shared/auth/token";
import { findDistrict } from "../shared/domain/districts";
import { SocialServiceUnit } from "../shared/domain/enums";
import { villagesOf } from "./demo-data/addresses";

/**
 * Prints a development token: `npm run token -- --role DISTRICT_CASE_OFFICER --org zhongzheng`.
 * `--all` prints one per role with default organisations. A deployment's identity provider issues
 * real tokens; this script only signs with the development key.
 */
const DEFAULT_DISTRICT = "63000050";
/** Issue #9: 臺北市政府勞動局's directory code. */
const DEFAULT_PARTNER_AGENCY = "taipei.labour-bureau";
/** A directory code: `<area>.<agency>`, lower case (taipei.education-bureau). */
const DIRECTORY_CODE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

function defaultOrg(role: Role): string {
  switch (ORG_KIND_OF_ROLE[role]) {
    case OrgKind.HOUSEHOLD_OFFICE:
    case OrgKind.DISTRICT:
    case OrgKind.HEALTH_CENTRE:
      return DEFAULT_DISTRICT;
    case OrgKind.SOCIAL_UNIT:
      return SocialServiceUnit.WEST_CARE_POINT;
    case OrgKind.POLICE_PRECINCT:
      return "TPE-ZHONGZHENG-1";
    case OrgKind.CITY:
      return CITY_ORG;
    case OrgKind.PARTNER_AGENCY:
      return DEFAULT_PARTNER_AGENCY;
  }
}

/** District-scoped roles accept a code, slug or name and are normalised to the code. */
export function normaliseOrg(role: Role, org: string | undefined): string {
  if (org === undefined) {
    return defaultOrg(role);
  }
  const kind = ORG_KIND_OF_ROLE[role];
  if (kind === OrgKind.HOUSEHOLD_OFFICE || kind === OrgKind.DISTRICT || kind === OrgKind.HEALTH_CENTRE) {
    const district = findDistrict(org);
    if (district === undefined) {
      throw new Error(`--org for ${role} must be a Taipei district (code, slug or name)`);
    }
    return district.code;
  }
  if (kind === OrgKind.SOCIAL_UNIT && !(Object.values(SocialServiceUnit) as string[]).includes(org)) {
    throw new Error(`--org for ${role} must be one of ${Object.values(SocialServiceUnit).join(", ")}`);
  }
  if (kind === OrgKind.PARTNER_AGENCY && !DIRECTORY_CODE.test(org)) {
    throw new Error(`--org for ${role} must be the agency's directory code (e.g. ${DEFAULT_PARTNER_AGENCY})`);
  }
  if (kind === OrgKind.CITY && org !== CITY_ORG) {
    throw new Error(`--org for ${role} must be ${CITY_ORG}`);
  }
  return org;
}

/** A village officer covers some villages of the district: `--villages 文北里,幸福里`, or the first three of the demo data. */
function villagesFor(role: Role, org: string): string[] | undefined {
  if (role !== Role.VILLAGE_OFFICER) {
    return undefined;
  }
  const given = argument("villages");
  return given === undefined ? villagesOf(org).slice(0, 3) : given.split(",").map((village) => village.trim());
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
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
