import { readAuthConfig } from "../../shared/auth/config";
import { CITY_ORG, OrgKind, ORG_KIND_OF_ROLE, Role } from "../../shared/auth/roles";
import { signServiceToken } from "../../shared/auth/service-token";
import { signDevToken } from "../../shared/auth/token";

const config = readAuthConfig();

/** A token as the identity provider would issue it; the org defaults to 中正區 or the city. */
export function tokenFor(role: Role, org?: string, subject = `test-${role.toLowerCase()}`, villages?: readonly string[]): Promise<string> {
  const cityWide = ORG_KIND_OF_ROLE[role] === OrgKind.CITY;
  return signDevToken(config, { subject, role, org: org ?? (cityWide ? CITY_ORG : "63000050"), villages });
}

/** A sending service's token acting for that user (D3, issue #8), as its outbox dispatcher signs it. */
export function serviceTokenFor(service: string, role: Role, org: string, subject = `test-${role.toLowerCase()}`): Promise<string> {
  return signServiceToken(config.serviceKeys ?? { configured: new Map() }, { service, actor: { subject, role, org, villages: [] }, audience: config.audience });
}
